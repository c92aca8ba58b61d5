import { z } from 'zod';
import { IdSchema } from '../scenario/schema';

/**
 * Everything one user decided about one scenario. Saved to the browser and to
 * files, so it carries a format name and version; a change of shape is a new
 * version with a numbered migration in `migrations.ts`.
 */
export const SESSION_FORMAT = 'policy-options.session';
export const SESSION_VERSION = 1;

export const StepSchema = z.strictObject({ state: IdSchema, choice: IdSchema });

const WeightValues = z.record(IdSchema, z.number().finite().min(0, { error: 'a weight must be zero or more' }));

export const WeightingSchema = z.strictObject({
  /** The method whose weights are in force; each method keeps its own inputs so switching loses nothing. */
  active: z.literal('direct'),
  direct: WeightValues,
});

export const SessionSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT, { error: `is not a policy-options session (expected format "${SESSION_FORMAT}")` }),
  version: z.literal(SESSION_VERSION),
  scenario: z.strictObject({ id: IdSchema, version: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hex digest' }) }),
  weighting: WeightingSchema,
  progress: z.record(IdSchema, z.array(StepSchema)),
  updatedAt: z.iso.datetime({ error: 'must be an ISO date-time' }),
});

export type Session = z.infer<typeof SessionSchema>;
export type Weighting = z.infer<typeof WeightingSchema>;
