import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp, ahpIncomplete, type Judgement } from '../../../src/domain/mcda';
import {
  aggregateJudgements,
  aijWeights,
  groupProbabilityViews,
  groupScoreViews,
  groupWeights,
  meanWeights,
  medianWeights,
  participantWeights,
  roundBallots,
  spread,
  withBallot,
  type ParticipantWeights,
} from '../../../src/domain/workshop';
import { loadValid } from '../../support/files';
import { advanced, AT, direct, weighted, workshopWith } from '../../support/workshop';

const harbour = loadValid('tests/fixtures/valid/two-options.yaml');

const entry = (participant: string, weights: number[], pairwise?: Judgement[]): ParticipantWeights => ({ participant, weights, method: pairwise ? 'ahp' : 'direct', ...(pairwise ? { pairwise } : {}) });

const closeTo = (actual: readonly number[], expected: readonly number[], digits = 12) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, digits));
};

describe('group weights, worked by hand', () => {
  const rows = [
    [0.5, 0.3, 0.2],
    [0.2, 0.6, 0.2],
    [0.2, 0.3, 0.5],
  ];

  it('by the mean: each criterion\'s mean, which sums to 1 as each row does', () => {
    // (0.5 + 0.2 + 0.2) / 3 = 0.3; (0.3 + 0.6 + 0.3) / 3 = 0.4; (0.2 + 0.2 + 0.5) / 3 = 0.3.
    closeTo(meanWeights(rows), [0.3, 0.4, 0.3]);
  });

  it('by the median: each criterion\'s median, scaled to sum to 1', () => {
    // Medians 0.2, 0.3, 0.2 sum to 0.7; scaled: 2/7, 3/7, 2/7.
    closeTo(medianWeights(rows)!, [2 / 7, 3 / 7, 2 / 7]);
    // With an even count the median is the mean of the middle two: (0.6 + 0.2) / 2 = 0.4 and (0.4 + 0.8) / 2 = 0.6.
    closeTo(medianWeights([[0.6, 0.4], [0.2, 0.8]])!, [0.4, 0.6]);
  });

  it('by the median: none when every median is 0, and the group is told to use the mean', () => {
    const split = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
    expect(medianWeights(split)).toBeUndefined();
    expect(groupWeights(split.map((w, i) => entry(`p${i}`, w)), 'median')).toEqual({
      ok: false,
      aggregation: 'median',
      why: 'every criterion has a median weight of 0, so the medians give no proportions; use the mean',
    });
  });

  it('by AIJ from complete judgements: the geometric mean of each pair, then the principal eigenvector', () => {
    // P1: a/b 2, a/c 4, b/c 2 (weights 4 : 2 : 1). P2: a/b 8, a/c 4, b/c 1/2 (weights 8 : 1 : 2).
    // Geometric means: a/b √16 = 4, a/c √16 = 4, b/c √1 = 1: consistent, weights 4 : 1 : 1 = 2/3, 1/6, 1/6.
    // (The mean of the two participants' own weights would be (4/7 + 8/11) / 2 = 0.649… for a: AIJ is not that.)
    const p1 = [{ a: 0, b: 1, value: 2 }, { a: 0, b: 2, value: 4 }, { a: 1, b: 2, value: 2 }];
    const p2 = [{ a: 0, b: 1, value: 8 }, { a: 0, b: 2, value: 4 }, { a: 1, b: 2, value: 1 / 2 }];
    const result = aijWeights(3, [p1, p2]);
    closeTo(result.weights, [2 / 3, 1 / 6, 1 / 6]);
    expect(result.lambdaMax).toBeCloseTo(3, 9);
    expect(result.cr).toBeCloseTo(0, 9);
  });

  it('by AIJ from incomplete judgements: each pair over those who judged it, whichever way round they put it', () => {
    // P1 judges a–b (2) and b–c (2); P2 judges a–c (4) and c over b (2, that is b/c = 1/2).
    // Only b–c is common to both, and it alone would not link a: so each pair is averaged over who judged it.
    // a/b = 2 (P1 alone), a/c = 4 (P2 alone), b/c = √(2 · 1/2) = 1: the complete matrix below.
    const p1 = [{ a: 0, b: 1, value: 2 }, { a: 1, b: 2, value: 2 }];
    const p2 = [{ a: 0, b: 2, value: 4 }, { a: 2, b: 1, value: 2 }];
    const pairs = aggregateJudgements(3, [p1, p2]);
    expect(pairs.map((j) => [j.a, j.b])).toEqual([[0, 1], [0, 2], [1, 2]]);
    closeTo(pairs.map((j) => j.value), [2, 4, 1]);
    const expected = ahp([[1, 2, 4], [1 / 2, 1, 1], [1 / 4, 1, 1]]);
    closeTo(aijWeights(3, [p1, p2]).weights, expected.weights, 9);
    expect(aijWeights(3, [p1, p2]).cr).toBeCloseTo(expected.cr, 9);
  });

  it('by AIJ, with a participant\'s later judgement of a pair replacing their earlier one', () => {
    const p1 = [{ a: 0, b: 1, value: 9 }, { a: 1, b: 0, value: 3 }];
    // The later one says b is 3 times a, so a/b = 1/3; with P2's 3, the geometric mean is 1.
    closeTo(aggregateJudgements(2, [p1, [{ a: 0, b: 1, value: 3 }]]).map((j) => j.value), [1]);
  });

  it('by AIJ only when everyone weighed by pairwise comparisons, saying so otherwise', () => {
    const result = groupWeights([entry('p1', [0.5, 0.5], [{ a: 0, b: 1, value: 1 }]), entry('p2', [0.5, 0.5])], 'aij');
    expect(result).toEqual({ ok: false, aggregation: 'aij', why: "the geometric mean of pairwise judgements needs everyone's weights from pairwise comparisons; 1 of 2 came from another method" });
    expect(groupWeights([], 'mean')).toEqual({ ok: false, aggregation: 'mean', why: 'there are no weights to combine yet' });
  });

  it('take each participant\'s weights in force, normalised, and their pairwise judgements when AHP gives them', () => {
    let w = advanced(workshopWith(harbour, ['Ana', 'Ben', 'Cat']), 'START');
    w = withBallot(w, 'ben', direct({ safety: 3, cost: 1 }), AT);
    w = withBallot(w, 'ana', weighted({ active: 'ahp', direct: { safety: 1, cost: 1 }, ahp: [{ a: 'cost', b: 'safety', value: 1 / 4 }] }), AT);
    w = withBallot(w, 'cat', weighted({ active: 'points', direct: { safety: 1, cost: 1 }, points: { safety: 40, cost: 60 } }), AT);
    const entries = participantWeights(harbour, roundBallots(harbour, w, 1).fitting);
    // In the order of the participant list, not of arrival; safety first, as the scenario lists it.
    expect(entries.map((e) => [e.participant, e.method])).toEqual([['ana', 'ahp'], ['ben', 'direct'], ['cat', 'points']]);
    closeTo(entries[0]!.weights, [0.8, 0.2]);
    expect(entries[0]!.pairwise).toEqual([{ a: 1, b: 0, value: 1 / 4 }]);
    closeTo(entries[1]!.weights, [0.75, 0.25]);
    closeTo(entries[2]!.weights, [0.4, 0.6]);
    // Mean: (0.8 + 0.75 + 0.4) / 3 = 0.65 for safety.
    const group = groupWeights(entries, 'mean');
    closeTo(group.ok ? group.weights : [], [0.65, 0.35]);
  });
});

describe('spread', () => {
  it('gives the count, mean, median, min, max and population standard deviation', () => {
    // Mean 0.4; deviations −0.2, 0, 0.2; population variance 0.08 / 3.
    const s = spread([0.6, 0.2, 0.4]);
    expect(s).toMatchObject({ count: 3, min: 0.2, max: 0.6 });
    expect(s.mean).toBeCloseTo(0.4, 12);
    expect(s.median).toBeCloseTo(0.4, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(0.08 / 3), 12);
    expect(spread([5]).sd).toBe(0);
    expect(() => spread([])).toThrow('a spread needs at least one value');
  });
});

describe('group views of probabilities and scores', () => {
  it('by mean and median with their spread, over those who gave a view, with every view and reason behind them', () => {
    let w = advanced(workshopWith(harbour, ['Ana', 'Ben', 'Cat']), 'START');
    w = withBallot(w, 'ana', { ...direct({ safety: 1 }), probabilities: [{ option: 'close', state: 'storm', branch: 'severe', probability: 0.3, reason: 'Forecast.' }], scores: [{ option: 'close', criterion: 'safety', score: 7, reason: 'Boats in.' }] }, AT);
    w = withBallot(w, 'ben', { ...direct({ safety: 1 }), probabilities: [{ option: 'close', state: 'storm', branch: 'severe', probability: 0.5, reason: 'Worse.' }, { option: 'close', state: 'storm', branch: 'mild', probability: 0.5, reason: 'Even.' }], scores: [] }, AT);
    w = withBallot(w, 'cat', { ...direct({ safety: 1 }), scores: [{ option: 'close', criterion: 'safety', score: 9, reason: 'Tugs ready.' }, { option: 'stay-open', criterion: 'cost', score: 20, reason: 'Pilots.' }] }, AT);
    const ballots = roundBallots(harbour, w, 1).fitting;
    const probabilities = groupProbabilityViews(harbour, ballots);
    // Scenario order: branch "mild" comes before "severe" in the storm state.
    expect(probabilities.map((p) => [p.option, p.state, p.branch, p.spread.count])).toEqual([['close', 'storm', 'mild', 1], ['close', 'storm', 'severe', 2]]);
    // Severe: 0.3 and 0.5: mean and median 0.4, population SD 0.1.
    const severe = probabilities[1]!;
    expect(severe.spread.mean).toBeCloseTo(0.4, 12);
    expect(severe.spread.median).toBeCloseTo(0.4, 12);
    expect(severe.spread.sd).toBeCloseTo(0.1, 12);
    expect(severe.views).toEqual([{ participant: 'ana', value: 0.3, reason: 'Forecast.' }, { participant: 'ben', value: 0.5, reason: 'Worse.' }]);
    const scores = groupScoreViews(harbour, ballots);
    expect(scores.map((s) => [s.option, s.criterion, s.spread.mean, s.spread.min, s.spread.max])).toEqual([['close', 'safety', 8, 7, 9], ['stay-open', 'cost', 20, 20, 20]]);
  });
});

/** A random normalised weight row over n criteria. */
const weightsOf = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }).filter((w) => w.some((x) => x > 0)).map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / total);
  });

/** Random pairwise judgements that link all n criteria: a chain through them, then some more pairs. */
const judgementsOf = (n: number) =>
  fc
    .tuple(
      fc.array(fc.integer({ min: -8, max: 8 }), { minLength: n - 1, maxLength: n - 1 }),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: -8, max: 8 })), { maxLength: 4 }),
    )
    .map(([chain, extra]) => {
      const saaty = (k: number) => (k >= 0 ? k + 1 : 1 / (1 - k));
      return [...chain.map((k, i) => ({ a: i, b: i + 1, value: saaty(k) })), ...extra.filter(([a, b]) => a !== b).map(([a, b, k]) => ({ a, b, value: saaty(k) }))];
    });

describe('group weights, properties', () => {
  it('a unanimous group gives each member\'s weights, by the mean, the median and AIJ', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(weightsOf(n), judgementsOf(n), fc.integer({ min: 1, max: 9 }))),
        ([weights, judgements, size]) => {
          const rows = Array.from({ length: size }, () => weights);
          closeTo(meanWeights(rows), weights);
          closeTo(medianWeights(rows)!, weights);
          const own = ahpIncomplete(weights.length, judgements).weights;
          closeTo(aijWeights(weights.length, Array.from({ length: size }, () => judgements)).weights, own, 9);
        },
      ),
    );
  });

  it('does not depend on the order of the participants', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) =>
          fc.array(fc.tuple(weightsOf(n), judgementsOf(n)), { minLength: 1, maxLength: 8 }).chain((people) => fc.tuple(fc.constant(n), fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length }))),
        ),
        ([n, people, shuffled]) => {
          closeTo(meanWeights(shuffled.map(([w]) => w)), meanWeights(people.map(([w]) => w)));
          expect(medianWeights(shuffled.map(([w]) => w))).toEqual(medianWeights(people.map(([w]) => w)));
          closeTo(aijWeights(n, shuffled.map(([, j]) => j)).weights, aijWeights(n, people.map(([, j]) => j)).weights, 9);
        },
      ),
    );
  });

  it('gives weights that sum to 1 and lie, for the mean, between the smallest and largest weight each criterion was given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) => fc.array(weightsOf(n), { minLength: 1, maxLength: 8 })),
        (rows) => {
          const means = meanWeights(rows);
          expect(means.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          means.forEach((m, j) => {
            expect(m).toBeGreaterThanOrEqual(Math.min(...rows.map((r) => r[j]!)) - 1e-12);
            expect(m).toBeLessThanOrEqual(Math.max(...rows.map((r) => r[j]!)) + 1e-12);
          });
          const medians = medianWeights(rows);
          if (medians) expect(medians.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        },
      ),
    );
  });
});
