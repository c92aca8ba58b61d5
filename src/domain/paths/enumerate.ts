import type { Step } from '../machine/steps';
import type { Option } from '../scenario/schema';

/** One complete route through an option's machine, from its first state to an outcome. */
export interface MachinePath {
  steps: Step[];
  outcome: string;
  /** Product of the probabilities of the chance branches on the route (1 if none): how likely it is, given its decisions. */
  probability: number;
}

/**
 * Every complete path of an option, from the scenario data alone (machines are
 * acyclic, as the loader guarantees). Depth-first, choices in file order.
 */
export function enumeratePaths(option: Option): MachinePath[] {
  const out: MachinePath[] = [];
  const walk = (stateId: string, steps: Step[], probability: number) => {
    const state = option.machine.states[stateId]!;
    if (state.kind === 'outcome') {
      out.push({ steps, outcome: stateId, probability });
      return;
    }
    for (const choice of state.choices) {
      const p = 'probability' in choice ? probability * choice.probability : probability;
      walk(choice.target, [...steps, { state: stateId, choice: choice.id }], p);
    }
  };
  walk(option.machine.initial, [], 1);
  return out;
}

/** How many complete paths an option has, counted without listing them. */
export function countPaths(option: Option): number {
  const memo = new Map<string, number>();
  const count = (stateId: string): number => {
    const known = memo.get(stateId);
    if (known !== undefined) return known;
    const state = option.machine.states[stateId]!;
    const n = state.kind === 'outcome' ? 1 : state.choices.reduce((sum, c) => sum + count(c.target), 0);
    memo.set(stateId, n);
    return n;
  };
  return count(option.machine.initial);
}
