import { TOLERANCE } from '../numeric/tolerance';
import { CHANCE, DECISION, type CompiledOption } from './compiled-option';

/** No choice fixed or known at this state. */
export const FREE = -1;

export interface RollbackInput {
  tree: CompiledOption;
  /** Each choice's move of the total. */
  value: Float64Array;
  /**
   * expected: decisions take the best expected choice (unless fixed), chance
   * states weigh their branches by probability (unless known);
   * max / min: the highest or lowest total a path can reach, over every
   * choice of decisions not fixed and every branch of chance states not known.
   */
  mode: 'expected' | 'max' | 'min';
  /** With max / min: leave out branches whose probability is 0 (they cannot happen). */
  possibleOnly?: boolean;
  /** Per state, a choice the group made there (a choice index), or FREE. */
  fixed?: Int32Array;
  /** Per chance state, the branch known to have happened, or FREE. */
  known?: Int32Array;
  /** Branch probabilities to use instead of the scenario's. */
  probability?: Float64Array;
}

export interface Rollback {
  /** The value of the rest of the path from each state (the total still to come). */
  remaining: Float64Array;
  /** At each decision state, the choice taken: the fixed one, or the best (first in file order among equals). */
  chosen: Int32Array;
  /** Decision states whose best choice was a tie, broken by file order. */
  tie: Uint8Array;
}

/**
 * Dynamic programming over the states, last first: each state's value is
 * computed once from the values of the states its choices lead to, so the
 * work grows with states and choices, never with paths.
 */
export function rollback({ tree, value, mode, fixed, known, probability = tree.probability, possibleOnly = false }: RollbackInput): Rollback {
  const n = tree.ids.length;
  const remaining = new Float64Array(n);
  const chosen = new Int32Array(n).fill(FREE);
  const tie = new Uint8Array(n);
  const { target } = tree;
  // The value of taking choice c: its own move plus what follows where it leads.
  const through = (c: number) => value[c]! + remaining[target[c]!]!;
  for (let s = n - 1; s >= 0; s--) {
    const from = tree.choiceStart[s]!;
    const to = tree.choiceStart[s + 1]!;
    if (from === to) continue;
    const kind = tree.kind[s]!;
    const f = kind === DECISION && fixed ? fixed[s]! : FREE;
    const k = kind === CHANCE && known ? known[s]! : FREE;
    if (mode !== 'expected') {
      if (f !== FREE || k !== FREE) {
        remaining[s] = through(f !== FREE ? f : k);
        continue;
      }
      let v = mode === 'max' ? -Infinity : Infinity;
      for (let c = from; c < to; c++) {
        if (possibleOnly && kind === CHANCE && !(probability[c]! > 0)) continue;
        v = mode === 'max' ? Math.max(v, through(c)) : Math.min(v, through(c));
      }
      remaining[s] = v;
    } else if (kind === DECISION) {
      if (f !== FREE) {
        chosen[s] = f;
        remaining[s] = through(f);
        continue;
      }
      let best = from;
      let bestValue = through(from);
      let tied = false;
      for (let c = from + 1; c < to; c++) {
        const v = through(c);
        if (v > bestValue + TOLERANCE) {
          best = c;
          bestValue = v;
          tied = false;
        } else if (Math.abs(v - bestValue) <= TOLERANCE) {
          tied = true;
        }
      }
      chosen[s] = best;
      tie[s] = tied ? 1 : 0;
      remaining[s] = bestValue;
    } else if (kind === CHANCE) {
      if (k !== FREE) {
        remaining[s] = through(k);
        continue;
      }
      let v = 0;
      for (let c = from; c < to; c++) {
        const p = probability[c]!;
        if (p > 0) v += p * through(c);
      }
      remaining[s] = v;
    }
  }
  return { remaining, chosen, tie };
}

/** The states reachable from the first when decisions follow `chosen` and chance states take every branch with a probability above 0 (or the known one). */
export function reachableUnder(tree: CompiledOption, chosen: Int32Array, known?: Int32Array, probability: Float64Array = tree.probability): Uint8Array {
  const reached = new Uint8Array(tree.ids.length);
  reached[0] = 1;
  for (let s = 0; s < tree.ids.length; s++) {
    if (!reached[s]) continue;
    if (tree.kind[s] === DECISION) reached[tree.target[chosen[s]!]!] = 1;
    else if (tree.kind[s] === CHANCE) {
      const k = known ? known[s]! : FREE;
      if (k !== FREE) reached[tree.target[k]!] = 1;
      else for (let c = tree.choiceStart[s]!; c < tree.choiceStart[s + 1]!; c++) if (probability[c]! > 0) reached[tree.target[c]!] = 1;
    }
  }
  return reached;
}

const scratch = new WeakMap<CompiledOption, Float64Array>();

/**
 * The expected value of the rest of the option from its first state, as
 * `rollback` in expected mode computes it, without the plan and without
 * allocating: for the loops of value-of-information, which roll back once per
 * outcome (or joint outcome, or sample).
 */
export function expectedFromStart(tree: CompiledOption, value: Float64Array, known: Int32Array, fixed?: Int32Array, probability: Float64Array = tree.probability): number {
  const n = tree.ids.length;
  let remaining = scratch.get(tree);
  if (!remaining) {
    remaining = new Float64Array(n);
    scratch.set(tree, remaining);
  }
  const { choiceStart, target, kind } = tree;
  for (let s = n - 1; s >= 0; s--) {
    const from = choiceStart[s]!;
    const to = choiceStart[s + 1]!;
    if (from === to) {
      remaining[s] = 0;
    } else if (kind[s] === DECISION) {
      const f = fixed ? fixed[s]! : FREE;
      if (f !== FREE) {
        remaining[s] = value[f]! + remaining[target[f]!]!;
        continue;
      }
      let best = -Infinity;
      for (let c = from; c < to; c++) {
        const v = value[c]! + remaining[target[c]!]!;
        if (v > best) best = v;
      }
      remaining[s] = best;
    } else {
      const k = known[s]!;
      if (k !== FREE) {
        remaining[s] = value[k]! + remaining[target[k]!]!;
        continue;
      }
      let v = 0;
      for (let c = from; c < to; c++) {
        const p = probability[c]!;
        if (p > 0) v += p * (value[c]! + remaining[target[c]!]!);
      }
      remaining[s] = v;
    }
  }
  return remaining[0]!;
}
