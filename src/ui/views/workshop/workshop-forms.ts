import { z } from 'zod';
import { lineText, NoteText, ReasonText } from '../../../domain/workshop/text';

/**
 * The workshop's forms as typed, checked with the workshop format's own rules
 * (one line, bounded, no control characters), so that what a form accepts the
 * saved file accepts too.
 */
export const detailsFormSchema = z.object({
  title: lineText(true),
  date: z.iso.date({ error: 'give the date as YYYY-MM-DD' }),
  facilitator: lineText(false),
});
export type DetailsForm = z.infer<typeof detailsFormSchema>;

export const participantFormSchema = z.object({
  name: lineText(true),
  role: lineText(false),
  organisation: lineText(false),
});
export type ParticipantForm = z.infer<typeof participantFormSchema>;

/** A number typed into a field: blank and words are refused with a message, not read as 0 or NaN. */
const typedNumber = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `give ${what}` })
    .transform((t, ctx) => {
      const n = Number(t);
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a number` });
        return z.NEVER;
      }
      return n;
    });

/** A participant's view of an option's score; the scale is checked against the criterion when the view is added. */
export const scoreViewFormSchema = z.object({
  option: z.string().min(1, { error: 'choose an option' }),
  criterion: z.string().min(1, { error: 'choose a criterion' }),
  score: typedNumber('a score'),
  reason: ReasonText,
});

export const probabilityViewFormSchema = z.object({
  /** "option/state/branch" positions, as the select offers them: ids may be any scenario id. */
  branch: z.string().min(1, { error: 'choose a branch' }),
  probability: typedNumber('a probability').pipe(z.number().min(0, { error: 'a probability is between 0 and 1' }).max(1, { error: 'a probability is between 0 and 1' })),
  reason: ReasonText,
});

export const noteSchema = NoteText;
