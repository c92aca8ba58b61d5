import { describe, expect, it } from 'vitest';
import { analyseScenario, probabilityThresholds, riskProfile, rivalOf } from '../../../src/domain/analysis';
import { defaultWeights } from '../../../src/domain/scoring';
import { loadValid } from '../../support/files';

/**
 * Decision trees with published answers, written as scenarios with one
 * "payoff" criterion, so that a total on 0..1 maps back to money:
 * payoff = min + total × (max − min).
 */
function payoffs(file: string) {
  const scenario = loadValid(file);
  const { min, max } = scenario.criteria[0]!.scale;
  const money = (total: number) => min + total * (max - min);
  const moneyDelta = (total: number) => total * (max - min);
  return { scenario, money, moneyDelta, analysis: (progress = {}) => analyseScenario(scenario, defaultWeights(scenario.criteria), progress) };
}

describe('Goferbroke (Hillier and Lieberman, Introduction to Operations Research, "Decision Analysis")', () => {
  const { scenario, money, moneyDelta, analysis } = payoffs('tests/fixtures/decision-trees/goferbroke.yaml');
  const byId = (id: string) => analysis().options.find((o) => o.optionId === id)!;

  it('without the survey: drill, expected payoff 100', () => {
    const option = byId('no-survey');
    expect(money(option.expected.total)).toBeCloseTo(100, 9);
    expect(option.plan).toEqual([{ state: 'act', choice: 'drill', by: 'analysis', tie: false }]);
    expect(option.expected.scores[0]).toBeCloseTo(100, 9);
  });

  it('EVPI about oil is 142.5 (242.5 with perfect information, less 100)', () => {
    const info = analysis().information[scenario.options.findIndex((o) => o.id === 'no-survey')]!;
    expect(moneyDelta(info.perState.find((v) => v.state === 'oil')!.value)).toBeCloseTo(142.5, 9);
    expect(moneyDelta(info.all.value)).toBeCloseTo(142.5, 9);
    expect(info.all.exact).toBe(true);
  });

  it('with the survey: drill after a favourable reading, sell after an unfavourable one, expected payoff 123', () => {
    const option = byId('survey');
    expect(money(option.expected.total)).toBeCloseTo(123, 6);
    expect(option.plan.map((d) => `${d.state}:${d.choice}`)).toEqual(['act-fss:drill', 'act-uss:sell']);
  });

  it('drilling and selling break even at a prior probability of oil of 0.2375', () => {
    const a = analysis();
    const thresholds = probabilityThresholds(a.contexts.get('no-survey')!, 'oil', 'oil', rivalOf(a, 'no-survey'));
    expect(thresholds.decisionChanges).toHaveLength(1);
    expect(thresholds.decisionChanges[0]!.p).toBeCloseTo(0.2375, 9);
    expect(thresholds.decisionChanges[0]).toMatchObject({ state: 'act', from: 'sell', to: 'drill' });
    // Below the break-even the option is worth what selling is worth: 90.
    expect(money(thresholds.curve[0]!.total)).toBeCloseTo(90, 9);
    expect(money(thresholds.curve.at(-1)!.total)).toBeCloseTo(700, 9);
  });

  it('the survey option leads; without the survey it would lead only above a prior at which drilling blind is worth 123', () => {
    const a = analysis();
    expect(a.expected.order.map((i) => a.options[i]!.optionId)).toEqual(['survey', 'no-survey']);
    const thresholds = probabilityThresholds(a.contexts.get('no-survey')!, 'oil', 'oil', rivalOf(a, 'no-survey'));
    // 800 p − 100 = 123 → p = 0.27875 (the survey option's value does not move with this option's probability).
    expect(thresholds.topChanges).toHaveLength(1);
    expect(thresholds.topChanges[0]).toBeCloseTo(0.27875, 9);
  });
});

describe('Texaco versus Pennzoil (Clemen and Reilly, Making Hard Decisions, chapter 4)', () => {
  const { money, analysis } = payoffs('tests/fixtures/decision-trees/texaco-pennzoil.yaml');

  it('counteroffering $5 billion is worth 4.63 (4.6348), and Liedtke should refuse $3 billion for the court (4.56)', () => {
    const option = analysis().options[0]!;
    expect(money(option.expected.total)).toBeCloseTo(4.6348, 9);
    expect(option.plan).toEqual([
      { state: 'offer', choice: 'counter', by: 'analysis', tie: false },
      { state: 'second', choice: 'refuse', by: 'analysis', tie: false },
    ]);
  });

  it('has the published risk profile: 0.249 on nothing, 0.585 on $5 billion, 0.166 on $10.3 billion', () => {
    const a = analysis();
    const profile = riskProfile(a.contexts.get('liedtke')!);
    expect(profile.binWidth).toBeUndefined();
    expect(profile.points.map((p) => [Number(money(p.total).toFixed(9)), Number(p.probability.toFixed(9)), Number(p.cumulative.toFixed(9))])).toEqual([
      [0, 0.249, 0.249],
      [5, 0.585, 0.834],
      [10.3, 0.166, 1],
    ]);
  });

  it('a decision the group made stays in the plan, even where the analysis would choose otherwise', () => {
    const option = analysis({ liedtke: [{ state: 'offer', choice: 'counter' }, { state: 'texaco', choice: 'counters' }, { state: 'second', choice: 'accept' }] }).options[0]!;
    expect(option.plan.find((d) => d.state === 'second')).toEqual({ state: 'second', choice: 'accept', by: 'group', tie: false });
    // 0.17 × 5 + 0.5 × 4.56 + 0.33 × 3 = 4.12
    expect(money(option.expected.total)).toBeCloseTo(4.12, 9);
    // As stepped, Texaco's counteroffer is taken as given: 3.
    expect(money(option.asStepped.total)).toBeCloseTo(3, 9);
    expect(option.asStepped).toMatchObject({ finished: true, probability: 0.33 });
  });
});
