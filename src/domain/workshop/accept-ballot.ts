import { own } from '../records/own';
import type { Scenario } from '../scenario/schema';
import { canonicalJson } from '../text/canonical-json';
import { q } from '../text/quote';
import { parseBallot, type Ballot } from './ballot';
import { readBallotCode } from './ballot-code';
import { canAdvance, flowRefusal } from './flow';
import { judgementProblems } from './judgement-fit';
import { participantLabel } from './participant-label';
import type { Workshop } from './schema';
import { currentRound, withBallot } from './update';

/**
 * A ballot taken into the workshop, or every reason it is refused (and the
 * workshop as it was). `unchanged` is set when the same participant's
 * identical ballot was already in: importing a file twice is harmless.
 */
export type BallotImport = { ok: true; workshop: Workshop; ballot: Ballot; unchanged: boolean } | { ok: false; problems: string[] };

/**
 * Takes a participant's ballot into the current round. Refused: a ballot for
 * another workshop or another version of the scenario, from someone who is
 * not a participant, for another round, while the workshop is not collecting,
 * with judgements that do not fit the scenario, or a second, different ballot
 * from the same participant in the round (unless `replace`, for the
 * facilitator correcting what they entered on a participant's behalf).
 * `scenario` is the workshop's own (the one whose content hash it records).
 */
export function acceptBallot(workshop: Workshop, scenario: Scenario, ballot: Ballot, { replace = false }: { replace?: boolean } = {}, now: Date = new Date()): BallotImport {
  const identity = identityProblems(workshop, ballot);
  if (identity.length > 0) return { ok: false, problems: identity };
  const round = currentRound(workshop);
  const problems: string[] = [];
  const known = workshop.participants.some((p) => p.id === ballot.participant);
  if (!known) problems.push(`${participantLabel(workshop, ballot.participant)} is not in this workshop`);
  if (ballot.round < round.number) problems.push(`this ballot is for round ${ballot.round}, which is over: the workshop is at round ${round.number}`);
  else if (ballot.round > round.number) problems.push(`this ballot is for round ${ballot.round}, but the workshop is at round ${round.number}`);
  else if (known && !canAdvance(workshop, { type: 'BALLOT', participant: ballot.participant })) problems.push(flowRefusal(workshop, { type: 'BALLOT', participant: ballot.participant }));
  problems.push(...judgementProblems(ballot.judgements, scenario));
  if (problems.length > 0) return { ok: false, problems };
  const existing = own(round.ballots, ballot.participant);
  if (existing !== undefined && canonicalJson(existing) === canonicalJson(ballot.judgements)) return { ok: true, workshop, ballot, unchanged: true };
  if (existing !== undefined && !replace) {
    return {
      ok: false,
      problems: [`${participantLabel(workshop, ballot.participant)} already has a ballot in round ${round.number} with other judgements; withdraw that one first if this one replaces it`],
    };
  }
  return { ok: true, workshop: withBallot(workshop, ballot.participant, ballot.judgements, now), ballot, unchanged: false };
}

/** A ballot file read and taken in (see `parseBallot` and `acceptBallot`). */
export function importBallotFile(workshop: Workshop, scenario: Scenario, text: string, now: Date = new Date()): BallotImport {
  const read = parseBallot(text);
  return read.ok ? acceptBallot(workshop, scenario, read.ballot, {}, now) : read;
}

/** A ballot code read and taken in (see `readBallotCode` and `acceptBallot`). */
export function importBallotCode(workshop: Workshop, scenario: Scenario, code: string, now: Date = new Date()): BallotImport {
  const read = readBallotCode(code, workshop, scenario);
  return read.ok ? acceptBallot(workshop, scenario, read.ballot, {}, now) : read;
}

/** Whether the ballot belongs to this workshop and this version of its scenario; nothing else is worth checking when it does not. */
function identityProblems(workshop: Workshop, ballot: Ballot): string[] {
  const problems: string[] = [];
  if (ballot.workshop !== workshop.id) problems.push(`this ballot is for another workshop (${q(ballot.workshop)}), not this one (${q(workshop.id)})`);
  const made = ballot.scenario;
  const used = workshop.scenario;
  if (made.id !== used.id) problems.push(`this ballot is for scenario ${q(made.id)}, not this workshop's ${q(used.id)}`);
  else if (made.version !== used.version) problems.push(`this ballot was made for version ${q(made.version)} of the scenario, but this workshop uses version ${q(used.version)}`);
  else if (made.hash !== used.hash) problems.push(`this ballot was made for a changed copy of the scenario: version ${q(made.version)} as here, but with other content`);
  return problems;
}
