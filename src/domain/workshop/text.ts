import { z } from 'zod';
import { LIMITS } from '../scenario/limits';
import { hasControls } from '../text/controls';

/**
 * The text a workshop holds is typed by people in the room: names, roles,
 * titles, notes, reasons. It travels into views, exports and the memo, so
 * control and bidi-override characters are refused where the text comes in
 * (as the memo form refuses them), never kept and escaped later: a name with
 * U+202E would reverse the rest of a projected table.
 */

/** The longest one-line entry (a name, a role, a title): as the session bounds a scenario version. */
export const LINE_LENGTH = 200;

const LINE_BREAK = /[\t\n\r]/;

/** "U+202E at character 5", for the first character `hasControls` refuses. */
function firstControl(text: string): string {
  const characters = [...text];
  const at = characters.findIndex((ch) => hasControls(ch));
  return `U+${characters[at]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1}`;
}

const withoutControls = (schema: z.ZodString) =>
  schema.refine((t) => !hasControls(t), { error: (issue) => `holds the invisible control character ${firstControl(issue.input as string)}; remove it` });

/** One line, at most `LINE_LENGTH` characters, no tabs, line breaks or control characters; `required` refuses blank. */
export function lineText(required: boolean) {
  const line = withoutControls(z.string().max(LINE_LENGTH, { error: `is longer than the ${LINE_LENGTH} characters a one-line entry may have` })).refine((t) => !LINE_BREAK.test(t), {
    error: 'must be one line, without tabs or line breaks',
  });
  return required ? line.refine((t) => t.trim() !== '', { error: 'must not be empty' }) : line;
}

/** Free text (a note on a step, the reason for a view): bounded like scenario and memo text, line breaks allowed, no control characters. */
export const NoteText = withoutControls(z.string().max(LIMITS.textLength, { error: `is longer than the ${LIMITS.textLength} characters a note may have` }));

/** A reason given for a view: a note that says something. */
export const ReasonText = NoteText.refine((t) => t.trim() !== '', { error: 'give a reason for this view' });
