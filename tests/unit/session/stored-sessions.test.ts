import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../../src/domain/scenario';
import { evaluate } from '../../../src/domain/scoring';
import { createSession, parseSession, reconcileSession, serialiseSession, type Session } from '../../../src/domain/session';
import { loadValid } from '../../support/files';

/** Issue 9, case 4: a saved session that passes its schema must never crash the app once fitted to its scenario. */
const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const hash = scenarioContentHash(scenario);
const now = new Date('2026-11-24T10:00:00Z');
const fresh = createSession(scenario, now, hash);

function fitted(session: Session) {
  const read = parseSession(serialiseSession(session));
  if (!read.ok) throw new Error(read.problems.join('; '));
  const result = reconcileSession(read.session, scenario, hash);
  if (!result.ok) throw new Error(result.problems.join('; '));
  // Whatever was saved, the fitted session can be evaluated.
  const evaluation = evaluate(scenario, result.session.weighting.direct, result.session.progress);
  for (const o of evaluation.options) expect(o.total).toBeGreaterThanOrEqual(0);
  return result;
}

const withWeights = (direct: Record<string, number>): Session => ({ ...fresh, weighting: { active: 'direct', direct } });

describe('a saved session under an unchanged scenario', () => {
  it.each([
    ['all weights 0', { safety: 0, cost: 0 }],
    ['no weights at all', {}],
    ['weights only for criteria the scenario does not have', { morale: 4, speed: 2 }],
  ])('with %s gets the default weights back, and says so', (_, direct) => {
    const result = fitted(withWeights(direct));
    expect(result.session.weighting.direct).toEqual({ safety: 3, cost: 1 });
    expect(result.notices.join('\n')).toMatch(/default weight/);
  });

  it('keeps the weights it can use, takes defaults for the rest, and names what it dropped', () => {
    const result = fitted(withWeights({ safety: 5, morale: 9 }));
    expect(result.session.weighting.direct).toEqual({ safety: 5, cost: 1 });
    expect(result.notices).toEqual([
      'Criterion "Cost" had no saved weight; it takes its default weight 1.',
      'Criterion "morale" is not in the scenario; its weight was dropped.',
    ]);
  });

  it('drops steps that do not apply, with a notice, though the hash matches', () => {
    const damaged: Session = {
      ...fresh,
      progress: {
        close: [
          { state: 'when', choice: 'now' },
          { state: 'reopen', choice: 'early' },
        ],
        ghost: [{ state: 'a', choice: 'b' }],
        'stay-open': [{ state: 'warn', choice: 'carrier-pigeon' }],
      },
    };
    const result = fitted(damaged);
    expect(result.session.progress).toEqual({ close: [{ state: 'when', choice: 'now' }], 'stay-open': [] });
    expect(result.notices).toEqual([
      'Close the harbour: the first 1 of its 2 saved steps were kept; the next saved step (at "reopen") does not follow from "How bad is the storm?". Step through it again from there.',
      'Option "ghost" is not in the scenario; its 1 saved step were set aside.',
      'Stay open: none of its 1 saved step could be kept; the answer saved at "How do we warn boats?" is not among its choices (it was recorded as "carrier-pigeon"). Step through it again from there.',
    ]);
  });

  it('is returned as it was when nothing needs fitting', () => {
    const session = { ...fresh, progress: { close: [{ state: 'when', choice: 'now' }] } };
    expect(reconcileSession(session, scenario, hash)).toEqual({ ok: true, session, notices: [] });
  });
});

describe('weights in a saved session follow the form rule (0 to 1000)', () => {
  it.each([
    ['above the form limit', '1001', /weighting\.direct\.safety: a weight must be at most 1000/],
    ['so large it overflows', '1e308', /weighting\.direct\.safety: a weight must be at most 1000/],
    ['infinite (1e400 in JSON)', '1e400', /weighting\.direct\.safety: a weight must be a finite number/],
    ['negative', '-1', /weighting\.direct\.safety: a weight must be zero or more/],
  ])('a weight %s is refused by name', (_, value, message) => {
    const text = serialiseSession(withWeights({ safety: 3, cost: 1 })).replace('"safety": 3', `"safety": ${value}`);
    const result = parseSession(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });

  it('the largest weights allowed, on every criterion, still give totals in 0..1', () => {
    const result = fitted(withWeights({ safety: 1000, cost: 1000 }));
    const evaluation = evaluate(scenario, result.session.weighting.direct, {});
    expect(evaluation.weights).toEqual([0.5, 0.5]);
  });
});
