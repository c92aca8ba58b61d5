import { z } from 'zod';
import type { Criterion } from '../../../domain/scenario';
import { own } from '../../../domain/records/own';
import { MAX_WEIGHT } from '../../../domain/scoring';
import { number } from '../../../domain/text/format';

/** What a typed number is and how far it may go, in the words of its messages. */
interface NumberRule {
  /** Its name at the start of a sentence: "A weight" cannot be negative. */
  name: string;
  max: number;
  /** What to say of a number above `max`. */
  overMax: string;
}

const WEIGHT: NumberRule = { name: 'A weight', max: MAX_WEIGHT, overMax: `Use a number no larger than ${MAX_WEIGHT}; weights are relative, so scale the others down instead` };
const POINTS: NumberRule = { name: 'Points', max: 100, overMax: 'Use a number no larger than 100: there are only 100 points to give' };
const RATING: NumberRule = { name: 'A rating', max: 100, overMax: 'Use a number no larger than 100: no swing can matter more than the most important one (100)' };

/** The total a 100-point allocation must reach. */
export const POINTS_TOTAL = 100;

/**
 * One number as typed. Parsed by hand rather than by a number input, which
 * would read "2,5" as 25 or "1e5" as 100000 without a word.
 */
function parseTyped(raw: string, rule: NumberRule, ctx: z.RefinementCtx): number {
  const text = raw.trim();
  const refuse = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (text === '') return refuse(`Enter a number from 0 to ${rule.max}`);
  if (text.startsWith('-')) return refuse(`${rule.name} cannot be negative`);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return refuse(`Write the number without separators (${text.replaceAll(',', '')})`);
  if (/^\d*,\d+$/.test(text)) return refuse(`Use a point for decimals (${text.replace(',', '.')}), not a comma`);
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return refuse('Enter a plain number, such as 20 or 2.5');
  const value = Number(text);
  if (value > rule.max) return refuse(rule.overMax);
  return value;
}

const typedNumber = (rule: NumberRule) => z.string().transform((raw, ctx) => parseTyped(raw, rule, ctx));
/** The same, where an empty field means "not given yet" rather than a mistake. */
const optionalNumber = (rule: NumberRule) => z.string().transform((raw, ctx) => (raw.trim() === '' ? undefined : parseTyped(raw, rule, ctx)));

/** One weight field on its own, for the slider beside it. */
export const weightField = typedNumber(WEIGHT);
/** One points field on its own, for the running total while other fields are still being filled in. */
export const pointsField = typedNumber(POINTS);

/*
 * Each form holds one field per criterion, by criterion position rather than
 * by id: form libraries read field names as paths into objects, where an id
 * such as "constructor" would find Object's own members.
 */

/** Direct weights: a number from 0 to MAX_WEIGHT per criterion, at least one above 0. */
export function weightsFormSchema(criteria: readonly Criterion[]) {
  return z.object({
    values: z
      .array(weightField)
      .length(criteria.length)
      .refine((w) => w.some((v) => v > 0), { error: 'Give at least one criterion a weight above 0; otherwise nothing can be compared' }),
  });
}

/** A 100-point allocation: points from 0 to 100 per criterion, adding up to exactly 100. */
export function pointsFormSchema(criteria: readonly Criterion[]) {
  return z.object({
    values: z
      .array(pointsField)
      .length(criteria.length)
      .check((ctx) => {
        const message = pointsTotalProblem(ctx.value.reduce((a, b) => a + b, 0));
        if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
      }),
  });
}

/** Why a total of points is refused, or nothing when it is 100. */
export function pointsTotalProblem(total: number): string | undefined {
  const gap = pointsGap(total);
  return gap && `The points add up to ${number(total, 6)}; they must add up to ${POINTS_TOTAL} (${gap})`;
}

/** "10 left to give" or "10 too many"; nothing when the total is 100 (within the tolerance the weights in force use). */
export function pointsGap(total: number): string | undefined {
  const gap = POINTS_TOTAL - total;
  if (Math.abs(gap) <= 1e-9) return undefined;
  return gap > 0 ? `${number(gap, 6)} left to give` : `${number(-gap, 6)} too many`;
}

/** Swing ratings: from 0 to 100 against the most important swing; a swing not rated yet stays empty. */
export function swingFormSchema(criteria: readonly Criterion[]) {
  return z.object({ values: z.array(optionalNumber(RATING)).length(criteria.length) });
}

/** Numbers by criterion id as the form shows them, in criterion order; empty where a criterion has none. */
export function numbersAsText(criteria: readonly Criterion[], numbers: Record<string, number> | undefined): string[] {
  return criteria.map((c) => {
    const value = own(numbers ?? {}, c.id);
    return value === undefined ? '' : String(value);
  });
}

/** The form's numbers, in criterion order, by criterion id; a criterion with no number is left out. */
export function numbersById(criteria: readonly Criterion[], values: readonly (number | undefined)[]): Record<string, number> {
  return Object.fromEntries(criteria.flatMap((c, j) => (values[j] === undefined ? [] : [[c.id, values[j]]])));
}
