import { analyseOptions, type Progress } from '../analysis/analyse-scenario';
import type { Scenario } from '../scenario/schema';
import { rankTotals, type Ranking } from '../scoring/rank';
import type { ParticipantWeights } from './participant-weights';

/** The options ranked by expected value under the group's plan, with one set of weights. */
export interface OptionRanking {
  /** Expected totals (0..1), in scenario order. */
  totals: number[];
  /** Ties shown as ties, as everywhere in the tool. */
  ranking: Ranking;
  /** The options ranked first: more than one when they tie. */
  leaders: string[];
}

export interface ParticipantRanking extends OptionRanking {
  participant: string;
}

/**
 * The ranking the weights (normalised, in criterion order) give under the
 * group's steps: each option valued by expected value, with the group's
 * decisions where it made them and, elsewhere, the choices that are best
 * under these weights.
 */
export function rankOptions(scenario: Scenario, weights: readonly number[], progress: Progress): OptionRanking {
  const input = Object.fromEntries(scenario.criteria.map((c, j) => [c.id, weights[j]!]));
  const totals = analyseOptions(scenario, input, progress).options.map((o) => o.expected.total);
  const ranking = rankTotals(totals);
  return { totals, ranking, leaders: scenario.options.filter((_, i) => ranking.rank[i] === 1).map((o) => o.id) };
}

/** Each participant's own ranking of the options, with their weights and the group's plan. */
export function participantRankings(scenario: Scenario, entries: readonly ParticipantWeights[], progress: Progress): ParticipantRanking[] {
  return entries.map(({ participant, weights }) => ({ participant, ...rankOptions(scenario, weights, progress) }));
}
