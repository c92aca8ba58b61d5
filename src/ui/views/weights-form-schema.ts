import { z } from 'zod';
import type { Criterion } from '../../domain/scenario';

export const MAX_WEIGHT = 1000;

/** What the weights form accepts: a number from 0 to MAX_WEIGHT per criterion, at least one above 0. */
export function weightsFormSchema(criteria: readonly Criterion[]) {
  const weight = z
    .number({ error: `Enter a number from 0 to ${MAX_WEIGHT}` })
    .min(0, { error: 'A weight cannot be negative' })
    .max(MAX_WEIGHT, { error: `Use a number no larger than ${MAX_WEIGHT}; weights are relative, so scale the others down instead` });
  return z.object({
    weights: z
      .object(Object.fromEntries(criteria.map((c) => [c.id, weight])))
      .refine((w) => Object.values(w).some((v) => v > 0), { error: 'Give at least one criterion a weight above 0; otherwise nothing can be compared' }),
  });
}

export type WeightsFormValues = { weights: Record<string, number> };
