import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { buildOptionMachine, currentStateId, describePath, restoreSnapshot, stepOption, type OptionEvent, type Step } from '../../domain/machine';
import { countPaths } from '../../domain/paths';
import type { Option, Scenario } from '../../domain/scenario';
import type { OptionEvaluation } from '../../domain/scoring';
import { number, percent } from '../../domain/text/format';
import { Citation } from '../components/Citation';
import { EffectChips } from '../components/EffectChips';

export interface OptionStepperProps {
  scenario: Scenario;
  option: Option;
  path: readonly Step[];
  evaluation: OptionEvaluation;
  onPathChange: (path: Step[]) => void;
}

/**
 * Steps the group through one option's machine: the question in front of
 * them, its choices and what each does to the scores, the path so far, back
 * and reset. The machine decides which moves are allowed.
 */
export function OptionStepper({ scenario, option, path, evaluation, onPathChange }: OptionStepperProps) {
  const machine = useMemo(() => buildOptionMachine(option), [option]);
  const snapshot = useMemo(() => restoreSnapshot(machine, path).snapshot, [machine, path]);
  const stateId = currentStateId(snapshot);
  const state = option.machine.states[stateId]!;
  const steps = describePath(option, snapshot.context.path);
  const pathCount = useMemo(() => countPaths(option), [option]);

  // The button pressed is replaced by the next question's; keep keyboard users in the stepper by moving focus to it.
  const cardRef = useRef<HTMLDivElement>(null);
  const stepTaken = useRef(false);
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
  const backTo = (stepIndex: number) => send(...Array.from({ length: steps.length - stepIndex }, () => ({ type: 'BACK' }) as const));

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).closest('input, textarea, select')) return;
    if (state.kind !== 'outcome' && /^[1-9]$/.test(event.key)) {
      const choice = state.choices[Number(event.key) - 1];
      if (choice) {
        event.preventDefault();
        send({ type: 'CHOOSE', choice: choice.id });
      }
    } else if (event.key === 'Backspace' && steps.length > 0) {
      event.preventDefault();
      send({ type: 'BACK' });
    }
  };

  const actor = state.kind !== 'outcome' && state.actor ? scenario.actors.find((a) => a.id === state.actor) : undefined;
  const facts = new Map(scenario.facts.map((f) => [f.id, f]));

  return (
    <section className="stepper" aria-labelledby={`stepper-${option.id}`} onKeyDown={onKeyDown}>
      <h2 id={`stepper-${option.id}`}>{option.label}</h2>
      <p>{option.summary}</p>
      <p className="muted">
        {option.recommendedIn ? (
          <>
            Recommended in the source: <Citation cite={option.recommendedIn} />.{' '}
          </>
        ) : (
          'Not recommended by the source; kept for comparison. '
        )}
        {pathCount} possible path{pathCount === 1 ? '' : 's'} through this option.
      </p>

      <nav aria-label="Path so far" className="breadcrumbs">
        <ol>
          <li>
            {steps.length > 0 ? (
              <button type="button" className="link" onClick={() => backTo(0)}>
                Start
              </button>
            ) : (
              <span aria-current="step">Start</span>
            )}
          </li>
          {steps.map((s, k) => (
            <li key={`${s.stateId}-${k}`}>
              <button type="button" className="link" onClick={() => backTo(k)} title={`Go back to: ${s.prompt}`}>
                <span className="muted">{s.kind === 'chance' ? 'Assumed' : 'Decided'}:</span> {s.choiceLabel}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div className={`step-card ${state.kind}`} aria-live="polite" tabIndex={-1} ref={cardRef}>
        {state.kind === 'outcome' ? (
          <>
            <p className="kind">Outcome reached</p>
            <p className="prompt">{state.summary}</p>
          </>
        ) : (
          <>
            <p className="kind">{state.kind === 'decision' ? 'Decision for the group' : 'Uncertain outcome: assume one to continue'}</p>
            {actor ? (
              <p className="actor">
                {state.kind === 'decision' ? 'Decided by' : 'Depends on'}: {actor.name}
              </p>
            ) : null}
            <h3 className="prompt">{state.prompt}</h3>
            <ol className="choices">
              {state.choices.map((choice, i) => (
                <li key={choice.id}>
                  <button type="button" className="choice" onClick={() => send({ type: 'CHOOSE', choice: choice.id })} aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}>
                    <span className="choice-key" aria-hidden="true">
                      {i < 9 ? i + 1 : ''}
                    </span>
                    <span className="choice-label">{choice.label}</span>
                    {'probability' in choice ? <span className="probability">{percent(choice.probability, 0)} likely</span> : null}
                  </button>
                  <EffectChips effects={choice.effects} criteria={scenario.criteria} />
                  {choice.note ? <p className="note">{choice.note}</p> : null}
                  {choice.facts?.length ? (
                    <details className="evidence">
                      <summary>Facts behind this ({choice.facts.length})</summary>
                      <ul>
                        {choice.facts.map((id) => {
                          const fact = facts.get(id);
                          return fact ? (
                            <li key={id}>
                              {fact.text} <Citation cite={fact.cite} />
                            </li>
                          ) : null;
                        })}
                      </ul>
                    </details>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>

      <div className="toolbar">
        <button type="button" onClick={() => send({ type: 'BACK' })} disabled={steps.length === 0} aria-keyshortcuts="Backspace">
          ← Back
        </button>
        <button type="button" onClick={() => send({ type: 'RESET' })} disabled={steps.length === 0}>
          Reset option
        </button>
        <span className="muted">Keys: 1–9 choose, Backspace goes back.</span>
      </div>

      <h3>Scores {evaluation.finished ? 'at this outcome' : 'on the path so far (unfinished)'}</h3>
      <table className="scores">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" className="num">
              Baseline
            </th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col">Rationale for the baseline</th>
          </tr>
        </thead>
        <tbody>
          {scenario.criteria.map((c, j) => {
            const base = option.baseline[c.id]!;
            const now = evaluation.raw[j]!;
            return (
              <tr key={c.id}>
                <th scope="row">
                  {c.label} <span className="muted">({c.direction === 'benefit' ? '↑ better' : '↓ better'})</span>
                </th>
                <td className="num">{number(base.score)}</td>
                <td className="num">
                  <strong>{number(now)}</strong>
                  {now !== base.score ? <span className="muted"> ({number(now - base.score, 2, true)})</span> : null}
                </td>
                <td>{base.rationale}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
