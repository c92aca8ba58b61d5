import { useEffect, useRef, useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { own } from '../../../domain/records/own';
import type { Scenario } from '../../../domain/scenario';
import type { Memo } from '../../../domain/session';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { memoFormSchema, memoFromForm, memoToForm, type MemoFormText } from './memo-form';

export interface MemoFormProps {
  scenario: Scenario;
  memo: Memo;
  /** The bottom line the analysis gives, used while the group has not written its own. */
  generatedBottomLine: string;
  onChange: (memo: Memo) => void;
}

type Problems = Partial<Record<string, string>>;

/**
 * What the group writes into its memo. Every change that passes the checks is
 * saved into the session at once; while a field is refused, the session keeps
 * the text from before, so nothing already saved is lost.
 */
export function MemoForm({ scenario, memo, generatedBottomLine, onChange }: MemoFormProps) {
  const { options } = scenario;
  const form = useForm<MemoFormText>({ defaultValues: memoToForm(memo, options) });
  const [problems, setProblems] = useState<Problems>({});
  // The memo this form last saved: any other memo arriving (a session file opened) replaces what the fields hold.
  const saved = useRef(memo);

  useEffect(() => {
    if (memo === saved.current) return;
    saved.current = memo;
    form.reset(memoToForm(memo, options));
    setProblems({});
  }, [memo, options, form]);

  useEffect(() => {
    const subscription = form.watch((typed) => {
      const parsed = memoFormSchema.safeParse(typed);
      if (!parsed.success) {
        setProblems(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
        return;
      }
      setProblems({});
      const next = memoFromForm(parsed.data, options);
      saved.current = next;
      onChange(next);
    });
    return () => subscription.unsubscribe();
  }, [form, options, onChange]);

  const marking = form.watch('marking');
  const bottomLine = form.watch('bottomLine');
  const refused = Object.keys(problems).length;

  const field = (name: string, registration: UseFormRegisterReturn, label: string, { multiline = false, placeholder }: { multiline?: boolean; placeholder?: string } = {}) => {
    const id = `memo-${name.replace('.', '-')}`;
    const problem = problems[name];
    const common = { id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': problem ? `${id}-error` : undefined, placeholder, ...registration };
    return (
      <div className="memo-field">
        <label htmlFor={id}>{label}</label>
        {multiline ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" {...common} />}
        {problem ? (
          <div id={`${id}-error`} className="field-error" role="alert">
            {problem}
          </div>
        ) : null}
      </div>
    );
  };

  return (
    <form className="memo-form" onSubmit={(e) => e.preventDefault()} aria-label="The memo's text">
      {refused > 0 ? (
        <div className="warning" role="alert">
          <p>
            Not saved: {refused === 1 ? 'one field needs' : `${refused} fields need`} fixing (marked below). The memo and the session keep the text from before that edit.
          </p>
        </div>
      ) : null}
      <fieldset>
        <legend>Heading</legend>
        {field('to', form.register('to'), 'To', { placeholder: 'e.g. Deputy National Security Advisor' })}
        {field('from', form.register('from'), 'From', { placeholder: 'e.g. Iraq working group' })}
        {field('subject', form.register('subject'), 'Subject', { placeholder: isolate(scenario.title) })}
        <fieldset className="memo-choice">
          <legend>Marking, at the top and bottom of every page and in the file name</legend>
          <label>
            <input type="radio" value="UNCLASSIFIED" {...form.register('marking')} /> UNCLASSIFIED
          </label>
          <label>
            <input type="radio" value="CUI" {...form.register('marking')} /> CUI
          </label>
          <label>
            <input type="radio" value="custom" {...form.register('marking')} /> Other
          </label>
        </fieldset>
        {marking === 'custom' ? field('customMarking', form.register('customMarking'), 'Marking to print', { placeholder: 'e.g. UNCLASSIFIED//FOR TRAINING' }) : null}
        <fieldset className="memo-choice">
          <legend>Status</legend>
          <label>
            <input type="radio" value="draft" {...form.register('status')} /> Draft
          </label>
          <label>
            <input type="radio" value="final" {...form.register('status')} /> Final
          </label>
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>Bottom line</legend>
        <p className="muted small">{bottomLine.trim() ? 'The memo uses your text. The analysis would say:' : 'Generated from the analysis; it follows the weights and steps. Write your own to replace it.'}</p>
        <blockquote className="generated">{generatedBottomLine}</blockquote>
        {field('bottomLine', form.register('bottomLine'), 'Your bottom line', { multiline: true, placeholder: 'Empty: the memo uses the generated text above' })}
        <div className="toolbar">
          <button type="button" onClick={() => form.setValue('bottomLine', generatedBottomLine, { shouldDirty: true })}>
            Start from the generated text
          </button>
          <button type="button" disabled={!bottomLine.trim()} onClick={() => form.setValue('bottomLine', '', { shouldDirty: true })}>
            Use the generated text
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Notes and dissent on each option</legend>
        {options.map((o, i) => (
          <details key={o.id} className="memo-option" open={Boolean(own(memo.notes, o.id)?.trim() || own(memo.dissent, o.id)?.trim()) || undefined}>
            <summary>
              <ScenarioText>{o.label}</ScenarioText>
            </summary>
            {field(`notes.${i}`, form.register(`notes.${i}`), 'Group notes', { multiline: true })}
            {field(`dissent.${i}`, form.register(`dissent.${i}`), 'Dissent', { multiline: true })}
          </details>
        ))}
      </fieldset>
      <fieldset>
        <legend>Overall</legend>
        {field('overallDissent', form.register('overallDissent'), 'Dissent from the recommendation', { multiline: true })}
        {field('openQuestions', form.register('openQuestions'), 'Open questions', { multiline: true })}
      </fieldset>
    </form>
  );
}
