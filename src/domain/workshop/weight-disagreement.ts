import type { Scenario } from '../scenario/schema';
import type { ParticipantWeights } from './participant-weights';
import { spread, type Spread } from './statistics';

/** How far the participants' normalised weights spread on each criterion (min, max, population SD, mean, median), in criterion order. */
export function weightSpread(scenario: Scenario, entries: readonly ParticipantWeights[]): Array<{ criterion: string; spread: Spread }> {
  return scenario.criteria.map((c, j) => ({ criterion: c.id, spread: spread(entries.map((e) => e.weights[j]!)) }));
}

/** The participants × criteria matrix of normalised weights, for a heatmap: rows in participant order, columns in criterion order. */
export interface WeightHeatmap {
  participants: string[];
  criteria: string[];
  weights: number[][];
}

export function weightHeatmap(scenario: Scenario, entries: readonly ParticipantWeights[]): WeightHeatmap {
  return { participants: entries.map((e) => e.participant), criteria: scenario.criteria.map((c) => c.id), weights: entries.map((e) => [...e.weights]) };
}
