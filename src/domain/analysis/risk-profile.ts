import { CHANCE, DECISION } from './compiled-option';
import type { OptionContext } from './option-context';
import { FREE, rollback } from './rollback';

export interface RiskPoint {
  total: number;
  probability: number;
  /** The probability of ending at this total or lower. */
  cumulative: number;
}

export interface RiskProfile {
  /** The totals the option's plan can end in, lowest first. */
  points: RiskPoint[];
  /**
   * Set when the plan has more than MAX_EXACT_OUTCOMES distinct totals: they
   * are then gathered on a grid of this width (each total shared between its
   * two neighbouring grid points so that the mean stays exact).
   */
  binWidth?: number;
}

export const MAX_EXACT_OUTCOMES = 500;

/**
 * The distribution of the option's total under its plan, carried forward
 * state by state (a state reached by many paths holds one merged
 * distribution), so the work grows with states and distinct totals, not paths.
 */
export function riskProfile(ctx: OptionContext): RiskProfile {
  const { tree, values, fixed, known } = ctx;
  const expected = rollback({ tree, value: values.likely, mode: 'expected', fixed, known });
  const exact = propagate(ctx, expected.chosen, undefined);
  if (exact) return { points: toPoints(exact, values.base.likely, 1) };
  const low = rollback({ tree, value: values.likely, mode: 'min', fixed: expected.chosen, known, possibleOnly: true }).remaining[0]!;
  const high = rollback({ tree, value: values.likely, mode: 'max', fixed: expected.chosen, known, possibleOnly: true }).remaining[0]!;
  const width = (high - low) / MAX_EXACT_OUTCOMES;
  const binned = propagate(ctx, expected.chosen, width)!;
  // Sharing mass between neighbouring grid points can carry a sliver of it (the far tails) a few points past the
  // lowest or highest total the plan can reach; it is put back at those ends.
  const first = Math.round(low / width);
  const last = Math.round(high / width);
  const clamped = new Map<number, number>();
  for (const [key, p] of binned) {
    const k = Math.min(last, Math.max(first, key));
    clamped.set(k, (clamped.get(k) ?? 0) + p);
  }
  return { points: toPoints(clamped, values.base.likely, width), binWidth: width };
}

/**
 * Distributions of the total so far, keyed by the total (exact) or by grid
 * index (binned, `width` set). Exact mode gives up (undefined) once any
 * distribution holds more than MAX_EXACT_OUTCOMES totals.
 */
function propagate({ tree, values, known }: OptionContext, chosen: Int32Array, width: number | undefined): Map<number, number> | undefined {
  const at: Array<Map<number, number> | undefined> = new Array(tree.ids.length);
  at[0] = new Map([[0, 1]]);
  const ends = new Map<number, number>();
  const put = (into: Map<number, number>, key: number, p: number) => into.set(key, (into.get(key) ?? 0) + p);
  const move = (into: Map<number, number>, key: number, shift: number, p: number) => {
    if (width === undefined) {
      // Keys rounded, so that sums reached in a different order are one total.
      put(into, Math.round((key + shift) * 1e12) / 1e12, p);
      return;
    }
    const g = key + shift / width;
    const i = Math.floor(g);
    const t = g - i;
    if (t < 1e-9) put(into, i, p);
    else if (t > 1 - 1e-9) put(into, i + 1, p);
    else {
      put(into, i, p * (1 - t));
      put(into, i + 1, p * t);
    }
  };
  for (let s = 0; s < tree.ids.length; s++) {
    const here = at[s];
    if (!here) continue;
    at[s] = undefined;
    if (width === undefined && here.size > MAX_EXACT_OUTCOMES) return undefined;
    const from = tree.choiceStart[s]!;
    const to = tree.choiceStart[s + 1]!;
    if (from === to) {
      for (const [key, p] of here) put(ends, key, p);
      continue;
    }
    const branches: Array<[number, number]> = [];
    if (tree.kind[s] === DECISION) branches.push([chosen[s]!, 1]);
    else if (tree.kind[s] === CHANCE && known[s] !== FREE) branches.push([known[s]!, 1]);
    else for (let c = from; c < to; c++) if (tree.probability[c]! > 0) branches.push([c, tree.probability[c]!]);
    for (const [c, weight] of branches) {
      const t = tree.target[c]!;
      const into = (at[t] ??= new Map());
      for (const [key, p] of here) move(into, key, values.likely[c]!, p * weight);
    }
  }
  if (width === undefined && ends.size > MAX_EXACT_OUTCOMES) return undefined;
  return ends;
}

function toPoints(ends: Map<number, number>, base: number, unit: number): RiskPoint[] {
  const sorted = [...ends].filter(([, p]) => p > 0).sort(([a], [b]) => a - b);
  let cumulative = 0;
  return sorted.map(([key, probability]) => {
    cumulative += probability;
    return { total: base + key * unit, probability, cumulative: Math.min(1, cumulative) };
  });
}
