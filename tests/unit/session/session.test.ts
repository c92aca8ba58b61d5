import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioContentHash } from '../../../src/domain/scenario';
import { createSession, parseSession, reconcileSession, serialiseSession, withDirectWeights, withOptionPath } from '../../../src/domain/session';
import { loadValid, read } from '../../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const now = new Date('2026-11-24T10:00:00Z');

describe('sessions', () => {
  it('start with the scenario defaults and record which scenario they belong to', () => {
    const s = createSession(scenario, now);
    expect(s).toMatchObject({ format: 'policy-options.session', version: 4, weighting: { active: 'direct', direct: { safety: 3, cost: 1 } }, progress: {}, updatedAt: '2026-11-24T10:00:00.000Z' });
    expect(s.scenario).toEqual({ id: 'harbour-closure', version: '1.0.0', hash: scenarioContentHash(scenario) });
  });

  it('round-trip through their file format unchanged', () => {
    const s = withOptionPath(withDirectWeights(createSession(scenario, now), { safety: 2, cost: 5 }, now), 'close', [{ state: 'when', choice: 'now' }], now);
    const read = parseSession(serialiseSession(s));
    expect(read).toEqual({ ok: true, session: s });
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['another kind of file', '{"hello": 1}', /not a policy-options session/],
    ['a newer format', JSON.stringify({ format: 'policy-options.session', version: 99 }), /newer version of policy-options/],
    ['a negative weight', serialiseSession(createSession(scenario, now)).replace('"safety": 3', '"safety": -3'), /weighting\.direct\.safety: a weight must be zero or more/],
    ['a damaged step', serialiseSession(withOptionPath(createSession(scenario, now), 'close', [{ state: 'when', choice: 'now' }], now)).replace('"choice": "now"', '"choice": 7'), /progress\.close\[0\]\.choice/],
  ])('refuse %s, saying why', (_, text, message) => {
    const result = parseSession(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });

  it('stay as they are while the scenario is unchanged', () => {
    const s = withOptionPath(createSession(scenario, now), 'close', [{ state: 'when', choice: 'now' }], now);
    expect(reconcileSession(s, scenario)).toEqual({ ok: true, session: s, notices: [] });
  });

  it('keep what still applies when the scenario changed, and say what was dropped', () => {
    const s = withOptionPath(
      withDirectWeights(createSession(scenario, now), { safety: 5, cost: 2 }, now),
      'close',
      [
        { state: 'when', choice: 'now' },
        { state: 'storm', choice: 'mild' },
      ],
      now,
    );
    const changedText = read('tests/fixtures/valid/two-options.yaml')
      .replace('version: 1.0.0', 'version: 1.1.0')
      .replace('{ id: mild, label: Mild', '{ id: calm, label: Calm')
      .replace("  - id: cost\n", "  - id: morale\n    label: Morale\n    description: Crew morale.\n    direction: benefit\n    scale: { min: 0, max: 10 }\n    weight: 2\n  - id: cost\n")
      .replace(/      cost: \{ score: (\d+), rationale: ([^}]+) \}/g, '      cost: { score: $1, rationale: $2 }\n      morale: { score: 5, rationale: Steady. }');
    const changed = loadScenario(changedText, 'changed.yaml');
    if (!changed.ok) throw new Error(JSON.stringify(changed.problems));
    const result = reconcileSession(s, changed.scenario);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.progress.close).toEqual([{ state: 'when', choice: 'now' }]);
    expect(result.session.weighting.direct).toEqual({ safety: 5, morale: 2, cost: 2 });
    expect(result.session.scenario).toMatchObject({ version: '1.1.0', hash: scenarioContentHash(changed.scenario) });
    expect(result.notices.join('\n')).toMatch(/version 1\.0\.0 → 1\.1\.0/);
    expect(result.notices).toContain('Close the harbour: the first 1 of its 2 saved steps were kept; the answer saved at "How bad is the storm?" is no longer among its choices (it was recorded as "mild"). Step through it again from there.');
    expect(result.notices.join('\n')).toMatch(/New criterion "Morale" takes its default weight 2/);
  });

  it('refuse to fit a session to another scenario', () => {
    const other = loadValid('tests/fixtures/valid/minimal.yaml');
    const result = reconcileSession(createSession(scenario, now), other);
    expect(result).toEqual({ ok: false, problems: ['this session belongs to scenario "harbour-closure", not "drill"'] });
  });
});
