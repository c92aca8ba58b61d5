import { z } from 'zod';
import type { Criterion } from '../../domain/scenario';
import { MAX_WEIGHT } from '../../domain/scoring';

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

/** What the weights form accepts: a number from 0 to MAX_WEIGHT per criterion, at least one above 0. */
export function weightsFormSchema(criteria: readonly Criterion[]) {
  return z.object({
    weights: z
      .object(Object.fromEntries(criteria.map((c) => [c.id, weight])))
      .refine((w) => Object.values(w).some((v) => v > 0), { error: 'Give at least one criterion a weight above 0; otherwise nothing can be compared' }),
  });
}

export type WeightsFormSchema = ReturnType<typeof weightsFormSchema>;

/** Weights as the form shows them. */
export function weightsAsText(weights: Record<string, number>): { weights: Record<string, string> } {
  return { weights: Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, String(w)])) };
}
