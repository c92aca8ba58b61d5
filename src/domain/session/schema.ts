import { z } from 'zod';
import { IdSchema } from '../scenario/schema';
import { MAX_WEIGHT } from '../scoring/weights';

/**
 * Everything one user decided about one scenario. Saved to the browser and to
 * files, so it carries a format name and version; a change of shape is a new
 * version with a numbered migration in `migrations.ts`.
 */
export const SESSION_FORMAT = 'policy-options.session';
export const SESSION_VERSION = 2;

/** A step; `known` (version 2) marks an outcome the group knows has happened, not merely assumed. */
export const StepSchema = z.strictObject({ state: IdSchema, choice: IdSchema, known: z.literal(true).optional() });

/** The same rule as the weights form: a saved session cannot hold what a user could not have typed. */
const WeightValues = z.record(
  IdSchema,
  z
    .number({ error: 'a weight must be a finite number' })
    .min(0, { error: 'a weight must be zero or more' })
    .max(MAX_WEIGHT, { error: `a weight must be at most ${MAX_WEIGHT}` }),
);

export const WeightingSchema = z.strictObject({
  /** The method whose weights are in force; each method keeps its own inputs so switching loses nothing. */
  active: z.literal('direct'),
  direct: WeightValues,
});

export const SessionSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT, { error: `is not a policy-options session (expected format "${SESSION_FORMAT}")` }),
  version: z.literal(SESSION_VERSION),
  scenario: z.strictObject({ id: IdSchema, version: z.string().max(200), hash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hex digest' }) }),
  weighting: WeightingSchema,
  progress: z.record(IdSchema, z.array(StepSchema)),
  updatedAt: z.iso.datetime({ error: 'must be an ISO date-time' }),
});

export type Session = z.infer<typeof SessionSchema>;
export type Weighting = z.infer<typeof WeightingSchema>;
