import type { Piece } from '../analysis/envelope';
import { nearestCrossings, valueAlongWeight } from './one-weight';
import type { WeightModel } from './weight-model';

export interface WeightStability {
  /** Criterion index. */
  criterion: number;
  current: number;
  /** The interval of this weight (the others rescaled in proportion) within which the top option stays top. */
  low: number;
  high: number;
  /** The option (index) that takes over just past each end, when the end is a change (not 0 or 1). */
  takesOverBelow?: number;
  takesOverAbove?: number;
}

export interface CriticalCriterion {
  criterion: number;
  /** The smallest change of this weight (signed, on the 0..1 scale) at which the top two options tie. */
  change: number;
  /** The runner-up, which would then lead. */
  runnerUp: number;
}

export interface StabilityResult {
  top: number;
  perCriterion: WeightStability[];
  critical?: CriticalCriterion;
}

/**
 * Weight stability (after Mareschal's stability intervals, applied to the
 * expected-value ranking): for each criterion, how far its weight can move
 * (the others keeping their proportions) before the top option is overtaken,
 * and by whom; and the criterion whose smallest move reverses the top two.
 * Each option's value along a weight is exact and piecewise linear, as its
 * plan re-optimises, so the ends are exact too: the top two tie there.
 */
export function weightStability(models: readonly WeightModel[], weights: readonly number[], order: readonly number[]): StabilityResult {
  const top = order[0]!;
  const runnerUp = order[1];
  const perCriterion: WeightStability[] = [];
  let critical: CriticalCriterion | undefined;
  for (let k = 0; k < weights.length; k++) {
    const t0 = weights[k]!;
    const curves: Piece[][] = models.map((m) => valueAlongWeight(m, weights, k));
    let low = 0;
    let high = 1;
    let takesOverBelow: number | undefined;
    let takesOverAbove: number | undefined;
    curves.forEach((curve, i) => {
      if (i === top) return;
      const { below, above } = nearestCrossings(curves[top]!, curve, t0);
      if (below !== undefined && below > low) [low, takesOverBelow] = [below, i];
      if (above !== undefined && above < high) [high, takesOverAbove] = [above, i];
    });
    perCriterion.push({ criterion: k, current: t0, low, high, ...(takesOverBelow !== undefined ? { takesOverBelow } : {}), ...(takesOverAbove !== undefined ? { takesOverAbove } : {}) });
    if (runnerUp !== undefined) {
      const { below, above } = nearestCrossings(curves[top]!, curves[runnerUp]!, t0);
      for (const t of [below, above]) {
        if (t !== undefined && (!critical || Math.abs(t - t0) < Math.abs(critical.change))) critical = { criterion: k, change: t - t0, runnerUp };
      }
    }
  }
  return { top, perCriterion, ...(critical ? { critical } : {}) };
}
