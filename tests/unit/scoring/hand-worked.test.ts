import { describe, expect, it } from 'vitest';
import { criterionScores, evaluate, normaliseScore, normaliseWeights, rankTotals } from '../../../src/domain/scoring';
import { loadValid } from '../../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const [safety, cost] = scenario.criteria;
const byId = (e: ReturnType<typeof evaluate>, id: string) => e.options.find((o) => o.optionId === id)!;

/*
 * Worked by hand. Safety: benefit, 0–10, weight 3. Cost: cost, 0–100, weight 1.
 * Normalised weights: 3/4 = 0.75 and 1/4 = 0.25.
 *   Close, baseline:      safety 6 → 0.6; cost 50 → 1 − 0.5 = 0.5;  0.75·0.6 + 0.25·0.5 = 0.575
 *   Stay open, baseline:  safety 3 → 0.3; cost 10 → 1 − 0.1 = 0.9;  0.75·0.3 + 0.25·0.9 = 0.45
 *   Close, now›mild›early: safety 6+2−1 = 7 → 0.7; cost 50+20−10−10 = 50 → 0.5;  0.525 + 0.125 = 0.65
 *   Stay open, escort:    safety 5 → 0.5; cost 20 → 0.8;            0.375 + 0.2   = 0.575
 */
describe('scoring, checked against hand computation', () => {
  it('normalises scores by scale and direction', () => {
    expect(normaliseScore(6, safety!)).toBeCloseTo(0.6, 12);
    expect(normaliseScore(50, cost!)).toBeCloseTo(0.5, 12);
    expect(normaliseScore(10, cost!)).toBeCloseTo(0.9, 12);
    expect(normaliseScore(0, safety!)).toBe(0);
    expect(normaliseScore(0, cost!)).toBe(1);
  });

  it('normalises weights to sum to 1', () => {
    expect(normaliseWeights(scenario.criteria, { safety: 3, cost: 1 })).toEqual([0.75, 0.25]);
    expect(() => normaliseWeights(scenario.criteria, { safety: 0, cost: 0 })).toThrow(/at least one criterion/);
    expect(() => normaliseWeights(scenario.criteria, { safety: -1, cost: 2 })).toThrow(/safety/);
  });

  it('scores options on their baselines before any step', () => {
    const e = evaluate(scenario, { safety: 3, cost: 1 }, {});
    expect(byId(e, 'close').total).toBeCloseTo(0.575, 12);
    expect(byId(e, 'stay-open').total).toBeCloseTo(0.45, 12);
    expect(byId(e, 'close').contributions[0]).toBeCloseTo(0.45, 12);
    expect(byId(e, 'close').contributions[1]).toBeCloseTo(0.125, 12);
    expect(e.order.map((i) => e.options[i]!.optionId)).toEqual(['close', 'stay-open']);
    expect(byId(e, 'close').finished).toBe(false);
  });

  it('adds the effects along the path taken, and marks an option finished at an outcome', () => {
    const path = [
      { state: 'when', choice: 'now' },
      { state: 'storm', choice: 'mild' },
      { state: 'reopen', choice: 'early' },
    ];
    expect(criterionScores(scenario.options[0]!, scenario.criteria, path)).toEqual([7, 50]);
    const e = evaluate(scenario, { safety: 3, cost: 1 }, { close: path });
    expect(byId(e, 'close').total).toBeCloseTo(0.65, 12);
    expect(byId(e, 'close').finished).toBe(true);
    expect(byId(e, 'close').stateId).toBe('done');
  });

  it('shows equal totals as a tie, sharing the rank', () => {
    const e = evaluate(scenario, { safety: 3, cost: 1 }, { 'stay-open': [{ state: 'warn', choice: 'escort' }] });
    expect(byId(e, 'close').total).toBeCloseTo(0.575, 12);
    expect(byId(e, 'stay-open').total).toBeCloseTo(0.575, 12);
    expect([byId(e, 'close').rank, byId(e, 'stay-open').rank]).toEqual([1, 1]);
    expect(byId(e, 'close').tied && byId(e, 'stay-open').tied).toBe(true);
  });

  it('changes the leader when the weights change (equal weights favour staying open: 0.6 against 0.55)', () => {
    const e = evaluate(scenario, { safety: 1, cost: 1 }, {});
    expect(byId(e, 'stay-open').total).toBeCloseTo(0.6, 12);
    expect(byId(e, 'close').total).toBeCloseTo(0.55, 12);
    expect(byId(e, 'stay-open').rank).toBe(1);
  });

  it('scores only the part of a saved path that still applies', () => {
    const e = evaluate(scenario, { safety: 3, cost: 1 }, { close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'tornado' }] });
    expect(byId(e, 'close').path).toEqual([{ state: 'when', choice: 'now' }]);
    expect(byId(e, 'close').raw).toEqual([8, 70]);
  });

  it('ranks by standard competition ranking: 1, 2, 2, 4', () => {
    expect(rankTotals([0.9, 0.5, 0.5, 0.1])).toEqual({ rank: [1, 2, 2, 4], tied: [false, true, true, false], order: [0, 1, 2, 3] });
    expect(rankTotals([0.2, 0.8, 0.5]).rank).toEqual([3, 1, 2]);
  });
});
