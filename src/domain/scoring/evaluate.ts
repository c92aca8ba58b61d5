import { own } from '../records/own';
import { followPath, pathEffects, type Step } from '../machine/steps';
import type { Criterion, Option, Scenario } from '../scenario/schema';
import { normaliseScore } from './normalise';
import { rankTotals } from './rank';
import { contributions, weightedTotals } from './weighted-sum';
import { normaliseWeights, type WeightInput } from './weights';

/** The steps taken in each option, by option id; a missing option has taken none. */
export type Progress = Record<string, readonly Step[]>;

export interface OptionEvaluation {
  optionId: string;
  /** Steps that apply to the scenario as it is now. */
  path: Step[];
  /** The state the path stands in. */
  stateId: string;
  /** False until the path reaches an outcome: scores are then provisional. */
  finished: boolean;
  /** Scores on each criterion's own scale, in criterion order. */
  raw: number[];
  /** Scores on 0..1, 1 best, in criterion order. */
  normalised: number[];
  /** Weight × normalised score, in criterion order; they sum to `total`. */
  contributions: number[];
  /** Overall value on 0..1. */
  total: number;
  rank: number;
  tied: boolean;
}

export interface Evaluation {
  criteria: Criterion[];
  /** Normalised weights in criterion order. */
  weights: number[];
  /** In scenario order; use `order` for best-first. */
  options: OptionEvaluation[];
  /** Indices into `options`, best first. */
  order: number[];
}

/** Scores of an option on each criterion's scale after the given steps. */
export function criterionScores(option: Option, criteria: readonly Criterion[], path: readonly Step[]): number[] {
  const effects = pathEffects(option, path);
  return criteria.map((c) => own(option.baseline, c.id)!.score + (own(effects, c.id) ?? 0));
}

/** Scores, contributions and ranking of every option for the given weights and progress. */
export function evaluate(scenario: Scenario, weightInput: WeightInput, progress: Progress): Evaluation {
  const criteria = scenario.criteria;
  const weights = normaliseWeights(criteria, weightInput);
  const rows = scenario.options.map((option) => {
    const { valid, current } = followPath(option, own(progress, option.id) ?? []);
    const raw = criterionScores(option, criteria, valid);
    return { option, path: valid, stateId: current, raw, normalised: raw.map((v, j) => normaliseScore(v, criteria[j]!)) };
  });
  const totals = weightedTotals(rows.map((r) => r.normalised), weights);
  const ranking = rankTotals(totals);
  return {
    criteria,
    weights,
    order: ranking.order,
    options: rows.map((r, i) => ({
      optionId: r.option.id,
      path: r.path,
      stateId: r.stateId,
      finished: own(r.option.machine.states, r.stateId)?.kind === 'outcome',
      raw: r.raw,
      normalised: r.normalised,
      contributions: contributions(r.normalised, weights),
      total: totals[i]!,
      rank: ranking.rank[i]!,
      tied: ranking.tied[i]!,
    })),
  };
}
