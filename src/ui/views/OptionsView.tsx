import { ScenarioText } from '../components/ScenarioText';
import { own } from '../../domain/records/own';
import { useState } from 'react';
import type { Step } from '../../domain/machine';
import type { Scenario } from '../../domain/scenario';
import type { Evaluation } from '../../domain/scoring';
import { OptionStepper } from './stepper/OptionStepper';

export interface OptionsViewProps {
  scenario: Scenario;
  evaluation: Evaluation;
  progress: Record<string, readonly Step[]>;
  selected: string;
  onSelect: (optionId: string) => void;
  onPathChange: (optionId: string, path: Step[]) => void;
}

/** The options to step through: a list with each one's progress, and the stepper for the one selected. */
export function OptionsView({ scenario, evaluation, progress, selected, onSelect, onPathChange }: OptionsViewProps) {
  const index = Math.max(0, scenario.options.findIndex((o) => o.id === selected));
  const option = scenario.options[index]!;
  // Picking an option takes the user to its question, so keys 1–9 work at once and a narrow screen scrolls to it.
  const [picked, setPicked] = useState<string>();
  const pick = (optionId: string) => {
    setPicked(optionId);
    onSelect(optionId);
  };
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
        path={own(progress, option.id) ?? []}
        evaluation={evaluation.options[index]!}
        onPathChange={(path) => onPathChange(option.id, path)}
        focusOnShow={picked === option.id}
      />
    </div>
  );
}
