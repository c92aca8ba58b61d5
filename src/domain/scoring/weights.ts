import { own } from '../records/own';
import type { Criterion } from '../scenario/schema';

/** Raw weights by criterion id, as a user or a scenario gives them (any non-negative scale). */
export type WeightInput = Record<string, number>;

/**
 * The largest relative weight a user may give, in the form or in a saved
 * session alike. Weights are relative, so no one needs more, and totals stay
 * far from overflow.
 */
export const MAX_WEIGHT = 1000;

export function defaultWeights(criteria: readonly Criterion[]): WeightInput {
  return Object.fromEntries(criteria.map((c) => [c.id, c.weight]));
}

/**
 * Weights in criterion order, scaled to sum to 1. A criterion the input does
 * not mention counts as 0. Throws on negative or non-finite weights, or when
 * none is positive: callers validate user input before it reaches here.
 */
export function normaliseWeights(criteria: readonly Criterion[], input: WeightInput): number[] {
  const raw = criteria.map((c) => own(input, c.id) ?? 0);
  const bad = raw.findIndex((w) => !Number.isFinite(w) || w < 0);
  if (bad >= 0) throw new RangeError(`weight for "${criteria[bad]!.id}" must be a finite number of zero or more`);
  // Scaled by the largest first, so that no sum of large weights can overflow.
  const largest = Math.max(0, ...raw);
  if (largest <= 0) throw new RangeError('at least one criterion needs a positive weight');
  const scaled = raw.map((w) => w / largest);
  const total = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / total);
}
