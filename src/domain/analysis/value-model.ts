import type { Criterion } from '../scenario/schema';
import { normaliseScore } from '../scoring/normalise';
import type { CompiledOption } from './compiled-option';

/**
 * The additive value model seen from one option's machine. An option's total
 * (0..1) is Σ w_j × normalised score_j, and normalising is linear on each
 * scale, so a choice moves the total by Σ w_j × ±change_j / span_j (+ for a
 * benefit, − for a cost) wherever it is taken: totals add up along a path,
 * which is what lets every analysis roll back over states instead of paths.
 */
export interface ChoiceValues {
  /** Each choice's move of the total at its most likely changes. */
  likely: Float64Array;
  /** … at the end of each range that is best for the total, and at the end that is worst. */
  best: Float64Array;
  worst: Float64Array;
  /** The total of the baseline scores: most likely, best and worst ends. */
  base: { likely: number; best: number; worst: number };
}

/** Per criterion, the total's change for one unit of score: w_j / span_j, negative for a cost. */
export function unitValues(criteria: readonly Criterion[], weights: readonly number[]): Float64Array {
  return Float64Array.from(criteria, (c, j) => (weights[j]! / (c.scale.max - c.scale.min)) * (c.direction === 'benefit' ? 1 : -1));
}

export function choiceValues(tree: CompiledOption, criteria: readonly Criterion[], weights: readonly number[]): ChoiceValues {
  const unit = unitValues(criteria, weights);
  const J = tree.criteria;
  const n = tree.target.length;
  const likely = new Float64Array(n);
  const best = new Float64Array(n);
  const worst = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    let l = 0;
    let b = 0;
    let w = 0;
    for (let j = 0; j < J; j++) {
      const u = unit[j]!;
      if (u === 0) continue;
      const k = c * J + j;
      l += u * tree.effect.likely[k]!;
      const lo = u * tree.effect.low[k]!;
      const hi = u * tree.effect.high[k]!;
      b += Math.max(lo, hi);
      w += Math.min(lo, hi);
    }
    likely[c] = l;
    best[c] = b;
    worst[c] = w;
  }
  const base = { likely: 0, best: 0, worst: 0 };
  criteria.forEach((criterion, j) => {
    const at = (score: number) => weights[j]! * normaliseScore(score, criterion);
    const lo = at(tree.baseline.low[j]!);
    const hi = at(tree.baseline.high[j]!);
    base.likely += at(tree.baseline.likely[j]!);
    base.best += Math.max(lo, hi);
    base.worst += Math.min(lo, hi);
  });
  return { likely, best, worst, base };
}
