import { ScenarioText } from '../../components/ScenarioText';
import { forwardRef } from 'react';
import type { Scenario, State } from '../../../domain/scenario';
import { chance, points, pointsDifference } from '../../../domain/text/format';
import { Citation } from '../../components/Citation';
import { EffectChips } from '../../components/EffectChips';

export interface StepCardProps {
  scenario: Scenario;
  state: State;
  onChoose: (choiceId: string) => void;
  /** At an outcome: its value as stepped, against the option's expected value. */
  outcome?: { total: number; expected: number; better: 'better' | 'worse' | 'equal' };
  /** At an outcome: the option to go on to. */
  next?: { label: string; onGo: () => void };
}

/*
 * The card is no live region and has no label of its own: every change of
 * question moves focus to it, which has it read once, whole. A live region
 * as well would read it a second time.
 */

/** The question in front of the group (or the outcome reached), with each choice and what it does. */
export const StepCard = forwardRef<HTMLDivElement, StepCardProps>(function StepCard({ scenario, state, onChoose, outcome, next }, ref) {
  if (state.kind === 'outcome') {
    const verdict = outcome?.better ?? 'equal';
    return (
      <div className={`step-card outcome ${verdict}`} tabIndex={-1} ref={ref}>
        <p className="kind">Outcome reached</p>
        <p className="prompt">
          <ScenarioText>{state.summary}</ScenarioText>
        </p>
        {outcome ? (
          <p className="verdict">
            This path ends at {points(outcome.total)} out of 100,{' '}
            {verdict === 'equal' ? 'the same as' : verdict === 'better' ? `${pointsDifference(outcome.total - outcome.expected)} points better than` : `${pointsDifference(outcome.total - outcome.expected)} points worse than`} the
            option's expected value ({points(outcome.expected)}).
          </p>
        ) : null}
        {next ? (
          <button type="button" className="primary next-option" onClick={next.onGo}>
            Next option: <ScenarioText>{next.label}</ScenarioText> →
          </button>
        ) : null}
      </div>
    );
  }
  const actor = state.actor ? scenario.actors.find((a) => a.id === state.actor) : undefined;
  const facts = new Map(scenario.facts.map((f) => [f.id, f]));
  return (
    <div className={`step-card ${state.kind}`} tabIndex={-1} ref={ref}>
      <p className="kind">{state.kind === 'decision' ? 'Decision for the group' : 'Uncertain outcome: assume one to continue'}</p>
      {actor ? (
        <p className="actor">
          {state.kind === 'decision' ? 'Decided by' : 'Depends on'}: <ScenarioText>{actor.name}</ScenarioText>
        </p>
      ) : null}
      <h3 className="prompt">
        <ScenarioText>{state.prompt}</ScenarioText>
      </h3>
      <ol className="choices">
        {state.choices.map((choice, i) => (
          <li key={choice.id}>
            <button type="button" className="choice" onClick={() => onChoose(choice.id)} aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}>
              <span className="choice-key" aria-hidden="true">
                {i < 9 ? i + 1 : ''}
              </span>
              <span className="choice-label">
                <ScenarioText>{choice.label}</ScenarioText>
              </span>
              {'probability' in choice ? <span className="probability">{chance(choice.probability)} likely</span> : null}
            </button>
            <EffectChips effects={choice.effects} criteria={scenario.criteria} />
            {choice.note ? (
              <p className="note">
                <ScenarioText>{choice.note}</ScenarioText>
              </p>
            ) : null}
            {choice.facts?.length ? (
              <details className="evidence">
                <summary>Facts behind this ({choice.facts.length})</summary>
                <ul>
                  {choice.facts.map((id) => {
                    const fact = facts.get(id);
                    return fact ? (
                      <li key={id}>
                        <ScenarioText>{fact.text}</ScenarioText> <Citation cite={fact.cite} />
                      </li>
                    ) : null;
                  })}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
});
