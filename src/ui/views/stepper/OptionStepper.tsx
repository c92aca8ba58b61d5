import { ScenarioText } from '../../components/ScenarioText';
import { own } from '../../../domain/records/own';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { buildOptionMachine, currentStateId, describePath, restoreSnapshot, stepOption, type OptionEvent, type Step } from '../../../domain/machine';
import { countPaths } from '../../../domain/paths';
import type { Option, Scenario } from '../../../domain/scenario';
import type { OptionEvaluation } from '../../../domain/scoring';
import { plural } from '../../../domain/text/format';
import { Citation } from '../../components/Citation';
import { OptionScores } from './OptionScores';
import { PathBreadcrumbs } from './PathBreadcrumbs';
import { StepCard } from './StepCard';

export interface OptionStepperProps {
  scenario: Scenario;
  option: Option;
  path: readonly Step[];
  evaluation: OptionEvaluation;
  onPathChange: (path: Step[]) => void;
  /** Put focus on the current question when shown: the user just picked this option. */
  focusOnShow?: boolean;
}

/**
 * Steps the group through one option's machine: the question in front of
 * them, its choices and what each does to the scores, the path so far, back
 * and reset. The machine decides which moves are allowed.
 */
export function OptionStepper({ scenario, option, path, evaluation, onPathChange, focusOnShow = false }: OptionStepperProps) {
  const machine = useMemo(() => buildOptionMachine(option), [option]);
  const snapshot = useMemo(() => restoreSnapshot(machine, option, path).snapshot, [machine, option, path]);
  const state = own(option.machine.states, currentStateId(snapshot))!;
  const steps = describePath(option, snapshot.context.path);
  const pathCount = useMemo(() => countPaths(option), [option]);

  // The button pressed is replaced by the next question's; keep keyboard users in the stepper by moving focus to it.
  const cardRef = useRef<HTMLDivElement>(null);
  const stepTaken = useRef(focusOnShow);
  useEffect(() => {
    if (!stepTaken.current) return;
    stepTaken.current = false;
    cardRef.current?.focus();
  }, [snapshot]);

  const send = (...events: OptionEvent[]) => {
    const next = events.reduce((s, e) => stepOption(machine, s, e), snapshot);
    stepTaken.current = true;
    onPathChange(next.context.path);
  };
  const choose = (choice: string) => send({ type: 'CHOOSE', choice });
  // Going back to a step keeps the path before it (a prefix of an allowed path is allowed), in one move however long the path.
  const backTo = (stepIndex: number) => {
    stepTaken.current = true;
    onPathChange(snapshot.context.path.slice(0, stepIndex));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).closest('input, textarea, select')) return;
    const choice = state.kind !== 'outcome' && /^[1-9]$/.test(event.key) ? state.choices[Number(event.key) - 1] : undefined;
    if (choice) {
      event.preventDefault();
      choose(choice.id);
    } else if (event.key === 'Backspace' && steps.length > 0) {
      event.preventDefault();
      send({ type: 'BACK' });
    }
  };

  return (
    <section className="stepper" aria-labelledby={`stepper-${option.id}`} onKeyDown={onKeyDown}>
      <h2 id={`stepper-${option.id}`}>
        <ScenarioText>{option.label}</ScenarioText>
      </h2>
      <p>
        <ScenarioText>{option.summary}</ScenarioText>
      </p>
      <p className="muted">
        {option.recommendedIn ? (
          <>
            Recommended in the source: <Citation cite={option.recommendedIn} />.{' '}
          </>
        ) : (
          'Not recommended by the source; kept for comparison. '
        )}
        {plural(pathCount, 'possible path')} through this option.
      </p>

      <PathBreadcrumbs steps={steps} onBackTo={backTo} />
      <StepCard ref={cardRef} scenario={scenario} state={state} onChoose={choose} />

      <div className="toolbar">
        <button type="button" onClick={() => send({ type: 'BACK' })} disabled={steps.length === 0} aria-keyshortcuts="Backspace">
          ← Back
        </button>
        <button type="button" onClick={() => send({ type: 'RESET' })} disabled={steps.length === 0}>
          Reset option
        </button>
        <span className="muted">Keys: 1–9 choose, Backspace goes back.</span>
      </div>

      <OptionScores scenario={scenario} option={option} evaluation={evaluation} />
    </section>
  );
}
