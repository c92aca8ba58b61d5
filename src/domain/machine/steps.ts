import { own } from '../records/own';
import type { Choice, Effects, Option, State } from '../scenario/schema';

/**
 * One step the group took: in `state`, it chose (or assumed) `choice`. At a
 * chance state, `known` marks an outcome the group knows has happened, as
 * opposed to one it assumed for the sake of argument.
 */
export interface Step {
  state: string;
  choice: string;
  known?: true;
}

export function findChoice(state: State | undefined, choiceId: string): Choice | undefined {
  return state && state.kind !== 'outcome' ? state.choices.find((c: Choice) => c.id === choiceId) : undefined;
}

/** Sum of the score changes along a path (only criteria that changed appear). */
export function pathEffects(option: Option, path: readonly Step[]): Effects {
  const total: Effects = {};
  for (const step of path) {
    const choice = findChoice(own(option.machine.states, step.state), step.choice);
    if (choice) addInto(total, choice.effects);
  }
  return total;
}

/** `effects` plus `more`, as a new object. */
export function addEffects(effects: Effects, more: Effects): Effects {
  return addInto({ ...effects }, more);
}

function addInto(total: Effects, more: Effects): Effects {
  for (const [criterion, delta] of Object.entries(more)) total[criterion] = (own(total, criterion) ?? 0) + delta;
  return total;
}

export interface PathCheck {
  /** The longest prefix of the path that is still valid in this option. */
  valid: Step[];
  /** The state reached by `valid`. */
  current: string;
  /** The first saved step that no longer applies, when there is one. */
  dropped?: { index: number; step: Step; why: 'elsewhere' | 'no-such-choice' };
}

/**
 * Follows a saved path through an option's machine, keeping what still applies.
 * Used when a session meets a scenario that changed since it was saved.
 */
export function followPath(option: Option, path: readonly Step[]): PathCheck {
  let current = option.machine.initial;
  const valid: Step[] = [];
  for (let index = 0; index < path.length; index++) {
    const step = path[index]!;
    const choice = step.state === current ? findChoice(own(option.machine.states, current), step.choice) : undefined;
    if (!choice) return { valid, current, dropped: { index, step, why: step.state === current ? 'no-such-choice' : 'elsewhere' } };
    valid.push(step);
    current = choice.target;
  }
  return { valid, current };
}
