import { useState } from 'react';
import type { Progress } from '../../../domain/analysis';
import { describePath } from '../../../domain/machine';
import { own } from '../../../domain/records/own';
import type { Scenario } from '../../../domain/scenario';
import { withStepNote, type Workshop } from '../../../domain/workshop';
import { ScenarioText } from '../../components/ScenarioText';
import { noteSchema } from './workshop-forms';

/**
 * The group's plan, as stepped on the Step through tab, with a note on any
 * step: why the group chose it, or what it assumed. A note that cannot be
 * kept (a control character, too long) is refused with why, and the saved
 * one stays.
 */
export function PlanNotes({ scenario, workshop, progress, onUpdate }: { scenario: Scenario; workshop: Workshop; progress: Progress; onUpdate: (change: (w: Workshop) => Workshop) => void }) {
  const stepped = scenario.options.map((option, i) => ({ option, i, steps: describePath(option, own(progress, option.id) ?? []) })).filter((o) => o.steps.length > 0);
  return (
    <section aria-labelledby="plan-title" className="workshop-part">
      <h2 id="plan-title">The group&apos;s plan</h2>
      {stepped.length === 0 ? (
        <p className="muted">Step through the options (the Step through tab) with the group; its choices and assumptions appear here, for notes.</p>
      ) : (
        stepped.map(({ option, i, steps }) => (
          <details key={i} className="plan-option">
            <summary>
              <ScenarioText>{option.label}</ScenarioText> ({steps.length} step{steps.length === 1 ? '' : 's'})
            </summary>
            <ol>
              {steps.map((step, s) => (
                <li key={s}>
                  <ScenarioText>{step.prompt}</ScenarioText> → <strong>
                    <ScenarioText>{step.choiceLabel}</ScenarioText>
                  </strong>
                  <StepNote
                    id={`note-${i}-${s}`}
                    saved={own(own(workshop.plan.notes, option.id) ?? {}, step.stateId) ?? ''}
                    onSave={(note) => onUpdate((w) => withStepNote(w, option.id, step.stateId, note))}
                  />
                </li>
              ))}
            </ol>
          </details>
        ))
      )}
    </section>
  );
}

function StepNote({ id, saved, onSave }: { id: string; saved: string; onSave: (note: string) => void }) {
  const [text, setText] = useState(saved);
  const [problem, setProblem] = useState<string>();
  const change = (next: string) => {
    setText(next);
    const checked = noteSchema.safeParse(next);
    setProblem(checked.success ? undefined : checked.error.issues[0]!.message);
    if (checked.success) onSave(next);
  };
  return (
    <div className="memo-field">
      <label htmlFor={id} className="small">
        Note
      </label>
      <textarea id={id} rows={1} value={text} onChange={(e) => change(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined} />
      {problem ? (
        <p className="field-error" id={`${id}-error`}>
          This note {problem}; the saved note stays.
        </p>
      ) : null}
    </div>
  );
}
