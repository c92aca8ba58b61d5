import { z } from 'zod';
import { own } from '../../../domain/records/own';
import type { Option } from '../../../domain/scenario';
import { MARKINGS, type Memo } from '../../../domain/session';
import { hasControls } from '../../../domain/text/controls';

/** The longest a memo field may be: the session format's own limit. */
export const MEMO_TEXT_MAX = 20_000;
export const MARKING_MAX = 120;

/**
 * The memo form as typed. Notes and dissent are held by option position, not
 * by option id: form libraries read field names as paths into objects, where
 * an id such as "constructor" would find Object's own members.
 */
export interface MemoFormText {
  to: string;
  from: string;
  subject: string;
  marking: (typeof MARKINGS)[number];
  customMarking: string;
  status: 'draft' | 'final';
  /** Empty: the memo uses the bottom line the analysis generates. */
  bottomLine: string;
  notes: string[];
  dissent: string[];
  overallDissent: string;
  openQuestions: string;
}

const CHARACTERS = new Intl.NumberFormat('en-GB');

const memoText = z
  .string()
  .max(MEMO_TEXT_MAX, { error: (issue) => `Keep this to ${CHARACTERS.format(MEMO_TEXT_MAX)} characters; it has ${CHARACTERS.format((issue.input as string).length)}` })
  .refine((t) => !hasControls(t), { error: (issue) => `Remove the invisible control character ${describeControl(issue.input as string)}: it would travel into the memo's files` });

/** What the form must hold before it is saved into the session. */
export const memoFormSchema = z
  .object({
    to: memoText,
    from: memoText,
    subject: memoText,
    marking: z.enum(MARKINGS),
    customMarking: z.string(),
    status: z.enum(['draft', 'final']),
    bottomLine: memoText,
    notes: z.array(memoText),
    dissent: z.array(memoText),
    overallDissent: memoText,
    openQuestions: memoText,
  })
  .superRefine((form, ctx) => {
    if (form.marking !== 'custom') return;
    const marking = form.customMarking;
    const problem =
      marking.trim() === ''
        ? 'Write the marking to print, or choose UNCLASSIFIED or CUI'
        : marking.length > MARKING_MAX
          ? `A marking is at most ${MARKING_MAX} characters; this has ${CHARACTERS.format(marking.length)}`
          : /[\t\n\r]/.test(marking) || hasControls(marking)
            ? 'A marking is one line of text, with no tabs or control characters: it is printed as a banner and goes into the file name'
            : undefined;
    if (problem) ctx.addIssue({ code: 'custom', path: ['customMarking'], message: problem });
  });

/** The session's memo as the form shows it. */
export function memoToForm(memo: Memo, options: readonly Option[]): MemoFormText {
  return {
    to: memo.to,
    from: memo.from,
    subject: memo.subject,
    marking: memo.marking,
    customMarking: memo.customMarking,
    status: memo.status,
    bottomLine: memo.bottomLine ?? '',
    notes: options.map((o) => own(memo.notes, o.id) ?? ''),
    dissent: options.map((o) => own(memo.dissent, o.id) ?? ''),
    overallDissent: memo.overallDissent,
    openQuestions: memo.openQuestions,
  };
}

/** The form's checked text as the session's memo: empty notes are left out, an empty bottom line means the generated one. */
export function memoFromForm(form: MemoFormText, options: readonly Option[]): Memo {
  const byOption = (texts: readonly string[]) => Object.fromEntries(options.flatMap((o, i) => (texts[i]?.trim() ? [[o.id, texts[i]!]] : [])));
  return {
    to: form.to,
    from: form.from,
    subject: form.subject,
    marking: form.marking,
    customMarking: form.customMarking,
    status: form.status,
    ...(form.bottomLine.trim() ? { bottomLine: form.bottomLine } : {}),
    notes: byOption(form.notes),
    dissent: byOption(form.dissent),
    overallDissent: form.overallDissent,
    openQuestions: form.openQuestions,
  };
}

/** "U+001B at character 12", for the first control character in the text. */
function describeControl(text: string): string {
  const at = [...text].findIndex((ch) => hasControls(ch));
  const ch = [...text][at] ?? '';
  return `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1}`;
}
