import { z } from 'zod';
import { MAX_WEIGHT } from '../scoring/weights';
import { LIMITS } from './limits';

/**
 * The scenario file format. Everything the tool knows about a brief comes
 * through this schema; the types the rest of the code uses are inferred from it.
 * Rules that need the whole document (references, reachability, probabilities,
 * scales along paths) live in `semantics.ts`.
 */

export const IdSchema = z
  .string()
  .max(LIMITS.idLength, { error: `must be an id of at most ${LIMITS.idLength} characters` })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, {
    error: 'must be a short id of lower-case letters, digits, "-" or "_", starting with a letter or digit',
  })
  .describe('A short identifier: lower-case letters, digits, "-" and "_".');

const Text = z
  .string()
  .max(LIMITS.textLength, { error: `is longer than the ${LIMITS.textLength} characters a piece of text may have` })
  .trim()
  .min(1, { error: 'must not be empty' });

export const CitationSchema = z
  .strictObject({
    section: Text.describe('The heading of the part of the source this comes from.'),
    locator: Text.optional().describe('Where inside that section, e.g. "bullet 2, sub-point 1" or "chart".'),
  })
  .describe('Where in the source document something comes from.');

/**
 * Why a name cannot be `source.text`, or undefined. The text is saved next to
 * the scenario so the two travel together; a path could also make the tool
 * read a file somewhere else on the machine of whoever checks the scenario.
 */
function sourceTextNameProblem(name: string): string | undefined {
  if (name === '') return 'must name the file of the source\'s text, such as "iraq-brief.txt"';
  if (/^([/\\~]|[A-Za-z]:)/.test(name)) return 'must be a file name such as "iraq-brief.txt", not an absolute path: the text is saved next to the scenario, so that the two can be moved and shared together';
  if (/[/\\]/.test(name)) return 'must be a plain file name, with no folder ("/" or "\\"): the text is saved next to the scenario, in the same folder';
  if (/^\.+$/.test(name)) return 'names a folder ("." and ".." are folders), not a file; give the file\'s name, such as "iraq-brief.txt"';
  if (name.startsWith('.')) return 'must not start with ".": that makes a hidden file, easily left behind when the scenario is copied';
  if (/^\s|\s$/.test(name)) return 'must not start or end with a space';
  if (name.length > 255) return 'is longer than the 255 characters a file name may have';
  if (!/^[\p{L}\p{N} ._-]+$/u.test(name)) return 'may hold only letters, digits, spaces, ".", "-" and "_", so that it names the same file on every computer';
  return undefined;
}

export const SourceSchema = z
  .strictObject({
    title: Text,
    author: Text,
    organisation: Text,
    date: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'must be a date written YYYY-MM-DD, or YYYY-MM when the source gives only the month' })
      .describe('Publication date: YYYY-MM-DD, or YYYY-MM when the source gives only the month.'),
    series: Text.optional(),
    text: z
      .string()
      .superRefine((name, ctx) => {
        const problem = sourceTextNameProblem(name);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      // Editors check the gist (no folder, no leading "." or space); the loader says why in words.
      .meta({ pattern: '^[^./\\\\ ][^/\\\\]*$' })
      .optional()
      .describe('The file name (no folder) of the source\'s text saved next to this scenario, e.g. "iraq-brief.txt": plain text, Markdown or HTML saved as text. `validate` checks every citation against it.'),
  })
  .describe('The document the scenario encodes.');

export const FigureSchema = z
  .strictObject({
    value: z.number().finite(),
    unit: Text.describe('What the number counts, e.g. "drones" or "percent".'),
    period: Text.optional().describe('The time span or date the figure covers.'),
    derivation: Text.optional().describe('Only for a number the source does not state outright: how it was worked out from what the source does state.'),
  })
  .describe('A number stated in the source, or worked out from it (then `derivation` says how).');

export const FactSchema = z.strictObject({
  id: IdSchema,
  text: Text.describe('The fact, in our own words.'),
  cite: CitationSchema,
  figure: FigureSchema.optional(),
});

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: Text,
  description: Text,
});

export const ScaleSchema = z
  .strictObject({
    min: z.number().finite(),
    max: z.number().finite(),
    minLabel: Text.optional().describe('What the lowest score means.'),
    maxLabel: Text.optional().describe('What the highest score means.'),
  })
  .refine((s) => s.max > s.min, { error: 'the maximum must be greater than the minimum', path: ['max'] })
  .refine((s) => Number.isFinite(s.max - s.min), { error: 'the scale is too wide to compute with; use a range such as 0 to 10 or 0 to 100', path: ['max'] });

/** A relative weight, as the weights form takes it: the same rule for default weights and presets. */
const WeightSchema = z
  .number()
  .min(0, { error: 'must be zero or more' })
  .max(MAX_WEIGHT, { error: `must be at most ${MAX_WEIGHT}, as in the weights form; weights are relative, so scale them all down` });

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  label: Text,
  description: Text,
  direction: z
    .enum(['benefit', 'cost'], { error: 'must be "benefit" (more is better) or "cost" (more is worse)' })
    .describe('benefit: a higher score is better; cost: a higher score is worse.'),
  scale: ScaleSchema,
  weight: WeightSchema.describe(`Default weight, from 0 to ${MAX_WEIGHT}; only proportions matter.`),
});

export const WeightPresetSchema = z
  .strictObject({
    id: IdSchema,
    label: Text,
    description: Text.describe('Whose view the weights stand for, and why they are set as they are.'),
    weights: z.record(IdSchema, WeightSchema).describe(`A weight from 0 to ${MAX_WEIGHT} for every criterion, by criterion id; only proportions matter.`),
  })
  .describe('A named set of weights a group can start from, e.g. the weighting the source argues for.');

/**
 * A step an earlier part of the path must have taken, written "<state id>.<choice id>"
 * (ids hold no "."), or a list of such steps of which any one will do.
 */
const StepRefSchema = z
  .string()
  .max(2 * LIMITS.idLength + 1, { error: 'is too long to name a step' })
  .regex(/^[a-z0-9][a-z0-9_-]*\.[a-z0-9][a-z0-9_-]*$/, { error: 'must name a step as "<state id>.<choice id>", e.g. "consult.act-alone"' });

const RequiresSchema = z
  .array(z.union([StepRefSchema, z.array(StepRefSchema).min(2, { error: 'a list of alternatives needs at least two steps' })], { error: 'must be a step "<state id>.<choice id>", or a list of such steps of which any one will do' }))
  .min(1, { error: 'list at least one step, or leave "requires" out' })
  .describe(
    'The earlier steps this text refers to, each "<state id>.<choice id>" of the same option (or a list of them, any one of which will do). The loader checks that every path to here has taken them, so that no path reads a text about a step it did not take.',
  );

const rangeFields = {
  low: z.number().optional().describe('The low end of the range a group might defend.'),
  high: z.number().optional().describe('The high end of the range a group might defend.'),
};

/** Checks that a range's ends hold its most likely value between them. */
function ordered(likelyName: string) {
  return (r: { low?: number; high?: number }, ctx: z.core.$RefinementCtx, likely: number) => {
    if (r.low !== undefined && r.low > likely) ctx.addIssue({ code: 'custom', path: ['low'], message: `the low end (${r.low}) must be at most the ${likelyName} (${likely})` });
    if (r.high !== undefined && r.high < likely) ctx.addIssue({ code: 'custom', path: ['high'], message: `the high end (${r.high}) must be at least the ${likelyName} (${likely})` });
  };
}
const orderedValue = ordered('most likely value');
const orderedScore = ordered('score');

/** One change to a criterion score: a number, or the most likely number with a range. */
const EffectSchema = z.union([z.number(), z.strictObject({ value: z.number().describe('The most likely change.'), ...rangeFields }).superRefine((r, ctx) => orderedValue(r, ctx, r.value))], {
  error: 'must be a number, or { value, low, high } for a change with a range',
});

/** Changes to criterion scores, keyed by criterion id: the most likely change of each. */
export type Effects = Record<string, number>;
/** The range of a change, for the criteria whose change has one. */
export type EffectRanges = Record<string, { low: number; high: number }>;

const choiceFields = {
  id: IdSchema,
  label: Text,
  target: IdSchema.describe('The id of the state this choice leads to.'),
  effects: z.record(IdSchema, EffectSchema).default({}).describe('Change to each named criterion score when this choice is taken.'),
  note: Text.optional().describe('Why this choice changes the scores as it does; on a chance branch, why it has its probability.'),
  facts: z.array(IdSchema).optional().describe('Ids of facts that bear on this choice.'),
  requires: RequiresSchema.optional(),
};

/**
 * Effects as written ({ value, low, high } or a bare number) become the most
 * likely change in `effects`, which is what steps add up, and the ranges in
 * `effectRanges`, which give best and worst cases.
 */
function splitEffects<T extends { effects: Record<string, z.infer<typeof EffectSchema>> }>(choice: T) {
  const effects: Record<string, number> = {};
  const effectRanges: EffectRanges = {};
  for (const [criterion, effect] of Object.entries(choice.effects)) {
    if (typeof effect === 'number') {
      effects[criterion] = effect;
    } else {
      effects[criterion] = effect.value;
      if (effect.low !== undefined || effect.high !== undefined) effectRanges[criterion] = { low: effect.low ?? effect.value, high: effect.high ?? effect.value };
    }
  }
  return { ...choice, effects, effectRanges };
}

const ProbabilitySchema = z.number().min(0, { error: 'a probability must be between 0 and 1' }).max(1, { error: 'a probability must be between 0 and 1' });

export const DecisionChoiceSchema = z.strictObject(choiceFields).transform(splitEffects);
export const ChanceBranchSchema = z
  .strictObject({
    ...choiceFields,
    probability: ProbabilitySchema,
    probabilityRange: z
      .strictObject({ low: ProbabilitySchema, high: ProbabilitySchema })
      .optional()
      .describe('The range of this probability a group might defend; the most likely value lies within it.'),
  })
  .refine((b) => !b.probabilityRange || (b.probabilityRange.low <= b.probability && b.probability <= b.probabilityRange.high), {
    error: 'the probability range must contain the probability (low ≤ probability ≤ high)',
    path: ['probabilityRange'],
  })
  .transform(splitEffects);

const stateFields = {
  prompt: Text.describe('The question the group faces, or the uncertainty being resolved.'),
  actor: IdSchema.optional().describe('The actor whose choice or reaction this is.'),
  requires: RequiresSchema.optional(),
};

export const DecisionStateSchema = z.strictObject({
  kind: z.literal('decision'),
  ...stateFields,
  choices: z.array(DecisionChoiceSchema).min(1, { error: 'a decision needs at least one choice' }),
});

export const ChanceStateSchema = z.strictObject({
  kind: z.literal('chance'),
  ...stateFields,
  choices: z.array(ChanceBranchSchema).min(1, { error: 'an uncertain outcome needs at least one branch' }),
});

export const OutcomeStateSchema = z.strictObject({
  kind: z.literal('outcome'),
  summary: Text.describe('What the world looks like at the end of this path.'),
  requires: RequiresSchema.optional(),
});

export const StateSchema = z.discriminatedUnion('kind', [DecisionStateSchema, ChanceStateSchema, OutcomeStateSchema], {
  error: 'each state needs a kind: "decision", "chance" or "outcome"',
});

export const MachineSchema = z.strictObject({
  initial: IdSchema.describe('The id of the first state.'),
  states: z.record(IdSchema, StateSchema),
});

export const BaselineScoreSchema = z
  .strictObject({
    score: z.number().describe('The most likely score.'),
    ...rangeFields,
    rationale: Text.describe('One line on why the option scores this.'),
  })
  .superRefine((r, ctx) => orderedScore(r, ctx, r.score));

export const OptionSchema = z.strictObject({
  id: IdSchema,
  label: Text,
  summary: Text,
  recommendedIn: CitationSchema.optional().describe('Where the source recommends this option; omit for a baseline the source does not recommend.'),
  baseline: z.record(IdSchema, BaselineScoreSchema).describe('The score on every criterion before any step is taken.'),
  machine: MachineSchema,
});

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    title: Text,
    version: Text.describe('The scenario version, e.g. "1.0.0"; sessions record it.'),
    summary: Text,
    source: SourceSchema,
    facts: z.array(FactSchema).min(1, { error: 'a scenario needs at least one fact' }),
    actors: z.array(ActorSchema),
    criteria: z.array(CriterionSchema).min(1, { error: 'a scenario needs at least one criterion' }),
    options: z.array(OptionSchema).min(1, { error: 'a scenario needs at least one option' }),
    baselineOption: IdSchema.optional().describe('The option every other is compared against (usually the status quo).'),
    weightPresets: z.array(WeightPresetSchema).optional().describe('Named sets of weights the weights view offers besides the default weights.'),
  })
  .describe('A policy brief encoded as facts, criteria and response options.');

export type Citation = z.infer<typeof CitationSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type WeightPreset = z.infer<typeof WeightPresetSchema>;
/** A step reference, or a list of them of which any one will do. */
export type Requirement = string | string[];
export type DecisionChoice = z.infer<typeof DecisionChoiceSchema>;
export type ChanceBranch = z.infer<typeof ChanceBranchSchema>;
export type Choice = DecisionChoice | ChanceBranch;
export type DecisionState = z.infer<typeof DecisionStateSchema>;
export type ChanceState = z.infer<typeof ChanceStateSchema>;
export type OutcomeState = z.infer<typeof OutcomeStateSchema>;
export type State = z.infer<typeof StateSchema>;
export type OptionMachine = z.infer<typeof MachineSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
