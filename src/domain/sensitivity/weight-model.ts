import { CHANCE, type CompiledOption } from '../analysis/compiled-option';
import type { OptionContext } from '../analysis/option-context';
import { expectedFromStart, rollback } from '../analysis/rollback';
import { normaliseScore } from '../scoring/normalise';

/**
 * One option's value as a function of the weights, for analyses that change
 * the weights thousands of times. A choice moves the total by Σ_j w_j × c_j,
 * where c_j (the change on criterion j over its scale, negative for a cost)
 * does not depend on the weights, so each option is held as those
 * coefficients (sparse: most choices touch few criteria), and its value under
 * any weights is one pass of c·w over the choices and one rollback. The
 * group's decisions and the outcomes taken as given stay fixed; every other
 * decision is re-taken at its best for the weights in question.
 */
export interface WeightModel {
  tree: CompiledOption;
  criteria: number;
  /** Per criterion, the normalised baseline score (most likely, and at the range's ends). */
  base: { likely: Float64Array; low: Float64Array; high: Float64Array };
  /** Choice c's coefficients are entries entryStart[c] … entryStart[c + 1] − 1. */
  entryStart: Int32Array;
  criterion: Int32Array;
  coefficient: { likely: Float64Array; low: Float64Array; high: Float64Array };
  fixed: Int32Array;
  known: Int32Array;
  /** Scratch: each choice's move of the total under the weights last used. */
  moves: Float64Array;
}

export type View = 'expected' | 'as-stepped';

export function weightModel(ctx: OptionContext, view: View = 'expected'): WeightModel {
  const { tree, criteria } = ctx;
  const J = tree.criteria;
  const n = tree.target.length;
  const unit = criteria.map((c) => (c.direction === 'benefit' ? 1 : -1) / (c.scale.max - c.scale.min));
  const entryStart = new Int32Array(n + 1);
  const crit: number[] = [];
  const likely: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  for (let c = 0; c < n; c++) {
    entryStart[c] = crit.length;
    for (let j = 0; j < J; j++) {
      const k = c * J + j;
      const [l, lo, hi] = [tree.effect.likely[k]!, tree.effect.low[k]!, tree.effect.high[k]!];
      if (l === 0 && lo === 0 && hi === 0) continue;
      crit.push(j);
      likely.push(unit[j]! * l);
      low.push(unit[j]! * lo);
      high.push(unit[j]! * hi);
    }
  }
  entryStart[n] = crit.length;
  const base = { likely: new Float64Array(J), low: new Float64Array(J), high: new Float64Array(J) };
  criteria.forEach((c, j) => {
    base.likely[j] = normaliseScore(tree.baseline.likely[j]!, c);
    base.low[j] = normaliseScore(tree.baseline.low[j]!, c);
    base.high[j] = normaliseScore(tree.baseline.high[j]!, c);
  });
  return {
    tree,
    criteria: J,
    base,
    entryStart,
    criterion: Int32Array.from(crit),
    coefficient: { likely: Float64Array.from(likely), low: Float64Array.from(low), high: Float64Array.from(high) },
    fixed: ctx.fixed,
    known: view === 'expected' ? ctx.known : ctx.assumed,
    moves: new Float64Array(n),
  };
}

/** Fills `model.moves` for the weights, from the given coefficients (the most likely ones unless sampled). */
export function computeMoves(model: WeightModel, weights: ArrayLike<number>, coefficient: Float64Array = model.coefficient.likely): Float64Array {
  const { entryStart, criterion, moves } = model;
  for (let c = 0; c < moves.length; c++) {
    let v = 0;
    for (let e = entryStart[c]!; e < entryStart[c + 1]!; e++) v += weights[criterion[e]!]! * coefficient[e]!;
    moves[c] = v;
  }
  return moves;
}

export function baseValue(model: WeightModel, weights: ArrayLike<number>, base: Float64Array = model.base.likely): number {
  let v = 0;
  for (let j = 0; j < model.criteria; j++) v += weights[j]! * base[j]!;
  return v;
}

/** The option's expected total under these weights, its free decisions at their best. */
export function valueUnder(model: WeightModel, weights: ArrayLike<number>): number {
  computeMoves(model, weights);
  return baseValue(model, weights) + expectedFromStart(model.tree, model.moves, model.known, model.fixed);
}

/** The best strategy under these weights: the choice at every decision state. */
export function strategyUnder(model: WeightModel, weights: ArrayLike<number>): Int32Array {
  computeMoves(model, weights);
  return rollback({ tree: model.tree, value: model.moves, mode: 'expected', fixed: model.fixed, known: model.known }).chosen;
}

/** The expected total of one strategy under these weights. */
export function valueOfStrategy(model: WeightModel, weights: ArrayLike<number>, strategy: Int32Array): number {
  computeMoves(model, weights);
  return baseValue(model, weights) + expectedFromStart(model.tree, model.moves, model.known, strategy);
}

/** Whether an option has anything for a sampler to vary: a score range or a probability range. */
export function hasRanges(model: WeightModel): boolean {
  const { coefficient, base, tree } = model;
  for (let e = 0; e < coefficient.likely.length; e++) if (coefficient.low[e] !== coefficient.likely[e] || coefficient.high[e] !== coefficient.likely[e]) return true;
  for (let j = 0; j < model.criteria; j++) if (base.low[j] !== base.likely[j] || base.high[j] !== base.likely[j]) return true;
  for (let s = 0; s < tree.ids.length; s++) {
    if (tree.kind[s] !== CHANCE) continue;
    for (let c = tree.choiceStart[s]!; c < tree.choiceStart[s + 1]!; c++) if (tree.probabilityLow[c] !== tree.probability[c] || tree.probabilityHigh[c] !== tree.probability[c]) return true;
  }
  return false;
}

