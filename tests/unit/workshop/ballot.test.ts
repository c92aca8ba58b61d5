import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Weighting } from '../../../src/domain/session';
import {
  acceptBallot,
  ballotCode,
  importBallotCode,
  importBallotFile,
  judgementProblems,
  makeBallot,
  parseBallot,
  readBallotCode,
  serialiseBallot,
  withBallot,
  type Ballot,
  type Judgements,
} from '../../../src/domain/workshop';
import { fromBase32, toBase32 } from '../../../src/domain/workshop/base32';
import { crc32 } from '../../../src/domain/workshop/crc32';
import { loadValid } from '../../support/files';
import { advanced, AT, direct, weighted, workshopWith } from '../../support/workshop';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const bundled = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');

const collecting = () => advanced(workshopWith(scenario, ['Ana', 'Ben']), 'START');

/** Every kind of judgement at once. */
const full: Judgements = {
  weighting: { active: 'ahp', direct: { safety: 3, cost: 1.25 }, points: { safety: 70, cost: 30 }, ranking: { safety: 1, cost: 2 }, swing: { safety: 100, cost: 37.5 }, ahp: [{ a: 'cost', b: 'safety', value: 1 / 7 }] },
  scores: [{ option: 'stay-open', criterion: 'cost', score: 12.5, reason: 'Pilots charge more in a storm — “danger money”.' }],
  probabilities: [
    { option: 'close', state: 'storm', branch: 'severe', probability: 0.35, reason: 'Forecast from the Met Office.\nSecond line.' },
    { option: 'close', state: 'storm', branch: 'mild', probability: 0.65, reason: 'The rest.' },
  ],
};

function expectRefused(result: { ok: boolean; problems?: string[] }, problems: string[]) {
  expect(result).toEqual({ ok: false, problems });
}

describe('a ballot file', () => {
  it('round-trips, carrying the workshop, the scenario, the participant and the round', () => {
    const ballot = makeBallot(collecting(), 'ana', full);
    expect(ballot).toMatchObject({ format: 'policy-options.ballot', version: 1, workshop: 'drill-1', scenario: { id: 'harbour-closure', version: '1.0.0' }, participant: 'ana', round: 1 });
    expect(parseBallot(serialiseBallot(ballot))).toEqual({ ok: true, ballot });
  });

  it('is taken into the current round, and the workshop it came to is left as it was', () => {
    const workshop = collecting();
    const before = structuredClone(workshop);
    const result = importBallotFile(workshop, scenario, serialiseBallot(makeBallot(workshop, 'ana', full)), AT);
    expect(result.ok && result.workshop.rounds[0]!.ballots).toEqual({ ana: full });
    expect(result.ok && result.unchanged).toBe(false);
    expect(workshop).toEqual(before);
  });

  it('taken twice is harmless: the identical ballot changes nothing and says so', () => {
    const workshop = collecting();
    const file = serialiseBallot(makeBallot(workshop, 'ana', full));
    const once = importBallotFile(workshop, scenario, file, AT);
    if (!once.ok) throw new Error(once.problems.join('; '));
    const twice = importBallotFile(once.workshop, scenario, file, AT);
    expect(twice.ok && twice.unchanged).toBe(true);
    expect(twice.ok && twice.workshop).toBe(once.workshop);
  });

  it('refuses a second, different ballot from the same participant in the round, unless the facilitator replaces it', () => {
    const workshop = withBallot(collecting(), 'ana', direct({ safety: 1, cost: 1 }), AT);
    const other = makeBallot(workshop, 'ana', direct({ safety: 5, cost: 1 }));
    expectRefused(importBallotFile(workshop, scenario, serialiseBallot(other), AT), ['Ana already has a ballot in round 1 with other judgements; withdraw that one first if this one replaces it']);
    const replaced = acceptBallot(workshop, scenario, other, { replace: true }, AT);
    expect(replaced.ok && replaced.workshop.rounds[0]!.ballots.ana).toEqual(direct({ safety: 5, cost: 1 }));
  });

  it('refuses a ballot for another workshop, or for another version or a changed copy of the scenario', () => {
    const workshop = collecting();
    const before = structuredClone(workshop);
    const ballot = makeBallot(workshop, 'ana', full);
    expectRefused(acceptBallot(workshop, scenario, { ...ballot, workshop: 'drill-2' }), ['this ballot is for another workshop ("drill-2"), not this one ("drill-1")']);
    expectRefused(acceptBallot(workshop, scenario, { ...ballot, scenario: { ...ballot.scenario, version: '1.1.0', hash: 'a'.repeat(64) } }), [
      'this ballot was made for version "1.1.0" of the scenario, but this workshop uses version "1.0.0"',
    ]);
    expectRefused(acceptBallot(workshop, scenario, { ...ballot, scenario: { ...ballot.scenario, hash: 'a'.repeat(64) } }), [
      'this ballot was made for a changed copy of the scenario: version "1.0.0" as here, but with other content',
    ]);
    expectRefused(acceptBallot(workshop, scenario, { ...ballot, scenario: { ...ballot.scenario, id: 'other' } }), ['this ballot is for scenario "other", not this workshop\'s "harbour-closure"']);
    expect(workshop).toEqual(before);
  });

  it('refuses a ballot from someone who is not a participant, or for another round, or while the round is not collecting', () => {
    const workshop = collecting();
    const ballot = makeBallot(workshop, 'ana', full);
    expectRefused(acceptBallot(workshop, scenario, { ...ballot, participant: 'zed' }), ['participant "zed" is not in this workshop']);
    expectRefused(acceptBallot(workshop, scenario, { ...ballot, round: 2 }), ['this ballot is for round 2, but the workshop is at round 1']);
    const revealed = advanced(withBallot(workshop, 'ben', full, AT), 'REVEAL');
    expectRefused(acceptBallot(revealed, scenario, ballot), ['cannot take a ballot while the workshop is revealing round 1']);
    const second = advanced(revealed, 'DISCUSS', 'NEXT_ROUND');
    expectRefused(acceptBallot(second, scenario, ballot), ['this ballot is for round 1, which is over: the workshop is at round 2']);
    expectRefused(acceptBallot(advanced(workshopWith(scenario, ['Ana']), 'START'), scenario, { ...ballot, participant: 'zed', round: 3 }), [
      'participant "zed" is not in this workshop',
      'this ballot is for round 3, but the workshop is at round 1',
    ]);
  });

  it('refuses a ballot from a newer version of the tool, or a damaged file', () => {
    const text = serialiseBallot(makeBallot(collecting(), 'ana', full));
    expectRefused(importBallotFile(collecting(), scenario, text.replace('"version": 1,', '"version": 2,'), AT), [
      'this ballot was saved by a newer version of policy-options (ballot format 2; this one reads up to 1)',
    ]);
    expectRefused(importBallotFile(collecting(), scenario, text.slice(0, 200), AT), [expect.stringMatching(/^the ballot is not valid JSON \(/) as unknown as string]);
    expectRefused(importBallotFile(collecting(), scenario, text.replace('"ana"', '"Ana!"'), AT), ['participant: must be a short id of lower-case letters, digits, "-" or "_", starting with a letter or digit']);
  });

  it('refuses judgements that do not fit the scenario, each said in words', () => {
    const workshop = collecting();
    const judge = (judgements: Judgements) => acceptBallot(workshop, scenario, makeBallot(workshop, 'ana', judgements));
    expectRefused(judge(direct({ safety: 1, speed: 2 })), ['the weights name criterion "speed", which the scenario does not have']);
    expectRefused(judge(direct({ safety: 0, cost: 0 })), ['the weights cannot count: at least one criterion needs a positive weight']);
    expectRefused(judge(weighted({ active: 'points', direct: { safety: 1, cost: 1 }, points: { safety: 60, cost: 30 } })), ['the weights cannot count yet: the 100-point allocation adds up to 90, not 100']);
    expectRefused(judge(weighted({ active: 'ahp', direct: { safety: 1, cost: 1 }, ahp: [] })), ['the weights cannot count yet: the pairwise comparisons do not link every criterion yet']);
    expectRefused(judge({ ...direct({ safety: 1 }), scores: [{ option: 'close', criterion: 'safety', score: 11, reason: 'Why not.' }, { option: 'gone', criterion: 'cost', score: 1, reason: 'Why not.' }] }), [
      'the score view of "Close the harbour" on "Safety" is 11, off the criterion\'s scale of 0 to 10',
      'a score view is about option "gone", which the scenario does not have',
    ]);
    expectRefused(
      judge({
        ...direct({ safety: 1 }),
        probabilities: [
          { option: 'close', state: 'when', branch: 'now', probability: 0.5, reason: 'A decision.' },
          { option: 'close', state: 'storm', branch: 'hurricane', probability: 0.1, reason: 'Worse.' },
          { option: 'nowhere', state: 'storm', branch: 'mild', probability: 0.1, reason: 'Lost.' },
        ],
      }),
      [
        'a probability view is about "when" in "Close the harbour", which is not an uncertain outcome there',
        'a probability view is about branch "hurricane" of "How bad is the storm?", which has no such branch',
        'a probability view is about option "nowhere", which the scenario does not have',
      ],
    );
    expect(judgementProblems(full, scenario)).toEqual([]);
  });
});

describe('a ballot code', () => {
  it('round-trips every kind of judgement, in groups of four characters, and is short for weights alone', () => {
    const workshop = collecting();
    const ballot = makeBallot(workshop, 'ana', full);
    const code = ballotCode(ballot, scenario);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(readBallotCode(code, workshop, scenario)).toEqual({ ok: true, ballot });
    expect(ballotCode(makeBallot(workshop, 'ana', direct({ safety: 20, cost: 5 })), scenario).length).toBeLessThanOrEqual(50);
  });

  it('for the bundled brief, direct weights on its 15 criteria come to about a hundred characters', () => {
    const workshop = advanced(workshopWith(bundled, ['Ana']), 'START');
    const weights = Object.fromEntries(bundled.criteria.map((c, i) => [c.id, 10 + i * 5]));
    const ballot = makeBallot(workshop, 'ana', direct(weights));
    const code = ballotCode(ballot, bundled);
    expect(code.replaceAll('-', '').length).toBeLessThanOrEqual(90);
    expect(readBallotCode(code, workshop, bundled)).toEqual({ ok: true, ballot });
  });

  it('reads as typed by hand: any case, spaces for hyphens, O for 0 and I or L for 1', () => {
    const workshop = collecting();
    const ballot = makeBallot(workshop, 'ana', direct({ safety: 20, cost: 5 }));
    const code = ballotCode(ballot, scenario);
    const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(readBallotCode(typed, workshop, scenario)).toEqual({ ok: true, ballot });
  });

  it('round-trips any weights, judgements and reasons exactly', () => {
    const criterion = fc.constantFrom('safety', 'cost');
    const weight = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100));
    const record = (value: fc.Arbitrary<number>) => fc.dictionary(criterion, value, { minKeys: 0, maxKeys: 2 });
    const saaty = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }).map((n) => 1 / n), fc.double({ min: 1 / 9, max: 9, noNaN: true }));
    const reason = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(s));
    const weighting: fc.Arbitrary<Weighting> = fc.record(
      {
        active: fc.constantFrom('direct', 'points', 'ranking', 'swing', 'ahp'),
        direct: record(weight),
        points: record(fc.integer({ min: 0, max: 100 })),
        ranking: record(fc.integer({ min: 1, max: 2 })),
        swing: record(fc.double({ min: 0, max: 100, noNaN: true })),
        ahp: fc.array(fc.record({ a: criterion, b: criterion, value: saaty }), { maxLength: 3 }),
      },
      { requiredKeys: ['active', 'direct'] },
    );
    const judgements: fc.Arbitrary<Judgements> = fc.record({
      weighting,
      scores: fc.uniqueArray(fc.record({ option: fc.constantFrom('close', 'stay-open'), criterion, score: fc.double({ min: -1e6, max: 1e6, noNaN: true }), reason }), { maxLength: 4, selector: (v) => `${v.option}/${v.criterion}` }),
      probabilities: fc.uniqueArray(fc.record({ option: fc.constant('close'), state: fc.constant('storm'), branch: fc.constantFrom('mild', 'severe'), probability: fc.double({ min: 0, max: 1, noNaN: true }), reason }), {
        maxLength: 2,
        selector: (v) => v.branch,
      }),
    });
    const workshop = collecting();
    fc.assert(
      fc.property(judgements, fc.constantFrom('ana', 'ben'), (j, participant) => {
        const ballot = makeBallot(workshop, participant, j);
        expect(readBallotCode(ballotCode(ballot, scenario), workshop, scenario)).toEqual({ ok: true, ballot });
      }),
    );
  });

  it('catches any one mistyped character, and any two neighbours swapped', () => {
    const workshop = collecting();
    const code = ballotCode(makeBallot(workshop, 'ana', full), scenario).replaceAll('-', '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(fc.nat(code.length - 1), fc.constantFrom(...alphabet), (at, ch) => {
        fc.pre(code[at] !== ch);
        expect(readBallotCode(code.slice(0, at) + ch + code.slice(at + 1), workshop, scenario).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.nat(code.length - 2), (at) => {
        fc.pre(code[at] !== code[at + 1]);
        expect(readBallotCode(code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2), workshop, scenario).ok).toBe(false);
      }),
    );
  });

  it('refuses a damaged, cut or empty code, or one with a character no code has, saying why', () => {
    const workshop = collecting();
    const code = ballotCode(makeBallot(workshop, 'ana', full), scenario);
    const problemsOf = (text: string) => readBallotCode(text, workshop, scenario);
    const flipped = code.slice(0, 12) + (code[12] === 'Z' ? 'Y' : 'Z') + code.slice(13);
    expectRefused(problemsOf(flipped), ['the code does not check: a character is mistyped, missing or extra (read it again group by group)']);
    expectRefused(problemsOf(code.slice(0, -5)), ['the code does not check: a character is mistyped, missing or extra (read it again group by group)']);
    expectRefused(problemsOf(code.slice(0, 10)), ['the code is too short to be a ballot: part of it is missing']);
    expectRefused(problemsOf(' - '), ['the code is empty']);
    expectRefused(problemsOf(`${code.slice(0, 5)}U${code.slice(6)}`), ['character 6 of the code, "U", cannot be in a code (it uses the digits and the letters other than I, L, O and U)']);
    expectRefused(problemsOf(`${code}\u202E`), ['character 50 of the code, "\\u{202E}", cannot be in a code (it uses the digits and the letters other than I, L, O and U)'.replace('50', String(code.length + 1))]);
  });

  it('is checked by the standard CRC-32', () => {
    // The check value of CRC-32 (IEEE) for the ASCII digits 1 to 9.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  /** A code around bytes of our own making, with a good check, as a newer or broken tool might write. */
  function codeFor(body: number[]): string {
    const check = crc32(Uint8Array.from(body));
    return toBase32(Uint8Array.from([...body, check >>> 24, (check >>> 16) & 255, (check >>> 8) & 255, check & 255]));
  }

  it('refuses a code from a newer version of the tool, and one that checks but holds what no ballot could', () => {
    const workshop = collecting();
    const good = ballotCode(makeBallot(workshop, 'ana', direct({ safety: 1, cost: 1 })), scenario);
    expectRefused(readBallotCode(codeFor([2, 0, 0, 0, 0, 0, 0]), workshop, scenario), ['this code was made by a newer version of policy-options (ballot code version 2; this one reads up to 1)']);
    // A header for this workshop and scenario, then a participant and round, then a method this version does not know.
    const read = fromBase32(good);
    if (!read.ok) throw new Error(read.problem);
    const header = [...read.bytes.subarray(0, 7)];
    expectRefused(readBallotCode(codeFor([...header, 3, 97, 110, 97, 1, 9]), workshop, scenario), ['the code is damaged: it names a weighting method this version does not know']);
    expectRefused(readBallotCode(codeFor([...header, 3, 97, 110]), workshop, scenario), ['the code is damaged: it ends too soon']);
    // Direct weights (bitmap 1: safety), then a score view of option 7, which the scenario does not have.
    expectRefused(readBallotCode(codeFor([...header, 3, 97, 110, 97, 1, 0, 0, 1, 0, 2, 1, 7, 0, 0, 2, 0, 1, 120, 0]), workshop, scenario), ['the code is damaged: it names option 8, which the scenario does not have']);
    expectRefused(readBallotCode(codeFor([...header, 3, 97, 110, 97, 1, 0, 0, 1, 0, 2, 0, 0, 99]), workshop, scenario), ['the code is damaged: it goes on after the ballot ends']);
  });

  it('refuses a code for another workshop or for another version of the scenario', () => {
    const workshop = collecting();
    const ballot = makeBallot(workshop, 'ana', direct({ safety: 1, cost: 1 }));
    expectRefused(readBallotCode(ballotCode({ ...ballot, workshop: 'drill-2' }, scenario), workshop, scenario), ['this code is for another workshop, not "Storm drill"']);
    expectRefused(readBallotCode(ballotCode({ ...ballot, scenario: { ...ballot.scenario, hash: `ff${ballot.scenario.hash.slice(2)}` } }, scenario), workshop, scenario), [
      'this code was made for another version of the scenario than this workshop\'s ("harbour-closure" version "1.0.0")',
    ]);
  });

  it('is refused, once read, for the same reasons as a file: an unknown participant, a duplicate, a closed round', () => {
    const workshop = collecting();
    expectRefused(importBallotCode(workshop, scenario, ballotCode(makeBallot(workshop, 'zed', direct({ safety: 1, cost: 1 })), scenario), AT), ['participant "zed" is not in this workshop']);
    const voted = withBallot(workshop, 'ana', direct({ safety: 1, cost: 1 }), AT);
    expectRefused(importBallotCode(voted, scenario, ballotCode(makeBallot(voted, 'ana', direct({ safety: 2, cost: 1 })), scenario), AT), [
      'Ana already has a ballot in round 1 with other judgements; withdraw that one first if this one replaces it',
    ]);
    const accepted = importBallotCode(voted, scenario, ballotCode(makeBallot(voted, 'ben', direct({ safety: 2, cost: 1 })), scenario), AT);
    expect(accepted.ok && Object.keys(accepted.workshop.rounds[0]!.ballots)).toEqual(['ana', 'ben']);
  });

  it('refuses hostile text inside a code: control characters in a reason, an id outside the pattern', () => {
    const workshop = collecting();
    const hidden = makeBallot(workshop, 'ana', { ...direct({ safety: 1, cost: 1 }), scores: [{ option: 'close', criterion: 'cost', score: 5, reason: 'fine\u202Eenif' }] });
    expectRefused(readBallotCode(ballotCode(hidden, scenario), workshop, scenario), ['judgements.scores[0].reason: holds the invisible control character U+202E at character 5; remove it']);
    expectRefused(readBallotCode(ballotCode({ ...hidden, participant: '__proto__', judgements: direct({ safety: 1 }) } as Ballot, scenario), workshop, scenario), [
      'participant: must be a short id of lower-case letters, digits, "-" or "_", starting with a letter or digit',
    ]);
  });

  it('cannot be made from judgements about things the scenario does not have', () => {
    const ballot = makeBallot(collecting(), 'ana', direct({ safety: 1, speed: 1 }));
    expect(() => ballotCode(ballot, scenario)).toThrow('cannot put "speed" in a ballot code: the scenario has no such criterion');
  });
});

