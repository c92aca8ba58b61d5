import { initialTransition, transition } from 'xstate';
import type { Option } from '../scenario/schema';
import { STEPPING, type OptionEvent, type OptionMachine, type OptionSnapshot } from './option-machine';
import { followPath, pathEffects, type Step } from './steps';

/**
 * The snapshot for a saved path: the longest prefix of it that the option's
 * machine allows, resolved in one go (time linear in the path, where replaying
 * it event by event was quadratic). `applied` says how many steps were kept.
 */
export function restoreSnapshot(machine: OptionMachine, option: Option, path: readonly Step[]): { snapshot: OptionSnapshot; applied: number } {
  if (path.length === 0) return { snapshot: initialTransition(machine)[0], applied: 0 };
  const { valid, current } = followPath(option, path);
  const snapshot = machine.resolveState({ value: { [STEPPING]: current }, context: { path: valid, effects: pathEffects(option, valid) } });
  return { snapshot, applied: valid.length };
}

/** The snapshot after one event, computed without running an actor. */
export function stepOption(machine: OptionMachine, snapshot: OptionSnapshot, event: OptionEvent): OptionSnapshot {
  return transition(machine, snapshot, event)[0];
}
