import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/domain/analysis';
import type { Scenario } from '../../../src/domain/scenario';
import { defaultWeights } from '../../../src/domain/scoring';
import { monteCarlo, tornado, valueUnder, weightModel, weightStability, weightsWith } from '../../../src/domain/sensitivity';
import { randomScenario, randomScenarioInput } from '../../support/random-scenario';
import { scoreTableScenario } from '../../support/score-table-scenario';

function setUp(scenario: Scenario) {
  const analysis = analyseScenario(scenario, defaultWeights(scenario.criteria), {});
  const models = scenario.options.map((o) => weightModel(analysis.contexts.get(o.id)!));
  return { analysis, models, weights: analysis.weights, order: analysis.expected.order };
}

/** At each finite end of every interval, the leader and the option taking over must tie; returns how many ends were checked. */
function expectTiesAtEnds(models: ReturnType<typeof setUp>['models'], weights: readonly number[], result: ReturnType<typeof weightStability>): number {
  let ends = 0;
  for (const s of result.perCriterion) {
    for (const [end, other] of [
      [s.low, s.takesOverBelow],
      [s.high, s.takesOverAbove],
    ] as const) {
      if (other === undefined) continue;
      const w = weightsWith(weights, s.criterion, end);
      expect(Math.abs(valueUnder(models[result.top]!, w) - valueUnder(models[other]!, w))).toBeLessThan(1e-9);
      ends++;
    }
  }
  return ends;
}

/** Three options on two criteria, worked by hand: A (1, 0), B (0, 1), C (0.6, 0.6), weights 0.7 : 0.3. */
const abc = () => setUp(scoreTableScenario({ a: [1, 0], b: [0, 1], c: [0.6, 0.6] }, [7, 3]));

describe('weight stability, by hand', () => {
  it('A leads (0.7 over C 0.6 and B 0.3) while the first weight stays above 0.6, the second below 0.4; C takes over past either end', () => {
    const { models, weights, order } = abc();
    expect(order[0]).toBe(0);
    const result = weightStability(models, weights, order);
    expect(result.perCriterion[0]).toEqual({ criterion: 0, current: expect.closeTo(0.7, 12), low: expect.closeTo(0.6, 12), high: 1, takesOverBelow: 2 });
    expect(result.perCriterion[1]).toEqual({ criterion: 1, current: expect.closeTo(0.3, 12), low: 0, high: expect.closeTo(0.4, 12), takesOverAbove: 2 });
    // The smallest move that reverses A and C: 0.1 on either weight; the first criterion is reported.
    expect(result.critical).toEqual({ criterion: 0, change: expect.closeTo(-0.1, 12), runnerUp: 2 });
  });

  it('follows an option whose plan changes with the weights: its value along a weight bends, and the interval is still exact', () => {
    // Option 0 can take +3 on both criteria (good on the first, a cost on the second) or nothing: which is best depends on the weights.
    const scenario = randomScenario({ weights: [1, 1], options: [{ baseline: [0, 0], layers: [[{ chance: false, choices: [{ to: 0, effects: [3, 3], spread: 0, share: 1 }, { to: 0, effects: [0, 0], spread: 0, share: 1 }] }]] }, { baseline: [1, -1], layers: [[{ chance: false, choices: [{ to: 0, effects: [0, 0], spread: 0, share: 1 }] }]] }] });
    const { models, weights, order } = setUp(scenario);
    expectTiesAtEnds(models, weights, weightStability(models, weights, order));
  });
});

describe('Monte Carlo rank acceptability', () => {
  it('on the hand-worked table, with weights uniform on the simplex: A first 40 %, C 20 %, B 40 %; A leads with central weights near 0.8 : 0.2', () => {
    const { models } = abc();
    const mc = monteCarlo(models, 2, { seed: 7, weights: { kind: 'uniform' }, ranges: false });
    mc.run(20_000);
    const r = mc.result();
    // With w1 uniform on [0, 1]: A leads for w1 > 0.6, C for 0.4 < w1 < 0.6, B below 0.4. Standard error about 0.0035.
    expect(r.acceptability[0]![0]).toBeCloseTo(0.4, 1);
    expect(Math.abs(r.acceptability[0]![0]! - 0.4)).toBeLessThan(0.015);
    expect(Math.abs(r.acceptability[2]![0]! - 0.2)).toBeLessThan(0.015);
    expect(Math.abs(r.acceptability[1]![0]! - 0.4)).toBeLessThan(0.015);
    expect(Math.abs(r.centralWeights[0]![0]! - 0.8)).toBeLessThan(0.01);
    expect(Math.abs(r.centralWeights[2]![0]! - 0.5)).toBeLessThan(0.01);
  });

  it('gives identical figures for the same seed, and shares that sum to 1 by option and by rank', () => {
    fc.assert(
      fc.property(randomScenarioInput, fc.integer({ min: 1, max: 2 ** 31 }), fc.boolean(), (input, seed, ranges) => {
        const { models, weights } = setUp(randomScenario(input));
        const run = () => {
          const mc = monteCarlo(models, weights.length, { seed, weights: { kind: 'around', centre: weights, concentration: 20 }, ranges });
          mc.run(300);
          return mc.result();
        };
        const first = run();
        expect(run()).toEqual(first);
        for (const row of first.acceptability) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        for (let r = 0; r < models.length; r++) expect(first.acceptability.reduce((a, row) => a + row[r]!, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 40 },
    );
  });
});

describe('properties of weight stability', () => {
  it('each interval holds the current weight, and at each finite end the top option and the one taking over tie within 1e-9', () => {
    let ends = 0;
    fc.assert(
      fc.property(randomScenarioInput, (input) => {
        const { models, weights, order } = setUp(randomScenario(input));
        if (models.length < 2) return;
        const result = weightStability(models, weights, order);
        for (const s of result.perCriterion) {
          expect(s.low).toBeLessThanOrEqual(s.current + 1e-12);
          expect(s.high).toBeGreaterThanOrEqual(s.current - 1e-12);
        }
        ends += expectTiesAtEnds(models, weights, result);
      }),
      { numRuns: 80 },
    );
    expect(ends).toBeGreaterThan(10);
  });
});

describe('the tornado', () => {
  it('moves each weight from half to double and reports the margin of the leader over the runner-up at each end (by hand)', () => {
    const { models, weights, order } = abc();
    const t = tornado(models, weights, order)!;
    expect(t).toMatchObject({ leader: 0, runnerUp: 2, margin: expect.closeTo(0.1, 12) });
    const first = t.bars.find((b) => b.kind === 'weight' && b.criterion === 0)!;
    // w1 from 0.35 to 1: A = w1, C = 0.6 → margins −0.25 and 0.4.
    expect(first).toMatchObject({ low: 0.35, high: 1, marginAtLow: expect.closeTo(-0.25, 12), marginAtHigh: expect.closeTo(0.4, 12) });
    // Widest swing first.
    expect(t.bars[0]).toBe(first);
  });
});
