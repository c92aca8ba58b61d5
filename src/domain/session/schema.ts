import { z } from 'zod';
import { IdSchema } from '../scenario/schema';
import { MAX_WEIGHT } from '../scoring/weights';

/**
 * Everything one user decided about one scenario. Saved to the browser and to
 * files, so it carries a format name and version; a change of shape is a new
 * version with a numbered migration in `migrations.ts`.
 */
export const SESSION_FORMAT = 'policy-options.session';
export const SESSION_VERSION = 4;

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

export const WEIGHTING_METHODS = ['direct', 'points', 'ranking', 'swing', 'ahp'] as const;
export type WeightingMethod = (typeof WEIGHTING_METHODS)[number];

/** A number with a message of its own when it is not one. */
const finite = (what: string) => z.number({ error: `${what} must be a finite number` });

/**
 * Each method keeps its own inputs (version 3), so switching method loses
 * nothing; `active` says whose weights are in force. Direct weights are always
 * there: the scenario's defaults until the group changes them.
 */
export const WeightingSchema = z.strictObject({
  active: z.enum(WEIGHTING_METHODS, { error: `must be one of ${WEIGHTING_METHODS.map((m) => `"${m}"`).join(', ')}` }),
  direct: WeightValues,
  /** A 100-point allocation: it is in force only while it adds up to 100. */
  points: z.record(IdSchema, finite('points').min(0, { error: 'points must be zero or more' }).max(100, { error: 'points must be at most 100' })).optional(),
  /** An order of importance: 1 is the most important; equal numbers are ties. */
  ranking: z.record(IdSchema, finite('a rank').int({ error: 'a rank must be a whole number' }).min(1, { error: 'a rank must be 1 or more' })).optional(),
  /** Each swing from worst to best rated against the most important swing (100). */
  swing: z.record(IdSchema, finite('a swing rating').min(0, { error: 'a swing rating must be zero or more' }).max(100, { error: 'a swing rating must be at most 100' })).optional(),
  /** Pairwise judgements on Saaty's scale: `value` times as important as `b` is `a` (1/9 to 9). */
  ahp: z
    .array(
      z.strictObject({
        a: IdSchema,
        b: IdSchema,
        value: finite('a judgement')
          .min(1 / 9 - 1e-12, { error: 'a judgement must be between 1/9 and 9' })
          .max(9 + 1e-12, { error: 'a judgement must be between 1/9 and 9' }),
      }),
    )
    .optional(),
});

/** Free text a user writes into a memo: bounded like scenario text, and may be empty. */
const MemoText = z.string().max(20_000, { error: 'is longer than the 20000 characters a memo field may have' });

export const MARKINGS = ['UNCLASSIFIED', 'CUI', 'custom'] as const;

/**
 * What the group writes for its decision memo (version 4): the heading, the
 * marking, the bottom line if edited (undefined: the generated one), notes and
 * dissent per option and overall. Everything else in a memo comes from the
 * scenario and the analysis, so the memo can be made again from the session.
 */
export const MemoSchema = z.strictObject({
  to: MemoText,
  from: MemoText,
  subject: MemoText,
  marking: z.enum(MARKINGS, { error: `must be one of ${MARKINGS.map((m) => `"${m}"`).join(', ')}` }),
  /** The marking's words when `marking` is "custom" (e.g. a handling caveat). */
  customMarking: MemoText.max(120, { error: 'a marking must be at most 120 characters' }),
  status: z.enum(['draft', 'final'], { error: 'must be "draft" or "final"' }),
  bottomLine: MemoText.optional(),
  notes: z.record(IdSchema, MemoText),
  dissent: z.record(IdSchema, MemoText),
  overallDissent: MemoText,
  openQuestions: MemoText,
});

export type Memo = z.infer<typeof MemoSchema>;

export const EMPTY_MEMO: Memo = { to: '', from: '', subject: '', marking: 'UNCLASSIFIED', customMarking: '', status: 'draft', notes: {}, dissent: {}, overallDissent: '', openQuestions: '' };

/** The scenario a saved file belongs to: its id, version and the SHA-256 of its canonical content (`scenarioContentHash`). */
export const ScenarioRefSchema = z.strictObject({ id: IdSchema, version: z.string().max(200), hash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be a SHA-256 hex digest' }) });

export const SessionSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT, { error: `is not a policy-options session (expected format "${SESSION_FORMAT}")` }),
  version: z.literal(SESSION_VERSION),
  scenario: ScenarioRefSchema,
  weighting: WeightingSchema,
  progress: z.record(IdSchema, z.array(StepSchema)),
  memo: MemoSchema,
  updatedAt: z.iso.datetime({ error: 'must be an ISO date-time' }),
});

export type Session = z.infer<typeof SessionSchema>;
export type Weighting = z.infer<typeof WeightingSchema>;
export type ScenarioRef = z.infer<typeof ScenarioRefSchema>;
