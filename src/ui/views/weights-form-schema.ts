import { z } from 'zod';
import type { Criterion } from '../../domain/scenario';
import { own } from '../../domain/records/own';
import { MAX_WEIGHT, type WeightInput } from '../../domain/scoring';

/**
 * One weight as typed. Parsed by hand rather than by a number input, which
 * would read "2,5" as 25 or "1e5" as 100000 without a word.
 */
const weight = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  const refuse = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (text === '') return refuse(`Enter a number from 0 to ${MAX_WEIGHT}`);
  if (text.startsWith('-')) return refuse('A weight cannot be negative');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return refuse(`Write the number without separators (${text.replaceAll(',', '')})`);
  if (/^\d*,\d+$/.test(text)) return refuse(`Use a point for decimals (${text.replace(',', '.')}), not a comma`);
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return refuse('Enter a plain number, such as 20 or 2.5');
  const value = Number(text);
  if (value > MAX_WEIGHT) return refuse(`Use a number no larger than ${MAX_WEIGHT}; weights are relative, so scale the others down instead`);
  return value;
});

/**
 * What the weights form accepts: a number from 0 to MAX_WEIGHT per criterion,
 * at least one above 0. Fields are held by criterion position, not by id: form
 * libraries read field names as paths into objects, where an id such as
 * "constructor" would find Object's own members.
 */
export function weightsFormSchema(criteria: readonly Criterion[]) {
  return z.object({
    weights: z
      .array(weight)
      .length(criteria.length)
      .refine((w) => w.some((v) => v > 0), { error: 'Give at least one criterion a weight above 0; otherwise nothing can be compared' }),
  });
}

export type WeightsFormSchema = ReturnType<typeof weightsFormSchema>;

/** Weights as the form shows them, in criterion order. */
export function weightsAsText(criteria: readonly Criterion[], weights: WeightInput): { weights: string[] } {
  return { weights: criteria.map((c) => String(own(weights, c.id) ?? 0)) };
}

/** The form's numbers, in criterion order, as weights by criterion id. */
export function weightsById(criteria: readonly Criterion[], values: readonly number[]): WeightInput {
  return Object.fromEntries(criteria.map((c, j) => [c.id, values[j]!]));
}
