import { z } from 'zod';
import { IdSchema } from '../scenario/schema';
import { ScenarioRefSchema, StepSchema, WeightingSchema } from '../session/schema';
import { lineText, NoteText, ReasonText } from './text';

/**
 * A workshop: a group working through one scenario together, in rounds
 * (Delphi). Saved to files and to the browser, so it carries a format name and
 * version; a change of shape is a new version with a numbered migration in
 * `migrations.ts`.
 */
export const WORKSHOP_FORMAT = 'policy-options.workshop';
export const WORKSHOP_VERSION = 1;

/** The phases of the workshop's flow; `flow-machine.ts` moves between them. */
export const FLOW_STATES = ['setup', 'collecting', 'reveal', 'discussion', 'decided'] as const;
export type FlowState = (typeof FLOW_STATES)[number];

/** How the participants' weights are combined into the group's: the view says which is in force. */
export const AGGREGATIONS = ['mean', 'median', 'aij'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

const oneOf = (values: readonly string[]) => ({ error: `must be one of ${values.map((v) => `"${v}"`).join(', ')}` });

export const ParticipantSchema = z.strictObject({
  id: IdSchema,
  name: lineText(true),
  role: lineText(false),
  organisation: lineText(false),
});

/** A participant's own view of an option's score on a criterion, on the criterion's scale. */
export const ScoreViewSchema = z.strictObject({
  option: IdSchema,
  criterion: IdSchema,
  score: z.number({ error: 'a score must be a finite number' }),
  reason: ReasonText,
});

/** A participant's own view of the probability of one branch of a chance state. */
export const ProbabilityViewSchema = z.strictObject({
  option: IdSchema,
  state: IdSchema,
  branch: IdSchema,
  probability: z.number({ error: 'a probability must be a finite number' }).min(0, { error: 'a probability must be between 0 and 1' }).max(1, { error: 'a probability must be between 0 and 1' }),
  reason: ReasonText,
});

/** Refuses a second view of the same thing: which one would count? */
function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.core.$RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: `a second view of ${what}; keep one` });
      seen.add(k);
    });
  };
}

/**
 * One participant's judgements in one round: weights by any method (the
 * session's `Weighting`, every method's inputs kept), and optionally views of
 * scores and probabilities, each with a reason.
 */
export const JudgementsSchema = z.strictObject({
  weighting: WeightingSchema,
  scores: z.array(ScoreViewSchema).superRefine(uniqueBy((v) => `${v.option}\u0000${v.criterion}`, 'the same option on the same criterion')),
  probabilities: z.array(ProbabilityViewSchema).superRefine(uniqueBy((v) => `${v.option}\u0000${v.state}\u0000${v.branch}`, 'the same branch')),
});

/** A round: every participant's judgements by participant id. Round 1 is individual; a round is revealed when the group has seen its spread. */
export const RoundSchema = z.strictObject({
  number: z.int({ error: 'a round number must be a whole number' }).min(1, { error: 'a round number must be 1 or more' }),
  revealed: z.boolean(),
  ballots: z.record(IdSchema, JudgementsSchema),
});

/** The group's plan: the session's steps through each option, and a note on any step, by option id and then state id. */
export const PlanSchema = z.strictObject({
  progress: z.record(IdSchema, z.array(StepSchema)),
  notes: z.record(IdSchema, z.record(IdSchema, NoteText)),
});

export const WorkshopSchema = z
  .strictObject({
    format: z.literal(WORKSHOP_FORMAT, { error: `is not a policy-options workshop (expected format "${WORKSHOP_FORMAT}")` }),
    version: z.literal(WORKSHOP_VERSION),
    /** Names the workshop in its ballots, so a ballot for another workshop is refused. */
    id: IdSchema,
    scenario: ScenarioRefSchema,
    title: lineText(true),
    date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    facilitator: lineText(false),
    /** Names are hidden in every view and export. */
    anonymous: z.boolean(),
    participants: z.array(ParticipantSchema),
    plan: PlanSchema,
    /** Oldest first; the last is the current round. */
    rounds: z.array(RoundSchema).min(1, { error: 'a workshop has at least its first round' }),
    aggregation: z.enum(AGGREGATIONS, oneOf(AGGREGATIONS)),
    flow: z.enum(FLOW_STATES, oneOf(FLOW_STATES)),
    updatedAt: z.iso.datetime({ error: 'must be an ISO date-time' }),
  })
  .superRefine((w, ctx) => {
    const ids = new Set<string>();
    w.participants.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['participants', i, 'id'], message: `another participant already has the id "${p.id}"` });
      ids.add(p.id);
    });
    w.rounds.forEach((round, r) => {
      if (round.number !== r + 1) ctx.addIssue({ code: 'custom', path: ['rounds', r, 'number'], message: `round ${r + 1} is numbered ${round.number}` });
      for (const id of Object.keys(round.ballots)) if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['rounds', r, 'ballots', id], message: 'no participant has this id' });
      if (r < w.rounds.length - 1 && !round.revealed) ctx.addIssue({ code: 'custom', path: ['rounds', r, 'revealed'], message: 'a round before the current one must have been revealed' });
      if (round.revealed && Object.keys(round.ballots).length === 0) ctx.addIssue({ code: 'custom', path: ['rounds', r, 'revealed'], message: 'a round with no ballots cannot have been revealed' });
    });
    const flowProblem = flowMismatch(w.flow, w.rounds);
    if (flowProblem) ctx.addIssue({ code: 'custom', path: ['flow'], message: flowProblem });
  });

/** Why the phase cannot be where the rounds stand, if it cannot: what the flow machine allows, checked on files. */
function flowMismatch(flow: FlowState, rounds: ReadonlyArray<{ revealed: boolean; ballots: Record<string, unknown> }>): string | undefined {
  const current = rounds.at(-1)!;
  switch (flow) {
    case 'setup':
      return rounds.length === 1 && !current.revealed && Object.keys(current.ballots).length === 0 ? undefined : 'a workshop in set-up has one round, with no ballots yet';
    case 'collecting':
      return current.revealed ? 'the current round is still collecting ballots, so it cannot have been revealed' : undefined;
    case 'reveal':
    case 'discussion':
      return current.revealed ? undefined : `the current round must have been revealed to be in ${flow}`;
    case 'decided':
      return rounds.some((r) => r.revealed) ? undefined : 'a decided workshop has revealed at least one round';
  }
}

export type Participant = z.infer<typeof ParticipantSchema>;
export type ScoreView = z.infer<typeof ScoreViewSchema>;
export type ProbabilityView = z.infer<typeof ProbabilityViewSchema>;
export type Judgements = z.infer<typeof JudgementsSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type Workshop = z.infer<typeof WorkshopSchema>;
