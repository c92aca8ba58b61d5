import { CHANCE } from '../analysis/compiled-option';
import { expectedFromStart } from '../analysis/rollback';
import { weightsWith } from './one-weight';
import { baseValue, computeMoves, valueUnder, type WeightModel } from './weight-model';

/** One bar of the tornado: what moves, and the leader's margin over the runner-up at each end. */
export interface TornadoBar {
  kind: 'weight' | 'score' | 'probability';
  /** The option (index) whose figure moves; absent for a weight. */
  option?: number;
  /** Criterion index for a weight or a score; chance state and branch ids for a probability. */
  criterion?: number;
  state?: string;
  branch?: string;
  /** For a score: where it is (a baseline, or a choice's effect). */
  choice?: string;
  /** The figure at its low and high ends. */
  low: number;
  high: number;
  marginAtLow: number;
  marginAtHigh: number;
}

export interface Tornado {
  leader: number;
  runnerUp: number;
  /** The margin at the weights and figures in force. */
  margin: number;
  /** Widest swing first. */
  bars: TornadoBar[];
}

/** Each weight moves from half to double its value (capped at 1), the others keeping their proportions. */
export const WEIGHT_SPREAD = 2;

/**
 * The leading option's margin over the runner-up as one thing at a time moves
 * across its range, everything else as it is: each criterion's weight, each
 * score range and each probability range of the two options (only theirs can
 * move the margin). Plans re-optimise as the figures move.
 */
export function tornado(models: readonly WeightModel[], weights: readonly number[], order: readonly number[]): Tornado | undefined {
  if (order.length < 2) return undefined;
  const [leader, runnerUp] = [order[0]!, order[1]!];
  const margin = (w: ArrayLike<number>) => valueUnder(models[leader]!, w) - valueUnder(models[runnerUp]!, w);
  const bars: TornadoBar[] = [];

  weights.forEach((w, k) => {
    const low = w / WEIGHT_SPREAD;
    const high = Math.min(1, w * WEIGHT_SPREAD);
    if (high - low < 1e-12) return;
    bars.push({ kind: 'weight', criterion: k, low, high, marginAtLow: margin(weightsWith(weights, k, low)), marginAtHigh: margin(weightsWith(weights, k, high)) });
  });

  for (const [option, sign] of [
    [leader, 1],
    [runnerUp, -1],
  ] as const) {
    const model = models[option]!;
    const other = valueUnder(models[option === leader ? runnerUp : leader]!, weights);
    const marginWith = (value: number) => sign * (value - other);
    // Baseline scores with a range.
    for (let j = 0; j < model.criteria; j++) {
      const { low, likely, high } = { low: model.base.low[j]!, likely: model.base.likely[j]!, high: model.base.high[j]! };
      if (low === likely && high === likely) continue;
      const at = (v: number) => {
        const base = model.base.likely.slice();
        base[j] = v;
        computeMoves(model, weights);
        return marginWith(baseValue(model, weights, base) + expectedFromStart(model.tree, model.moves, model.known, model.fixed));
      };
      bars.push({ kind: 'score', option, criterion: j, low: model.tree.baseline.low[j]!, high: model.tree.baseline.high[j]!, marginAtLow: at(low), marginAtHigh: at(high) });
    }
    // Effects with a range.
    for (let c = 0; c < model.moves.length; c++) {
      for (let e = model.entryStart[c]!; e < model.entryStart[c + 1]!; e++) {
        const { low, likely, high } = { low: model.coefficient.low[e]!, likely: model.coefficient.likely[e]!, high: model.coefficient.high[e]! };
        if (low === likely && high === likely) continue;
        const at = (v: number) => {
          const coefficient = model.coefficient.likely.slice();
          coefficient[e] = v;
          computeMoves(model, weights, coefficient);
          return marginWith(baseValue(model, weights) + expectedFromStart(model.tree, model.moves, model.known, model.fixed));
        };
        const j = model.criterion[e]!;
        const J = model.criteria;
        bars.push({ kind: 'score', option, criterion: j, choice: choiceName(model, c), low: model.tree.effect.low[c * J + j]!, high: model.tree.effect.high[c * J + j]!, marginAtLow: at(low), marginAtHigh: at(high) });
      }
    }
    // Probabilities with a range: the branch at each end, the state's other branches rescaled in proportion.
    const { tree } = model;
    for (let s = 0; s < tree.ids.length; s++) {
      if (tree.kind[s] !== CHANCE) continue;
      const from = tree.choiceStart[s]!;
      const to = tree.choiceStart[s + 1]!;
      for (let b = from; b < to; b++) {
        if (tree.probabilityLow[b] === tree.probability[b] && tree.probabilityHigh[b] === tree.probability[b]) continue;
        const at = (p: number) => {
          const probability = tree.probability.slice();
          const rest = 1 - tree.probability[b]!;
          for (let c = from; c < to; c++) probability[c] = c === b ? p : rest > 1e-12 ? (tree.probability[c]! * (1 - p)) / rest : (1 - p) / (to - from - 1);
          computeMoves(model, weights);
          return marginWith(baseValue(model, weights) + expectedFromStart(tree, model.moves, model.known, model.fixed, probability));
        };
        bars.push({ kind: 'probability', option, state: tree.ids[s]!, branch: tree.choiceIds[b]!, low: tree.probabilityLow[b]!, high: tree.probabilityHigh[b]!, marginAtLow: at(tree.probabilityLow[b]!), marginAtHigh: at(tree.probabilityHigh[b]!) });
      }
    }
  }
  bars.sort((a, b) => Math.abs(b.marginAtHigh - b.marginAtLow) - Math.abs(a.marginAtHigh - a.marginAtLow));
  return { leader, runnerUp, margin: margin(weights), bars };
}

function choiceName(model: WeightModel, c: number): string {
  const { tree } = model;
  let s = 0;
  while (tree.choiceStart[s + 1]! <= c) s++;
  return `${tree.ids[s]}.${tree.choiceIds[c]}`;
}
