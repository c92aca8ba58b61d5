import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { issueMessages } from '../format/versioned';
import { own } from '../records/own';
import type { Scenario } from '../scenario/schema';
import { q } from '../text/quote';
import { WEIGHTING_METHODS, type Weighting } from '../session/schema';
import { fromBase32, grouped, toBase32 } from './base32';
import { BALLOT_FORMAT, BALLOT_VERSION, BallotSchema, type Ballot, type BallotReadResult } from './ballot';
import { ByteReader, ByteWriter } from './bytes';
import { crc32 } from './crc32';
import type { Judgements, Workshop } from './schema';

/**
 * A ballot as a short code that can be read out or pasted, for a participant
 * whose device cannot pass a file. The code holds the judgements by position
 * in the scenario (criteria, options, the option's states in id order, and
 * branches), which is what makes it short: direct weights come to about 40
 * characters for two criteria, 85 for the bundled brief's fifteen. Its
 * layout, in `bytes.ts`'s forms:
 *
 *   1 byte   code version (1)
 *   2 bytes  the workshop: the start of the SHA-256 of its id
 *   4 bytes  the scenario: the start of its content hash
 *   text     the participant's id; varint the round
 *   byte     the method in force (its place in WEIGHTING_METHODS)
 *   byte     which of points, ranking, swing and AHP the weighting holds (bits 0 to 3)
 *   records  direct, then points, ranking and swing where held: a bitmap of the
 *            criteria present, then their values in criterion order
 *   AHP      where held: a count, then each judgement's two criterion positions and value
 *   views    a count of score views, each option, criterion, score and reason;
 *            a count of probability views, each option, state, branch, probability and reason
 *   4 bytes  CRC-32 of all of the above, so a mistyped or missing character is caught
 *
 * The characters are Crockford's base 32 in groups of four.
 */
export const BALLOT_CODE_VERSION = 1;

const OPTIONAL_RECORDS = ['points', 'ranking', 'swing'] as const;
const AHP_BIT = 1 << OPTIONAL_RECORDS.length;
const HEADER_BYTES = 7;
const CHECK_BYTES = 4;

/** The ballot as a code. The ballot must name only criteria, options, states and branches the scenario has (see `judgementProblems`); otherwise this throws. */
export function ballotCode(ballot: Ballot, scenario: Scenario): string {
  const out = new ByteWriter();
  out.byte(BALLOT_CODE_VERSION);
  for (const b of workshopTag(ballot.workshop)) out.byte(b);
  for (const b of scenarioTag(ballot.scenario.hash)) out.byte(b);
  out.text(ballot.participant);
  out.varint(ballot.round);
  writeWeighting(out, ballot.judgements.weighting, scenario);
  writeViews(out, ballot.judgements, scenario);
  const body = out.bytes();
  const check = crc32(body);
  return grouped(toBase32(Uint8Array.from([...body, check >>> 24, (check >>> 16) & 255, (check >>> 8) & 255, check & 255])));
}

/**
 * The ballot a code holds, read for this workshop and its scenario. Refused,
 * with why: characters that cannot be in a code, a code that does not check
 * (mistyped, damaged or cut short), one from a newer version of the tool, one
 * for another workshop or another version of the scenario, or judgements that
 * break the ballot format's rules.
 */
export function readBallotCode(code: string, workshop: Workshop, scenario: Scenario): BallotReadResult {
  const decoded = fromBase32(code);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const bytes = decoded.bytes;
  if (bytes.length === 0) return { ok: false, problems: ['the code is empty'] };
  if (bytes.length < HEADER_BYTES + CHECK_BYTES) return { ok: false, problems: ['the code is too short to be a ballot: part of it is missing'] };
  const body = bytes.subarray(0, bytes.length - CHECK_BYTES);
  const check = bytes.subarray(bytes.length - CHECK_BYTES);
  const expected = crc32(body);
  if (check[0] !== expected >>> 24 || check[1] !== ((expected >>> 16) & 255) || check[2] !== ((expected >>> 8) & 255) || check[3] !== (expected & 255)) {
    return { ok: false, problems: ['the code does not check: a character is mistyped, missing or extra (read it again group by group)'] };
  }
  const version = body[0]!;
  if (version > BALLOT_CODE_VERSION) return { ok: false, problems: [`this code was made by a newer version of policy-options (ballot code version ${version}; this one reads up to ${BALLOT_CODE_VERSION})`] };
  if (version < 1) return { ok: false, problems: [`the code is damaged: it has no ballot code version (it says ${version})`] };
  const problems: string[] = [];
  if (!sameBytes(body.subarray(1, 3), workshopTag(workshop.id))) problems.push(`this code is for another workshop, not ${q(workshop.title)}`);
  if (!sameBytes(body.subarray(3, HEADER_BYTES), scenarioTag(workshop.scenario.hash))) {
    problems.push(`this code was made for another version of the scenario than this workshop's (${q(workshop.scenario.id)} version ${q(workshop.scenario.version)})`);
  }
  if (problems.length > 0) return { ok: false, problems };
  let ballot: unknown;
  try {
    const input = new ByteReader(body.subarray(HEADER_BYTES));
    ballot = {
      format: BALLOT_FORMAT,
      version: BALLOT_VERSION,
      workshop: workshop.id,
      scenario: workshop.scenario,
      participant: input.text(),
      round: input.varint(),
      judgements: { weighting: readWeighting(input, scenario), ...readViews(input, scenario) },
    };
    if (!input.done) throw new RangeError('it goes on after the ballot ends');
  } catch (error) {
    return { ok: false, problems: [`the code is damaged: ${(error as Error).message}`] };
  }
  const parsed = BallotSchema.safeParse(ballot);
  return parsed.success ? { ok: true, ballot: parsed.data } : { ok: false, problems: issueMessages(parsed.error) };
}

function workshopTag(workshopId: string): Uint8Array {
  return sha256(utf8ToBytes(workshopId)).subarray(0, 2);
}

function scenarioTag(hash: string): Uint8Array {
  return hexToBytes(hash.slice(0, 8));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The position of an id in a list, or a RangeError naming what is missing. */
function positionOf(ids: readonly string[], id: string, what: string): number {
  const at = ids.indexOf(id);
  if (at < 0) throw new RangeError(`cannot put ${q(id)} in a ballot code: the scenario has no such ${what}`);
  return at;
}

/** The id at a position, or a RangeError: a code that checks cannot point past the scenario unless it was made for another. */
function idAt(ids: readonly string[], at: number, what: string): string {
  const id = ids[at];
  if (id === undefined) throw new RangeError(`it names ${what} ${at + 1}, which the scenario does not have`);
  return id;
}

/** An option's state ids in id order: the content hash does not depend on their order in the file, so neither may the code. */
function stateIds(scenario: Scenario, optionId: string): string[] {
  const option = scenario.options.find((o) => o.id === optionId);
  return Object.keys(option?.machine.states ?? {}).sort();
}

function branchIds(scenario: Scenario, optionId: string, stateId: string): string[] {
  const state = own(scenario.options.find((o) => o.id === optionId)?.machine.states ?? {}, stateId);
  return state && state.kind !== 'outcome' ? state.choices.map((c) => c.id) : [];
}

function writeRecord(out: ByteWriter, record: Record<string, number>, criteria: readonly string[]): void {
  for (const id of Object.keys(record)) positionOf(criteria, id, 'criterion');
  const present = criteria.map((id) => own(record, id) !== undefined);
  for (let start = 0; start < criteria.length; start += 8) out.byte(present.slice(start, start + 8).reduce((bits, p, i) => bits | (p ? 1 << i : 0), 0));
  criteria.forEach((id) => {
    const value = own(record, id);
    if (value !== undefined) out.number(value);
  });
}

function readRecord(input: ByteReader, criteria: readonly string[]): Record<string, number> {
  const present: boolean[] = [];
  for (let start = 0; start < criteria.length; start += 8) {
    const bits = input.byte();
    for (let i = 0; i < 8 && start + i < criteria.length; i++) present.push((bits & (1 << i)) !== 0);
  }
  return Object.fromEntries(criteria.flatMap((id, i) => (present[i] ? [[id, input.number()]] : [])));
}

function writeWeighting(out: ByteWriter, weighting: Weighting, scenario: Scenario): void {
  const criteria = scenario.criteria.map((c) => c.id);
  out.byte(WEIGHTING_METHODS.indexOf(weighting.active));
  out.byte(OPTIONAL_RECORDS.reduce((bits, key, i) => bits | (weighting[key] ? 1 << i : 0), weighting.ahp ? AHP_BIT : 0));
  writeRecord(out, weighting.direct, criteria);
  for (const key of OPTIONAL_RECORDS) {
    const record = weighting[key];
    if (record) writeRecord(out, record, criteria);
  }
  if (weighting.ahp) {
    out.varint(weighting.ahp.length);
    for (const j of weighting.ahp) {
      out.varint(positionOf(criteria, j.a, 'criterion'));
      out.varint(positionOf(criteria, j.b, 'criterion'));
      out.number(j.value);
    }
  }
}

function readWeighting(input: ByteReader, scenario: Scenario): Weighting {
  const criteria = scenario.criteria.map((c) => c.id);
  const active = WEIGHTING_METHODS[input.byte()];
  if (active === undefined) throw new RangeError('it names a weighting method this version does not know');
  const held = input.byte();
  const weighting: Weighting = { active, direct: readRecord(input, criteria) };
  OPTIONAL_RECORDS.forEach((key, i) => {
    if (held & (1 << i)) weighting[key] = readRecord(input, criteria);
  });
  if (held & AHP_BIT) {
    const count = input.varint();
    weighting.ahp = [];
    for (let k = 0; k < count; k++) weighting.ahp.push({ a: idAt(criteria, input.varint(), 'criterion'), b: idAt(criteria, input.varint(), 'criterion'), value: input.number() });
  }
  return weighting;
}

function writeViews(out: ByteWriter, judgements: Judgements, scenario: Scenario): void {
  const options = scenario.options.map((o) => o.id);
  const criteria = scenario.criteria.map((c) => c.id);
  out.varint(judgements.scores.length);
  for (const view of judgements.scores) {
    out.varint(positionOf(options, view.option, 'option'));
    out.varint(positionOf(criteria, view.criterion, 'criterion'));
    out.number(view.score);
    out.text(view.reason);
  }
  out.varint(judgements.probabilities.length);
  for (const view of judgements.probabilities) {
    out.varint(positionOf(options, view.option, 'option'));
    out.varint(positionOf(stateIds(scenario, view.option), view.state, 'state'));
    out.varint(positionOf(branchIds(scenario, view.option, view.state), view.branch, 'branch'));
    out.number(view.probability);
    out.text(view.reason);
  }
}

function readViews(input: ByteReader, scenario: Scenario): Pick<Judgements, 'scores' | 'probabilities'> {
  const options = scenario.options.map((o) => o.id);
  const criteria = scenario.criteria.map((c) => c.id);
  const scores: Judgements['scores'] = [];
  for (let count = input.varint(), k = 0; k < count; k++) {
    scores.push({ option: idAt(options, input.varint(), 'option'), criterion: idAt(criteria, input.varint(), 'criterion'), score: input.number(), reason: input.text() });
  }
  const probabilities: Judgements['probabilities'] = [];
  for (let count = input.varint(), k = 0; k < count; k++) {
    const option = idAt(options, input.varint(), 'option');
    const state = idAt(stateIds(scenario, option), input.varint(), 'state');
    probabilities.push({ option, state, branch: idAt(branchIds(scenario, option, state), input.varint(), 'branch'), probability: input.number(), reason: input.text() });
  }
  return { scores, probabilities };
}
