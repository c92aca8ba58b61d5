import type { ScenarioAnalysis } from '../../../domain/analysis';
import type { Option, Scenario } from '../../../domain/scenario';
import { chanceStatesOf, optionOf } from './scenario-lookup';

/** What the threshold chart shows; a missing state or branch means "the first that tells something". */
export interface ThresholdSelection {
  optionId: string;
  stateId?: string;
  branchId?: string;
}

export interface ResolvedSelection {
  option: Option;
  /** Absent when the option has no chance state. */
  stateId?: string;
  branchId?: string;
}

/** The chart's starting point: the uncertainty most worth knowing when knowing any is worth something, else the option in view. */
export function defaultSelection(analysis: ScenarioAnalysis, selectedOption: string): ThresholdSelection {
  const top = analysis.mostWorthKnowing[0];
  return top && top.value > 0 ? { optionId: top.optionId, stateId: top.state } : { optionId: selectedOption };
}

/**
 * A selection made whole and checked against the scenario: an unknown option
 * falls back to the first, and a missing or unknown state to the option's
 * first chance state whose probability can move something (more than one
 * branch, outcome not marked as known), else its first chance state.
 */
export function resolveSelection(scenario: Scenario, analysis: ScenarioAnalysis, selection: ThresholdSelection): ResolvedSelection {
  const option = optionOf(scenario, selection.optionId) ?? scenario.options[0]!;
  const states = chanceStatesOf(option);
  const known = new Set(analysis.options.find((o) => o.optionId === option.id)?.known.map((k) => k.state));
  const chosen =
    states.find((s) => s.id === selection.stateId) ?? states.find((s) => s.state.choices.length > 1 && !known.has(s.id)) ?? states.find((s) => s.state.choices.length > 1) ?? states[0];
  if (!chosen) return { option };
  const branch = chosen.state.choices.find((c) => c.id === selection.branchId) ?? chosen.state.choices[0]!;
  return { option, stateId: chosen.id, branchId: branch.id };
}
