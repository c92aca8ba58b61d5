import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../../src/domain/scenario';
import { createSession, EMPTY_MEMO, parseSession, reconcileSession, serialiseSession, SESSION_VERSION } from '../../../src/domain/session';
import { MIGRATIONS } from '../../../src/domain/session/migrations';
import { loadValid, read } from '../../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');

describe('session format migrations', () => {
  it('run from 1 to the current version, one numbered step at a time', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: SESSION_VERSION - 1 }, (_, i) => [i + 1, i + 2]));
  });

  it('1 → … → 4: a session saved by version 1 (before outcomes could be known) reads with its steps as assumptions', () => {
    const result = parseSession(read('tests/fixtures/sessions/v1-harbour.json'));
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.session).toEqual({
      format: 'policy-options.session',
      version: 4,
      memo: EMPTY_MEMO,
      scenario: { id: 'harbour-closure', version: '1.0.0', hash: scenarioContentHash(scenario) },
      weighting: { active: 'direct', direct: { safety: 5, cost: 2 } },
      progress: { close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe' }] },
      updatedAt: '2026-11-24T10:00:00.000Z',
    });
    // The scenario it was saved against has the same hash today: nothing needs fitting.
    expect(reconcileSession(result.session, scenario)).toEqual({ ok: true, session: result.session, notices: [] });
  });

  it('2 → 3: a session saved by version 2 (direct weights only) keeps them in force, and its known outcomes', () => {
    const result = parseSession(read('tests/fixtures/sessions/v2-harbour.json'));
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.session).toMatchObject({
      version: 4,
      weighting: { active: 'direct', direct: { safety: 4, cost: 1 } },
      progress: { close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'mild', known: true }] },
    });
    expect(result.session.weighting).not.toHaveProperty('points');
  });

  it('3 → 4: a session saved by version 3 keeps every method\'s inputs and starts with an empty memo', () => {
    const result = parseSession(read('tests/fixtures/sessions/v3-harbour.json'));
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.session).toMatchObject({
      version: 4,
      weighting: { active: 'points', direct: { safety: 4, cost: 1 }, points: { safety: 80, cost: 20 }, ranking: { safety: 1, cost: 2 } },
      memo: EMPTY_MEMO,
    });
  });

  it('keeps the memo text through a save and a read, and sets aside notes on options that are gone', () => {
    const session = { ...createSession(scenario), memo: { ...EMPTY_MEMO, to: 'The Deputy', marking: 'custom' as const, customMarking: 'NOT FOR RELEASE', bottomLine: 'Close the harbour now.', notes: { close: 'Cheap.', gone: 'Lost.' }, dissent: { 'stay-open': 'Ops disagrees.' } } };
    expect(parseSession(serialiseSession(session))).toEqual({ ok: true, session });
    const fitted = reconcileSession(session, scenario);
    expect(fitted.ok && fitted.session.memo.notes).toEqual({ close: 'Cheap.' });
    expect(fitted.ok && fitted.notices).toEqual(['The memo\'s notes on "gone" were set aside: it is no longer an option.']);
  });

  it('keeps every weighting method\'s inputs through a save and a read, whichever is in force', () => {
    const session = {
      ...createSession(scenario),
      weighting: { active: 'ahp' as const, direct: { safety: 3, cost: 1 }, points: { safety: 70, cost: 30 }, ranking: { safety: 1, cost: 2 }, swing: { safety: 100, cost: 40 }, ahp: [{ a: 'safety', b: 'cost', value: 5 }] },
    };
    expect(parseSession(serialiseSession(session))).toEqual({ ok: true, session });
  });

  it('keeps a known outcome through a save and a read', () => {
    const session = { ...createSession(scenario), progress: { close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe', known: true as const }] } };
    expect(parseSession(serialiseSession(session))).toEqual({ ok: true, session });
  });

  it.each([
    ['a newer format', { version: 5 }, /newer version of policy-options \(session format 5; this one reads up to 4\)/],
    ['a version that is not a whole number', { version: 1.5 }, /version: the session format version must be a whole number from 1 \(it is 1\.5\)/],
    ['a version given as text', { version: '2' }, /must be a whole number from 1 \(it is "2"\)/],
    ['no version', { version: undefined }, /must be a whole number from 1 \(it is missing\)/],
  ])('refuse %s, saying why', (_, change, message) => {
    const data = { ...JSON.parse(read('tests/fixtures/sessions/v1-harbour.json')), ...change };
    const result = parseSession(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });

  it('refuse a damaged file with every problem, each named by where it is', () => {
    const data = JSON.parse(read('tests/fixtures/sessions/v1-harbour.json'));
    data.weighting.direct.safety = -1;
    data.weighting.direct.cost = 'heavy';
    data.progress.close[1].known = 'yes';
    data.progress.close[0].choice = 'Now!';
    const result = parseSession(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.split(':')[0])).toEqual(['weighting.direct.safety', 'weighting.direct.cost', 'progress.close[0].choice', 'progress.close[1].known']);
    }
  });

  it('a decision marked as known is kept as a decision, with a notice', () => {
    const session = { ...createSession(scenario), progress: { close: [{ state: 'when', choice: 'now', known: true as const }] } };
    const result = reconcileSession(session, scenario);
    expect(result.ok && result.session.progress.close).toEqual([{ state: 'when', choice: 'now' }]);
    expect(result.ok && result.notices).toEqual(['Close the harbour: the step at "when" was marked as a known outcome, but it is a decision; it is kept as a decision.']);
  });
});
