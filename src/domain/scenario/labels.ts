import { own } from '../records/own';
import type { Option } from './schema';

/**
 * The words for ids the analysis hands back: the question of a decision (or
 * the uncertainty of a chance state) and the label of a choice. The ids come
 * from the scenario, so a miss means scenarios were mixed up; the id is then
 * shown rather than nothing.
 */
export function promptOf(option: Option, stateId: string): string {
  const state = own(option.machine.states, stateId);
  return state && state.kind !== 'outcome' ? state.prompt : stateId;
}

export function choiceLabel(option: Option, stateId: string, choiceId: string): string {
  const state = own(option.machine.states, stateId);
  return (state && state.kind !== 'outcome' ? state.choices.find((c) => c.id === choiceId)?.label : undefined) ?? choiceId;
}
