import type { ChanceState, Option, Scenario } from '../../../domain/scenario';

/** Finding options by the ids the analysis returns (see also `promptOf` and `choiceLabel` in the domain). */
export function optionOf(scenario: Scenario, optionId: string): Option | undefined {
  return scenario.options.find((o) => o.id === optionId);
}

export function optionLabel(scenario: Scenario, optionId: string): string {
  return optionOf(scenario, optionId)?.label ?? optionId;
}

/** An option's chance states, in the order the file writes them. */
export function chanceStatesOf(option: Option): Array<{ id: string; state: ChanceState }> {
  return Object.entries(option.machine.states).flatMap(([id, state]) => (state.kind === 'chance' ? [{ id, state }] : []));
}
