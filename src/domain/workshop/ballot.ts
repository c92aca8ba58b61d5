import { z } from 'zod';
import { readVersioned, writeVersioned, type VersionedFormat } from '../format/versioned';
import { IdSchema } from '../scenario/schema';
import { ScenarioRefSchema } from '../session/schema';
import { BALLOT_MIGRATIONS } from './migrations';
import { JudgementsSchema, type Judgements, type Workshop } from './schema';

/**
 * A ballot: one participant's judgements for one round, made on their own
 * device and carried to the facilitator as a small file (or as a code, see
 * `ballot-code.ts`). It names the workshop and the scenario it was made for,
 * so that one for another workshop or another version of the scenario is
 * refused.
 */
export const BALLOT_FORMAT = 'policy-options.ballot';
export const BALLOT_VERSION = 1;

export const BallotSchema = z.strictObject({
  format: z.literal(BALLOT_FORMAT, { error: `is not a policy-options ballot (expected format "${BALLOT_FORMAT}")` }),
  version: z.literal(BALLOT_VERSION),
  workshop: IdSchema,
  scenario: ScenarioRefSchema,
  participant: IdSchema,
  round: z.int({ error: 'a round number must be a whole number' }).min(1, { error: 'a round number must be 1 or more' }),
  judgements: JudgementsSchema,
});

export type Ballot = z.infer<typeof BallotSchema>;
export type BallotReadResult = { ok: true; ballot: Ballot } | { ok: false; problems: string[] };

export const BALLOT_FILE: VersionedFormat<Ballot> = { name: BALLOT_FORMAT, noun: 'ballot', version: BALLOT_VERSION, schema: BallotSchema, migrations: BALLOT_MIGRATIONS };

/** A participant's ballot for the workshop's current round. */
export function makeBallot(workshop: Workshop, participantId: string, judgements: Judgements): Ballot {
  return { format: BALLOT_FORMAT, version: BALLOT_VERSION, workshop: workshop.id, scenario: workshop.scenario, participant: participantId, round: workshop.rounds.length, judgements };
}

export function serialiseBallot(ballot: Ballot): string {
  return writeVersioned(ballot);
}

/** Reads a ballot file, refusing with every reason one that is damaged, of another kind, or from a newer version of the tool. */
export function parseBallot(text: string): BallotReadResult {
  const read = readVersioned(BALLOT_FILE, text);
  return read.ok ? { ok: true, ballot: read.value } : read;
}
