import type { Step } from '../machine/steps';
import { own } from '../records/own';
import type { Option } from '../scenario/schema';
import { depthFirst } from './depth-first';

/** One complete route through an option's machine, from its first state to an outcome. */
export interface MachinePath {
  steps: Step[];
  outcome: string;
  /** Product of the probabilities of the chance branches on the route (1 if none): how likely it is, given its decisions. */
  probability: number;
}

/**
 * Every complete path of an option, from the scenario data alone (machines are
 * acyclic, as the loader guarantees). Depth-first, choices in file order. The
 * number of paths can grow exponentially with the states: this is for tests and
 * small machines; the app and the command line count paths with `countPaths`.
 */
export function enumeratePaths(option: Option): MachinePath[] {
  const out: MachinePath[] = [];
  const stack: Array<{ state: string; steps: Step[]; probability: number }> = [{ state: option.machine.initial, steps: [], probability: 1 }];
  while (stack.length > 0) {
    const { state: stateId, steps, probability } = stack.pop()!;
    const state = own(option.machine.states, stateId)!;
    if (state.kind === 'outcome') {
      out.push({ steps, outcome: stateId, probability });
      continue;
    }
    // Pushed last-first so that paths come out with choices in file order.
    for (let c = state.choices.length - 1; c >= 0; c--) {
      const choice = state.choices[c]!;
      const p = 'probability' in choice ? probability * choice.probability : probability;
      stack.push({ state: choice.target, steps: [...steps, { state: stateId, choice: choice.id }], probability: p });
    }
  }
  return out;
}

/** The states of an option in topological order: each before every state it leads to. */
export function statesInOrder(option: Option): string[] {
  return depthFirst(option.machine.initial, (id) => {
    const state = own(option.machine.states, id)!;
    return state.kind === 'outcome' ? [] : state.choices.map((c) => c.target);
  }).order;
}

/**
 * How many complete paths an option has, counted by dynamic programming over
 * its states (never by listing them). Beyond about 1.8e308 the count is Infinity.
 */
export function countPaths(option: Option): number {
  const count = new Map<string, number>();
  const order = statesInOrder(option);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const state = own(option.machine.states, id)!;
    count.set(id, state.kind === 'outcome' ? 1 : state.choices.reduce((sum, c) => sum + count.get(c.target)!, 0));
  }
  return count.get(option.machine.initial)!;
}
