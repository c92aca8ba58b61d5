import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readVersioned } from '../../../src/domain/format/versioned';
import { scenarioContentHash } from '../../../src/domain/scenario';
import {
  BALLOT_MIGRATIONS,
  LINE_LENGTH,
  parseWorkshop,
  participantLabel,
  serialiseWorkshop,
  withAggregation,
  withAnonymous,
  withBallot,
  withDetails,
  withoutParticipant,
  withParticipant,
  withPlanPath,
  withStepNote,
  WORKSHOP_MIGRATIONS,
  WORKSHOP_VERSION,
  WorkshopSchema,
  type Workshop,
} from '../../../src/domain/workshop';
import { WORKSHOP_FILE } from '../../../src/domain/workshop/codec';
import { loadValid, read } from '../../support/files';
import { advanced, AT, direct, workshopWith } from '../../support/workshop';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');

/** Two rounds, every kind of judgement, notes on the plan, names hidden and the median in force. */
function richWorkshop(): Workshop {
  let w = advanced(workshopWith(scenario, ['Ana', 'Ben']), 'START');
  w = withBallot(
    w,
    'ana',
    {
      weighting: { active: 'ahp', direct: { safety: 3, cost: 1 }, points: { safety: 70, cost: 30 }, ranking: { safety: 1, cost: 2 }, swing: { safety: 100, cost: 40 }, ahp: [{ a: 'safety', b: 'cost', value: 1 / 3 }] },
      scores: [{ option: 'close', criterion: 'safety', score: 7.5, reason: 'Boats stay in.\nAll of them.' }],
      probabilities: [{ option: 'close', state: 'storm', branch: 'severe', probability: 0.45, reason: 'The forecast\tworsened.' }],
    },
    AT,
  );
  w = withBallot(w, 'ben', direct({ safety: 1, cost: 1 }), AT);
  w = advanced(w, 'REVEAL', 'DISCUSS', 'NEXT_ROUND');
  w = withBallot(w, 'ben', direct({ safety: 2, cost: 1 }), AT);
  w = withPlanPath(w, 'close', [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'mild', known: true }], AT);
  w = withStepNote(w, 'close', 'when', 'The harbour master insists.', AT);
  return withAggregation(withAnonymous(w, true, AT), 'median', AT);
}

const problemsOf = (data: unknown) => {
  const result = parseWorkshop(JSON.stringify(data));
  return result.ok ? [] : result.problems;
};

describe('the workshop file', () => {
  it('round-trips: what is saved reads back as the same workshop', () => {
    const workshop = richWorkshop();
    expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
    expect(parseWorkshop(serialiseWorkshop(workshop))).toEqual({ ok: true, workshop });
  });

  it('round-trips whatever names, roles and notes people type, short of control characters', () => {
    const line = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.tuple(line, line), { minLength: 1, maxLength: 6 }), line, (people, note) => {
        let w = workshopWith(scenario, []);
        people.forEach(([name, role], i) => (w = withParticipant(w, { id: `p${i}`, name, role, organisation: '' }, AT)));
        w = withStepNote(w, 'close', 'when', note, AT);
        expect(parseWorkshop(serialiseWorkshop(w))).toEqual({ ok: true, workshop: w });
      }),
    );
  });

  it('reads the version 1 file saved in the fixtures, as every later version will have to', () => {
    const result = parseWorkshop(read('tests/fixtures/workshops/v1-harbour.json'));
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.workshop).toMatchObject({
      version: 1,
      scenario: { id: 'harbour-closure', version: '1.0.0', hash: scenarioContentHash(scenario) },
      participants: [{ id: 'ana' }, { id: 'ben' }],
      rounds: [{ number: 1, revealed: true }, { number: 2, revealed: false }],
      flow: 'collecting',
    });
  });

  it('has a numbered migration for every version after the first (none yet), for workshops and ballots', () => {
    expect(WORKSHOP_MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: WORKSHOP_VERSION - 1 }, (_, i) => [i + 1, i + 2]));
    expect(BALLOT_MIGRATIONS).toEqual([]);
  });

  it('is read through its migrations: a version 2 with a migration from 1 reads a version 1 file', () => {
    // The mechanism a real version 2 will use: the reader applies each numbered step before checking the shape.
    const nextFormat = {
      ...WORKSHOP_FILE,
      version: 2,
      schema: WorkshopSchema.transform((w) => w),
      migrations: [{ from: 1, to: 2, change: 'for the test', up: (v1: Record<string, unknown>) => ({ ...v1, version: 1, title: `${v1.title as string} (migrated)` }) }],
    };
    const result = readVersioned(nextFormat, read('tests/fixtures/workshops/v1-harbour.json'));
    expect(result.ok && result.value.title).toBe('Storm drill (migrated)');
    const missing = readVersioned({ ...nextFormat, version: 3 }, read('tests/fixtures/workshops/v1-harbour.json'));
    expect(missing).toEqual({ ok: false, problems: ['there is no way to read workshop format 2 (this version of policy-options reads 1 to 3)'] });
  });

  it.each([
    ['a newer format', { version: 2 }, 'this workshop was saved by a newer version of policy-options (workshop format 2; this one reads up to 1)'],
    ['a version that is not a whole number', { version: 1.5 }, 'version: the workshop format version must be a whole number from 1 (it is 1.5)'],
    ['another kind of file', { format: 'policy-options.session' }, 'this is not a policy-options workshop file (no "format": "policy-options.workshop")'],
  ])('refuses %s, saying why', (_, change, message) => {
    expect(problemsOf({ ...richWorkshop(), ...change })).toEqual([message]);
  });

  it('refuses text that is not JSON', () => {
    const result = parseWorkshop('{"format": "policy-options.workshop",');
    expect(result.ok === false && result.problems[0]).toMatch(/^the workshop is not valid JSON \(/);
  });

  it('refuses what does not hang together, each problem where it is', () => {
    const w = richWorkshop();
    const [first, second] = w.rounds;
    expect(problemsOf({ ...w, participants: [...w.participants, { ...w.participants[0]!, name: 'Another Ana' }] })).toEqual(['participants[2].id: another participant already has the id "ana"']);
    expect(problemsOf({ ...w, rounds: [first, { ...second!, ballots: { ...second!.ballots, zed: second!.ballots.ben } }] })).toEqual(['rounds[1].ballots.zed: no participant has this id']);
    expect(problemsOf({ ...w, rounds: [{ ...first!, number: 2 }, second] })).toEqual(['rounds[0].number: round 1 is numbered 2']);
    expect(problemsOf({ ...w, rounds: [{ ...first!, revealed: false }, second] })).toEqual(['rounds[0].revealed: a round before the current one must have been revealed']);
    expect(problemsOf({ ...w, rounds: [first, { ...second!, revealed: true, ballots: {} }], flow: 'reveal' })).toEqual(['rounds[1].revealed: a round with no ballots cannot have been revealed']);
    expect(problemsOf({ ...w, flow: 'setup' })).toEqual(['flow: a workshop in set-up has one round, with no ballots yet']);
    expect(problemsOf({ ...w, flow: 'discussion' })).toEqual(['flow: the current round must have been revealed to be in discussion']);
    expect(problemsOf({ ...w, rounds: [{ ...first!, revealed: false }], flow: 'decided' })).toEqual(['flow: a decided workshop has revealed at least one round']);
    expect(problemsOf({ ...w, flow: 'adjourned' })).toEqual(['flow: must be one of "setup", "collecting", "reveal", "discussion", "decided"']);
  });

  it('refuses a second view of the same thing in one ballot, and a view without a reason', () => {
    const w = richWorkshop();
    const ana = w.rounds[0]!.ballots.ana!;
    const twice = { ...ana, scores: [...ana.scores, { ...ana.scores[0]!, score: 2 }], probabilities: [...ana.probabilities, { ...ana.probabilities[0]!, reason: '  ' }] };
    expect(problemsOf({ ...w, rounds: [{ ...w.rounds[0]!, ballots: { ...w.rounds[0]!.ballots, ana: twice } }, w.rounds[1]] })).toEqual([
      'rounds[0].ballots.ana.scores[1]: a second view of the same option on the same criterion; keep one',
      'rounds[0].ballots.ana.probabilities[1].reason: give a reason for this view',
      'rounds[0].ballots.ana.probabilities[1]: a second view of the same branch; keep one',
    ]);
  });
});

describe('hostile workshop files', () => {
  it('keep prototype-named ids as plain data: a participant, a ballot and a plan called "constructor"', () => {
    let w = advanced(workshopWith(scenario, ['Constructor']), 'START');
    w = withBallot(w, 'constructor', direct({ safety: 1, cost: 2 }), AT);
    w = withPlanPath(w, 'constructor', [{ state: 'when', choice: 'now' }], AT);
    w = withStepNote(w, 'constructor', 'constructor', 'A note.', AT);
    const result = parseWorkshop(serialiseWorkshop(w));
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(Object.keys(result.workshop.rounds[0]!.ballots)).toEqual(['constructor']);
    expect(result.workshop.plan.notes).toEqual({ constructor: { constructor: 'A note.' } });
    expect(Object.getPrototypeOf(result.workshop.plan.notes)).toBe(Object.prototype);
    expect(participantLabel(result.workshop, 'constructor')).toBe('Constructor');
    expect(participantLabel(result.workshop, 'toString')).toBe('participant "toString"');
  });

  it('refuse "__proto__" as an id, and never take a "__proto__" key for a prototype', () => {
    const w = workshopWith(scenario, ['Ana']);
    const asId = parseWorkshop(serialiseWorkshop(w).replace('"id": "ana"', '"id": "__proto__"'));
    expect(asId.ok === false && asId.problems).toEqual(['participants[0].id: must be a short id of lower-case letters, digits, "-" or "_", starting with a letter or digit']);
    // JSON.parse makes "__proto__" an own key; the schema's records drop it rather than set a prototype.
    const asKey = parseWorkshop(serialiseWorkshop(w).replace('"progress": {}', '"progress": { "__proto__": [{ "state": "when", "choice": "now" }] }'));
    if (!asKey.ok) throw new Error(asKey.problems.join('; '));
    expect(Object.getPrototypeOf(asKey.workshop.plan.progress)).toBe(Object.prototype);
    expect(Object.keys(asKey.workshop.plan.progress)).toEqual([]);
  });

  it(`refuse names, roles and titles over ${LINE_LENGTH} characters (a 5,000-character name), and notes over 20,000`, () => {
    const w = workshopWith(scenario, ['Ana']);
    const long = 'N'.repeat(5000);
    expect(problemsOf({ ...w, participants: [{ ...w.participants[0]!, name: long, role: long }], title: long })).toEqual([
      'title: is longer than the 200 characters a one-line entry may have',
      'participants[0].name: is longer than the 200 characters a one-line entry may have',
      'participants[0].role: is longer than the 200 characters a one-line entry may have',
    ]);
    expect(problemsOf({ ...w, plan: { progress: {}, notes: { close: { when: 'n'.repeat(20_001) } } } })).toEqual(['plan.notes.close.when: is longer than the 20000 characters a note may have']);
    expect(problemsOf({ ...w, participants: [{ ...w.participants[0]!, name: 'N'.repeat(LINE_LENGTH) }] })).toEqual([]);
  });

  it('refuse control and bidi-override characters in names and notes, saying which and where; tabs and line breaks only in notes', () => {
    const w = workshopWith(scenario, ['Ana']);
    const person = w.participants[0]!;
    expect(problemsOf({ ...w, participants: [{ ...person, name: 'Ana\u202Egnissim' }] })).toEqual(['participants[0].name: holds the invisible control character U+202E at character 4; remove it']);
    expect(problemsOf({ ...w, participants: [{ ...person, organisation: '\u001B[2JHQ' }] })).toEqual(['participants[0].organisation: holds the invisible control character U+001B at character 1; remove it']);
    expect(problemsOf({ ...w, facilitator: 'Line one\nLine two' })).toEqual(['facilitator: must be one line, without tabs or line breaks']);
    expect(problemsOf({ ...w, participants: [{ ...person, name: '   ' }] })).toEqual(['participants[0].name: must not be empty']);
    expect(problemsOf({ ...w, plan: { progress: {}, notes: { close: { when: 'fine\tand\nfine' } } } })).toEqual([]);
    expect(problemsOf({ ...w, plan: { progress: {}, notes: { close: { when: 'hidden\u2066text' } } } })).toEqual(['plan.notes.close.when: holds the invisible control character U+2066 at character 7; remove it']);
  });
});

describe('changing a workshop', () => {
  it('adds a participant, or updates the one with the same id in its place', () => {
    const w = workshopWith(scenario, ['Ana', 'Ben']);
    const renamed = withParticipant(w, { id: 'ana', name: 'Ana B.', role: 'Lead', organisation: 'Navy' }, AT);
    expect(renamed.participants.map((p) => p.name)).toEqual(['Ana B.', 'Ben']);
    expect(w.participants.map((p) => p.name)).toEqual(['Ana', 'Ben']);
  });

  it('removes a participant only while they have no judgements, which are never lost', () => {
    const w = advanced(workshopWith(scenario, ['Ana', 'Ben']), 'START');
    const removed = withoutParticipant(w, 'ben', AT);
    expect(removed.ok && removed.workshop.participants.map((p) => p.id)).toEqual(['ana']);
    const voted = withBallot(w, 'ben', direct({ safety: 1, cost: 1 }), AT);
    expect(withoutParticipant(voted, 'ben', AT)).toEqual({ ok: false, problems: ['Ben has judgements in round 1; they stay with the workshop'] });
  });

  it('adds, replaces and removes a note on a step, leaving the other notes alone', () => {
    let w = withStepNote(workshopWith(scenario, []), 'close', 'when', 'First.', AT);
    w = withStepNote(w, 'close', 'storm', 'Second.', AT);
    w = withStepNote(w, 'stay-open', 'warn', 'Third.', AT);
    w = withStepNote(w, 'close', 'when', 'First, again.', AT);
    expect(w.plan.notes).toEqual({ close: { storm: 'Second.', when: 'First, again.' }, 'stay-open': { warn: 'Third.' } });
    w = withStepNote(withStepNote(w, 'close', 'when', '', AT), 'close', 'storm', '', AT);
    expect(w.plan.notes).toEqual({ 'stay-open': { warn: 'Third.' } });
  });

  it('names participants in anonymous mode by their place only', () => {
    const w = withAnonymous(workshopWith(scenario, ['Ana', 'Ben']), true, AT);
    expect(['ana', 'ben'].map((id) => participantLabel(w, id))).toEqual(['Participant 1', 'Participant 2']);
    expect(participantLabel(withAnonymous(w, false, AT), 'ben')).toBe('Ben');
  });

  it('stamps every change with its time and leaves the workshop it was given as it was', () => {
    const w = workshopWith(scenario, ['Ana']);
    const later = new Date('2026-12-02T10:00:00.000Z');
    const changed = withDetails(w, { title: 'Second drill', date: '2026-12-02', facilitator: 'G. Uide' }, later);
    expect(changed).toMatchObject({ title: 'Second drill', date: '2026-12-02', facilitator: 'G. Uide', updatedAt: '2026-12-02T10:00:00.000Z' });
    expect(w.title).toBe('Storm drill');
  });
});
