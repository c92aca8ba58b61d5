import { useMemo } from 'react';
import { treeValues, type ScenarioAnalysis } from '../../../domain/analysis';
import type { Step } from '../../../domain/machine';
import { own } from '../../../domain/records/own';
import type { Scenario } from '../../../domain/scenario';
import { isolate } from '../../components/ScenarioText';
import { DecisionTreeView } from './DecisionTreeView';

export interface TreeTabProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  progress: Record<string, readonly Step[]>;
  selected: string;
  onSelect: (optionId: string) => void;
  /** Opens the stepper on `optionId` with its path cut back to `path`. */
  onOpenInStepper: (optionId: string, path: Step[]) => void;
}

/** The decision tree of the option in view, with a picker for another. */
export function TreeTab({ scenario, analysis, progress, selected, onSelect, onOpenInStepper }: TreeTabProps) {
  const option = scenario.options.find((o) => o.id === selected) ?? scenario.options[0]!;
  const values = useMemo(() => treeValues(analysis.contexts.get(option.id)!), [analysis, option.id]);
  return (
    <div className="tree-tab">
      <label className="picker-inline">
        Option{' '}
        <select value={option.id} onChange={(e) => onSelect(e.target.value)}>
          {scenario.options.map((o) => (
            <option key={o.id} value={o.id}>
              {isolate(o.label)}
            </option>
          ))}
        </select>
      </label>
      <DecisionTreeView key={option.id} scenario={scenario} option={option} values={values} path={own(progress, option.id) ?? []} onOpenInStepper={(prefix) => onOpenInStepper(option.id, prefix)} />
    </div>
  );
}
