import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { OptionAnalysis } from '../../../domain/analysis';
import { buildOptionMachine, currentStateId, describePath, restoreSnapshot, stepOption, type OptionEvent, type Step } from '../../../domain/machine';
import { countPaths } from '../../../domain/paths';
import { own } from '../../../domain/records/own';
import type { Option, Scenario } from '../../../domain/scenario';
import type { OptionEvaluation } from '../../../domain/scoring';
import { approximateCount, plural } from '../../../domain/text/format';
import { Citation } from '../../components/Citation';
import { ScenarioText } from '../../components/ScenarioText';
import { OptionScores } from './OptionScores';
import { OptionStanding } from './OptionStanding';
import { PathBreadcrumbs } from './PathBreadcrumbs';
import { revealStep } from './reveal-step';
import { StepCard } from './StepCard';

export interface OptionStepperProps {
  scenario: Scenario;
  option: Option;
  path: readonly Step[];
  evaluation: OptionEvaluation;
  analysis: OptionAnalysis;
  onPathChange: (path: Step[]) => void;
  /** Whether the last change of this path can be undone, and how many answers that brings back. */
  undo: { available: boolean; steps: number };
  onUndo: () => void;
  /** Put focus on the current question when shown: the user just picked this option. */
  focusOnShow?: boolean;
  /** The option after this one, offered at an outcome so the room moves on. */
  next?: { label: string; onGo: () => void };
}

/**
 * Steps the group through one option's machine: the question in front of
 * them, its choices and what each does to the scores, the path so far, back,
 * reset and undo. The machine decides which moves are allowed.
 */
export function OptionStepper({ scenario, option, path, evaluation, analysis, onPathChange, undo, onUndo, focusOnShow = false, next }: OptionStepperProps) {
  const machine = useMemo(() => buildOptionMachine(option), [option]);
  const snapshot = useMemo(() => restoreSnapshot(machine, option, path).snapshot, [machine, option, path]);
  const state = own(option.machine.states, currentStateId(snapshot))!;
  const steps = describePath(option, snapshot.context.path);
  const pathCount = useMemo(() => countPaths(option), [option]);

  // The button pressed is replaced by the next question's; keep keyboard users in the stepper by moving focus to it.
  const cardRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const stepTaken = useRef(focusOnShow);
  useEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    // A new question starts at its top, even where the card scrolls within itself (a short screen).
    card.scrollTop = 0;
    if (!stepTaken.current) return;
    stepTaken.current = false;
    card.focus({ preventScroll: true });
    revealStep(stageRef.current!, card);
  }, [snapshot]);

  const change = (next: Step[]) => {
    stepTaken.current = true;
    onPathChange(next);
  };
  const send = (...events: OptionEvent[]) => change(events.reduce((s, e) => stepOption(machine, s, e), snapshot).context.path);
  const choose = (choice: string) => send({ type: 'CHOOSE', choice });
  // Going back to a step keeps the path before it (a prefix of an allowed path is allowed), in one move however long the path.
  const backTo = (stepIndex: number) => change(snapshot.context.path.slice(0, stepIndex));
  const toggleKnown = (stepIndex: number) =>
    change(snapshot.context.path.map((step, k) => (k !== stepIndex ? step : step.known ? { state: step.state, choice: step.choice } : { ...step, known: true })));
  const undoLast = () => {
    stepTaken.current = true;
    onUndo();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).closest('input, textarea, select')) return;
    const choice = state.kind !== 'outcome' && /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey ? state.choices[Number(event.key) - 1] : undefined;
    if (choice) {
      event.preventDefault();
      choose(choice.id);
    } else if (event.key === 'Backspace' && steps.length > 0) {
      event.preventDefault();
      send({ type: 'BACK' });
    } else if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && undo.available) {
      event.preventDefault();
      undoLast();
    }
  };

  const outcomeVerdict = analysis.asStepped.total - analysis.expected.total;
  return (
    <section className="stepper" aria-labelledby={`stepper-${option.id}`} onKeyDown={onKeyDown}>
      {/* The stage: what the room looks at while stepping, at most one screen high (see .stage in styles.css), so the name and the path never scroll away from the question. */}
      <div className="stage" ref={stageRef}>
        <h2 id={`stepper-${option.id}`}>
          <ScenarioText>{option.label}</ScenarioText>
        </h2>
        <PathBreadcrumbs steps={steps} path={snapshot.context.path} onBackTo={backTo} onToggleKnown={toggleKnown} />
        <OptionStanding analysis={analysis} assumedSteps={steps.filter((s) => s.kind === 'chance').length} />
        <StepCard
          ref={cardRef}
          scenario={scenario}
          state={state}
          onChoose={choose}
          outcome={state.kind === 'outcome' ? { total: analysis.asStepped.total, expected: analysis.expected.total, better: outcomeVerdict > 1e-9 ? 'better' : outcomeVerdict < -1e-9 ? 'worse' : 'equal' } : undefined}
          next={next}
        />
        <div className="toolbar stage-tools">
          <button type="button" onClick={() => send({ type: 'BACK' })} disabled={steps.length === 0} aria-keyshortcuts="Backspace">
            ← Back
          </button>
          <button type="button" onClick={() => send({ type: 'RESET' })} disabled={steps.length === 0}>
            Reset option
          </button>
          <button type="button" onClick={undoLast} disabled={!undo.available} aria-keyshortcuts="Control+Z">
            Undo{undo.steps > 0 ? ` (brings back ${plural(undo.steps, 'answer')})` : ''}
          </button>
          <span className="muted small keys-hint">Keys: 1–9 choose, Backspace goes back, Ctrl+Z undoes.</span>
        </div>
      </div>

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
        {approximateCount(pathCount)} possible {pathCount === 1 ? 'path' : 'paths'} through this option.
      </p>
      <OptionScores scenario={scenario} option={option} evaluation={evaluation} />
    </section>
  );
}
