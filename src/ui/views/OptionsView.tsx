import { useState } from 'react';
import type { ScenarioAnalysis } from '../../domain/analysis';
import type { Step } from '../../domain/machine';
import { own } from '../../domain/records/own';
import type { Scenario } from '../../domain/scenario';
import type { Evaluation } from '../../domain/scoring';
import { ScenarioText } from '../components/ScenarioText';
import type { PathHistory } from '../session/use-path-history';
import { OptionStepper } from './stepper/OptionStepper';

export interface OptionsViewProps {
  scenario: Scenario;
  evaluation: Evaluation;
  analysis: ScenarioAnalysis;
  progress: Record<string, readonly Step[]>;
  selected: string;
  onSelect: (optionId: string) => void;
  onPathChange: (optionId: string, path: Step[]) => void;
  history: PathHistory;
  onUndo: (optionId: string) => void;
}

/** The options to step through: a list with each one's progress, and the stepper for the one selected. */
export function OptionsView({ scenario, evaluation, analysis, progress, selected, onSelect, onPathChange, history, onUndo }: OptionsViewProps) {
  const index = Math.max(0, scenario.options.findIndex((o) => o.id === selected));
  const option = scenario.options[index]!;
  // Picking an option takes the user to its question, so keys 1–9 work at once and a narrow screen scrolls to it.
  const [picked, setPicked] = useState<string>();
  const pick = (optionId: string) => {
    setPicked(optionId);
    onSelect(optionId);
  };
  const path = own(progress, option.id) ?? [];
  const nextOption = scenario.options.length > 1 ? scenario.options[(index + 1) % scenario.options.length]! : undefined;
  return (
    <div className="options-view">
      <nav aria-label="Options" className="option-list">
        <ol>
          {scenario.options.map((o, i) => {
            const e = evaluation.options[i]!;
            return (
              <li key={o.id}>
                <button type="button" aria-current={o.id === option.id ? 'true' : undefined} onClick={() => pick(o.id)}>
                  <span className="option-name">
                    <ScenarioText>{o.label}</ScenarioText>
                  </span>
                  <span className={e.finished ? 'status done' : 'status'}>{e.finished ? 'complete' : e.path.length === 0 ? 'not started' : `${e.path.length} step${e.path.length === 1 ? '' : 's'}`}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <OptionStepper
        key={option.id}
        scenario={scenario}
        option={option}
        path={path}
        evaluation={evaluation.options[index]!}
        analysis={analysis.options[index]!}
        onPathChange={(next) => onPathChange(option.id, next)}
        undo={history.lastUndoes(option.id, path)}
        onUndo={() => onUndo(option.id)}
        focusOnShow={picked === option.id}
        next={nextOption ? { label: nextOption.label, onGo: () => pick(nextOption.id) } : undefined}
      />
    </div>
  );
}
