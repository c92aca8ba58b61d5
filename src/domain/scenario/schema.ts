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
  })
  .describe('The document the scenario encodes.');

export const FigureSchema = z
  .strictObject({
    value: z.number().finite(),
    unit: Text.describe('What the number counts, e.g. "drones" or "percent".'),
    period: Text.optional().describe('The time span or date the figure covers.'),
  })
  .describe('A number stated in the source.');

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

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  label: Text,
  description: Text,
  direction: z
    .enum(['benefit', 'cost'], { error: 'must be "benefit" (more is better) or "cost" (more is worse)' })
    .describe('benefit: a higher score is better; cost: a higher score is worse.'),
  scale: ScaleSchema,
  weight: z
    .number()
    .min(0, { error: 'must be zero or more' })
    .max(MAX_WEIGHT, { error: `must be at most ${MAX_WEIGHT}, as in the weights form; weights are relative, so scale them all down` })
    .describe(`Default weight, from 0 to ${MAX_WEIGHT}; only proportions matter.`),
});

/** Changes to criterion scores, keyed by criterion id. */
export const EffectsSchema = z.record(IdSchema, z.number().finite()).describe('Change to each named criterion score when this choice is taken.');

const choiceFields = {
  id: IdSchema,
  label: Text,
  target: IdSchema.describe('The id of the state this choice leads to.'),
  effects: EffectsSchema.default({}),
  note: Text.optional().describe('Why this choice changes the scores as it does.'),
  facts: z.array(IdSchema).optional().describe('Ids of facts that bear on this choice.'),
};

export const DecisionChoiceSchema = z.strictObject(choiceFields);
export const ChanceBranchSchema = z.strictObject({
  ...choiceFields,
  probability: z
    .number()
    .min(0, { error: 'a probability must be between 0 and 1' })
    .max(1, { error: 'a probability must be between 0 and 1' }),
});

const stateFields = {
  prompt: Text.describe('The question the group faces, or the uncertainty being resolved.'),
  actor: IdSchema.optional().describe('The actor whose choice or reaction this is.'),
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
});

export const StateSchema = z.discriminatedUnion('kind', [DecisionStateSchema, ChanceStateSchema, OutcomeStateSchema], {
  error: 'each state needs a kind: "decision", "chance" or "outcome"',
});

export const MachineSchema = z.strictObject({
  initial: IdSchema.describe('The id of the first state.'),
  states: z.record(IdSchema, StateSchema),
});

export const BaselineScoreSchema = z.strictObject({
  score: z.number().finite(),
  rationale: Text.describe('One line on why the option scores this.'),
});

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
  })
  .describe('A policy brief encoded as facts, criteria and response options.');

export type Citation = z.infer<typeof CitationSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Effects = z.infer<typeof EffectsSchema>;
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
