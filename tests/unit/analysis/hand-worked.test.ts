import { describe, expect, it } from 'vitest';
import { analyseScenario, MAX_EXACT_OUTCOMES, riskProfile, treeValues } from '../../../src/domain/analysis';
import { loadScenario } from '../../../src/domain/scenario';
import { loadValid, read } from '../../support/files';
import { generateChainScenarioText } from '../../support/generate-scenario';

/**
 * The harbour fixture worked by hand. Weights 3 : 1 → 0.75 : 0.25; safety is a
 * benefit on 0–10 (0.075 of the total a point), cost a cost on 0–100 (−0.0025 a point).
 * Close the harbour starts at 0.75 × 0.6 + 0.25 × 0.5 = 0.575. Choices move the total:
 * now +0.10 (safety +2, cost +20), later 0; storm mild +0.025, severe −0.10; reopen early −0.05, wait 0.
 * Rollback: reopen → wait (0); storm = 0.7 × 0.025 + 0.3 × −0.10 = −0.0125; when → now (0.10 − 0.0125 = 0.0875).
 */
const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const analyse = (progress = {}) => analyseScenario(scenario, { safety: 3, cost: 1 }, progress);

describe('expected values of the harbour fixture, by hand', () => {
  it('plans "close now, then wait" and expects 0.6625, with expected scores safety 7.7 and cost 66', () => {
    const close = analyse().options[0]!;
    expect(close.start).toBeCloseTo(0.575, 12);
    expect(close.expected.total).toBeCloseTo(0.6625, 12);
    expect(close.expected.scores[0]).toBeCloseTo(7.7, 12);
    expect(close.expected.scores[1]).toBeCloseTo(66, 12);
    expect(close.expected.contributions[0]).toBeCloseTo(0.5775, 12);
    expect(close.expected.contributions[1]).toBeCloseTo(0.085, 12);
    expect(close.plan).toEqual([
      { state: 'when', choice: 'now', by: 'analysis', tie: false },
      { state: 'reopen', choice: 'wait', by: 'analysis', tie: false },
    ]);
  });

  it('reaches 0.7 at best (now, mild, wait) and 0.475 at worst (later, severe); under the plan, 0.575 to 0.7', () => {
    const close = analyse().options[0]!;
    expect(close.best).toBeCloseTo(0.7, 12);
    expect(close.worst).toBeCloseTo(0.475, 12);
    expect(close.worstPossible).toBeCloseTo(0.575, 12);
    expect(close.bestPossible).toBeCloseTo(0.7, 12);
  });

  it('ranks by expected value: close (0.6625) over stay open, which escorts boats (0.45 + 0.125 = 0.575)', () => {
    const a = analyse();
    expect(a.options[1]!.expected.total).toBeCloseTo(0.575, 12);
    expect(a.options[1]!.plan).toEqual([{ state: 'warn', choice: 'escort', by: 'analysis', tie: false }]);
    expect(a.expected.order).toEqual([0, 1]);
  });

  it('values knowing the storm at 0: whatever it does, closing now and waiting stay best', () => {
    expect(analyse().information[0]!.perState).toEqual([{ state: 'storm', value: 0 }]);
  });

  it('treats an assumed outcome as a what-if: the expected value still weighs both branches; as stepped takes it as given', () => {
    const close = analyse({ close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe' }] }).options[0]!;
    expect(close.expected.total).toBeCloseTo(0.6625, 12);
    expect(close.asStepped).toMatchObject({ total: expect.closeTo(0.575, 12), finished: true, state: 'damaged', probability: 0.3 });
    expect(close.asStepped.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(0.575, 12);
    const known = analyse({ close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe', known: true }] }).options[0]!;
    expect(known.expected.total).toBeCloseTo(0.575, 12);
    expect(known.known).toEqual([{ state: 'storm', choice: 'severe' }]);
  });

  it("keeps the group's decision in the plan, and says when the analysis broke a tie", () => {
    const close = analyse({ close: [{ state: 'when', choice: 'later' }] }).options[0]!;
    expect(close.plan[0]).toEqual({ state: 'when', choice: 'later', by: 'group', tie: false });
    expect(close.expected.total).toBeCloseTo(0.5625, 12);
    const tied = loadScenario(read('tests/fixtures/valid/two-options.yaml').replace('{ id: early, label: Reopen early, target: done, effects: { cost: -10, safety: -1 } }', '{ id: early, label: Reopen early, target: done }'), 'tie.yaml');
    if (!tied.ok) throw new Error('fixture');
    const reopen = analyseScenario(tied.scenario, { safety: 3, cost: 1 }, {}).options[0]!.plan.find((d) => d.state === 'reopen');
    expect(reopen).toEqual({ state: 'reopen', choice: 'early', by: 'analysis', tie: true });
  });

  it('gives the risk profile of the plan: 0.3 at 0.575 (severe), 0.7 at 0.7 (mild)', () => {
    const profile = riskProfile(analyse().contexts.get('close')!);
    expect(profile.points.map((p) => [Number(p.total.toFixed(12)), Number(p.probability.toFixed(12)), Number(p.cumulative.toFixed(12))])).toEqual([
      [0.575, 0.3, 0.3],
      [0.7, 0.7, 1],
    ]);
  });
});

describe('options too large to list', () => {
  const chain = (effect: (s: number) => number) => {
    const loaded = loadScenario(generateChainScenarioText(40, { branches: 2, kind: 'chance', effect, baseline: 3 }), 'chain.yaml');
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    return analyseScenario(loaded.scenario, { c0: 1 }, {});
  };

  it('a chain of 40 two-way chance states (2^40 paths) is analysed by rollback, with an exact risk profile while it has few distinct totals', () => {
    // 40 fair coins, each adding 0.1 point on a 0–10 scale (0.01 of the total) half the time: 0.3 + 40 × 0.005.
    const a = chain(() => 0.1);
    const option = a.options[0]!;
    expect(option.expected.total).toBeCloseTo(0.5, 12);
    expect(option.best).toBeCloseTo(0.7, 12);
    expect(option.worst).toBeCloseTo(0.3, 12);
    const profile = riskProfile(a.contexts.get('chain')!);
    expect(profile.binWidth).toBeUndefined();
    expect(profile.points).toHaveLength(41);
    expect(profile.points[20]!.probability).toBeCloseTo(137846528820 / 2 ** 40, 12); // C(40, 20) / 2^40
    // No decision, so no information can change one: worth 0, estimated by sampling the 2^40 joint outcomes.
    expect(a.information[0]!.all).toMatchObject({ value: 0, exact: false, samples: 4000 });
  });

  it('bins a risk profile with more than 500 distinct totals, saying so, and keeps its mean and total probability', () => {
    // Coin s adds (s + 1) / 1000 points: 821 distinct sums.
    const a = chain((s) => (s + 1) / 1000);
    const option = a.options[0]!;
    const profile = riskProfile(a.contexts.get('chain')!);
    expect(profile.binWidth).toBeGreaterThan(0);
    expect(profile.points.length).toBeLessThanOrEqual(MAX_EXACT_OUTCOMES + 1);
    expect(profile.points.at(-1)!.cumulative).toBeCloseTo(1, 12);
    const mean = profile.points.reduce((sum, p) => sum + p.total * p.probability, 0);
    expect(mean).toBeCloseTo(option.expected.total, 12);
  });
});

describe('values for the decision tree view', () => {
  it('give each node of the harbour option its expected total as start + moves so far + what remains', () => {
    const values = treeValues(analyseScenario(scenario, { safety: 3, cost: 1 }, { close: [{ state: 'when', choice: 'later' }] }).contexts.get('close')!);
    expect(values.start).toBeCloseTo(0.575, 12);
    expect(values.remaining.get('storm')).toBeCloseTo(-0.0125, 12);
    expect(values.move.get('when')!.get('now')).toBeCloseTo(0.1, 12);
    expect(values.plan.get('when')).toEqual({ choice: 'later', byGroup: true, tie: false });
    expect(values.plan.get('reopen')).toEqual({ choice: 'wait', byGroup: false, tie: false });
    // Root: the group's "later" (0) then the storm: 0.575 − 0.0125.
    expect(values.start + values.remaining.get('when')!).toBeCloseTo(0.5625, 12);
    expect(values.paths.get('when')).toBe(6);
  });
});
