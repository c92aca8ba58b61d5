import { initialTransition, transition } from 'xstate';
import type { OptionEvent, OptionMachine, OptionSnapshot } from './option-machine';
import type { Step } from './steps';

/**
 * The snapshot for a saved path, got by replaying its steps through the machine
 * (so only moves the machine allows can be restored). Steps the machine refuses
 * end the replay; `applied` says how many were taken.
 */
export function restoreSnapshot(machine: OptionMachine, path: readonly Step[]): { snapshot: OptionSnapshot; applied: number } {
  let [snapshot] = initialTransition(machine);
  let applied = 0;
  for (const step of path) {
    const next = stepOption(machine, snapshot, { type: 'CHOOSE', choice: step.choice });
    const last = next.context.path.at(-1);
    if (next === snapshot || next.context.path.length !== applied + 1 || last?.state !== step.state) break;
    snapshot = next;
    applied += 1;
  }
  return { snapshot, applied };
}

/** The snapshot after one event, computed without running an actor. */
export function stepOption(machine: OptionMachine, snapshot: OptionSnapshot, event: OptionEvent): OptionSnapshot {
  return transition(machine, snapshot, event)[0];
}
