import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahp, ahpIncomplete, indexedJudgements, mostInconsistent, rankOrderCentroid, rankSum, reciprocalRank, unlinkedItems, weightsFromRanks, weightsInForce } from '../../../src/domain/mcda';

const close = (actual: readonly number[], expected: readonly number[], digits = 4) => actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, digits));

describe('weights from a ranking', () => {
  it('rank-order centroid for four criteria: 0.5208, 0.2708, 0.1458, 0.0625 (Barron and Barrett 1996, Management Science 42(11))', () => {
    close(rankOrderCentroid(4), [0.5208, 0.2708, 0.1458, 0.0625]);
  });

  it('rank sum for four: 0.4, 0.3, 0.2, 0.1, and reciprocal rank: 0.48, 0.24, 0.16, 0.12 (Stillwell, Seaver and Edwards 1981)', () => {
    close(rankSum(4), [0.4, 0.3, 0.2, 0.1], 12);
    close(reciprocalRank(4), [0.48, 0.24, 0.16, 0.12], 12);
  });

  it('ties share the weights of the positions they hold together', () => {
    // Ranks 1, 2, 2, 4: the tied pair shares positions 2 and 3 of the centroid weights.
    close(weightsFromRanks([1, 2, 2, 4]), [0.5208, (0.2708 + 0.1458) / 2, (0.2708 + 0.1458) / 2, 0.0625]);
    expect(weightsFromRanks([1, 1, 1])).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('properties: weights sum to 1; centroid weights strictly fall with rank; ties are equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        for (const weights of [rankOrderCentroid(n), rankSum(n), reciprocalRank(n)]) expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        const roc = rankOrderCentroid(n);
        for (let i = 1; i < n; i++) expect(roc[i]!).toBeLessThan(roc[i - 1]!);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }), (ranks) => {
        const w = weightsFromRanks(ranks);
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        ranks.forEach((r, i) => ranks.forEach((s, j) => (r === s ? expect(w[i]).toBeCloseTo(w[j]!, 12) : r < s ? expect(w[i]!).toBeGreaterThan(w[j]!) : undefined)));
      }),
    );
  });
});

describe('AHP', () => {
  it('the classic 3 × 3 example: weights 0.637, 0.258, 0.105, λmax 3.039, CR 0.033 (computed by hand with power iteration; the same figures as Saaty-style tutorials)', () => {
    const result = ahp([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    close(result.weights, [0.637, 0.258, 0.105], 3);
    expect(result.lambdaMax).toBeCloseTo(3.0385, 4);
    expect(result.ci).toBeCloseTo(0.0193, 4);
    expect(result.cr).toBeCloseTo(0.0332, 4);
  });

  it('uses Saaty\'s random indices: a 4 × 4 with CI 0.09 has CR 0.1', () => {
    // Any matrix: CR / CI must be 1 / 0.90 for n = 4.
    const result = ahp([
      [1, 2, 4, 8],
      [1 / 2, 1, 3, 3],
      [1 / 4, 1 / 3, 1, 2],
      [1 / 8, 1 / 3, 1 / 2, 1],
    ]);
    expect(result.cr / result.ci).toBeCloseTo(1 / 0.9, 12);
  });

  it('refuses a matrix that is not square, positive, with 1 on the diagonal and reciprocal, saying where', () => {
    expect(() => ahp([[1, 2], [0.5]])).toThrow('an AHP matrix must be square: row 2 has 1 entries, not 2');
    expect(() => ahp([[1, -2], [-0.5, 1]])).toThrow('an AHP matrix must be positive: entry (1, 2) is -2');
    expect(() => ahp([[2, 2], [0.5, 1]])).toThrow('an AHP matrix must have 1 on its diagonal: entry (1, 1) is 2');
    expect(() => ahp([[1, 2], [2, 1]])).toThrow('an AHP matrix must be reciprocal: entry (1, 2) is 2 but (2, 1) is 2, not its reciprocal');
  });

  it('properties: a consistent matrix has CR 0 and gives back the weights that made it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 12 }), (raw) => {
        const total = raw.reduce((a, b) => a + b, 0);
        const weights = raw.map((x) => x / total);
        const result = ahp(weights.map((wi) => weights.map((wj) => wi / wj)));
        close(result.weights, weights, 9);
        expect(result.cr).toBeCloseTo(0, 9);
        expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('completes missing comparisons (Harker 1987) while they connect every criterion, and names the missing pairs', () => {
    const result = ahpIncomplete(3, [
      { a: 0, b: 1, value: 3 },
      { a: 1, b: 2, value: 3 },
    ]);
    close(result.weights, [9 / 13, 3 / 13, 1 / 13], 9);
    expect(result.cr).toBeCloseTo(0, 9);
    expect(result.missing).toEqual([[0, 2]]);
    expect(() => ahpIncomplete(3, [{ a: 0, b: 1, value: 3 }])).toThrow('the comparisons do not connect every item: nothing links item 3 to item 1');
  });

  it('names the items the comparisons leave unlinked to the first, directly or through others', () => {
    expect(unlinkedItems(4, [{ a: 0, b: 1, value: 3 }, { a: 1, b: 3, value: 2 }])).toEqual([2]);
    expect(unlinkedItems(3, [{ a: 1, b: 2, value: 3 }])).toEqual([1, 2]);
    expect(unlinkedItems(3, [{ a: 0, b: 2, value: 1 }, { a: 2, b: 1, value: 5 }])).toEqual([]);
  });

  it('points at the judgement most out of line with the rest', () => {
    // Weights 8 : 4 : 2 : 1, judged consistently but for 1-vs-4, which says 1/8 where the others imply 8.
    // (With three items one bad judgement spreads evenly over all three; with four it stands out.)
    const judgements = [
      { a: 0, b: 1, value: 2 },
      { a: 0, b: 2, value: 4 },
      { a: 0, b: 3, value: 1 / 8 },
      { a: 1, b: 2, value: 2 },
      { a: 1, b: 3, value: 4 },
      { a: 2, b: 3, value: 2 },
    ];
    const result = ahpIncomplete(4, judgements);
    expect(result.cr).toBeGreaterThan(0.1);
    expect(mostInconsistent(judgements, result.weights, 1)[0]).toMatchObject({ a: 0, b: 3, value: 1 / 8 });
  });
});

describe('the weights in force', () => {
  const criteria = ['safety', 'cost', 'time'].map((id) => ({ id, label: id, description: 'd', direction: 'benefit' as const, scale: { min: 0, max: 1 }, weight: 1 }));
  const base = { active: 'direct' as const, direct: { safety: 1, cost: 1, time: 1 } };

  it('come from the active method: points, ranking (rank-order centroid), swing or AHP', () => {
    expect(weightsInForce({ ...base, active: 'points', points: { safety: 50, cost: 30, time: 20 } }, criteria)).toEqual({ weights: { safety: 50, cost: 30, time: 20 }, method: 'points' });
    const ranked = weightsInForce({ ...base, active: 'ranking', ranking: { safety: 2, cost: 1, time: 3 } }, criteria);
    close([ranked.weights.cost!, ranked.weights.safety!, ranked.weights.time!], rankOrderCentroid(3), 12);
    expect(weightsInForce({ ...base, active: 'swing', swing: { safety: 100, cost: 50, time: 0 } }, criteria).weights).toEqual({ safety: 100, cost: 50, time: 0 });
    const judged = weightsInForce({ ...base, active: 'ahp', ahp: [{ a: 'safety', b: 'cost', value: 3 }, { a: 'cost', b: 'time', value: 3 }] }, criteria);
    close([judged.weights.safety!, judged.weights.cost!, judged.weights.time!], [9 / 13, 3 / 13, 1 / 13], 9);
  });

  it('fall back to the direct weights, saying why, while the active method is incomplete', () => {
    expect(weightsInForce({ ...base, active: 'points', points: { safety: 50, cost: 30, time: 10 } }, criteria)).toMatchObject({ method: 'direct', fallback: 'the 100-point allocation adds up to 90, not 100' });
    expect(weightsInForce({ ...base, active: 'ranking', ranking: { safety: 1 } }, criteria)).toMatchObject({ method: 'direct', fallback: 'the ranking does not place every criterion yet' });
    expect(weightsInForce({ ...base, active: 'ahp', ahp: [{ a: 'safety', b: 'cost', value: 3 }] }, criteria).fallback).toBe('the pairwise comparisons do not link every criterion yet');
  });

  it('read AHP judgements by criterion position, leaving out those about criteria the scenario does not have', () => {
    const judgements = [{ a: 'time', b: 'safety', value: 3 }, { a: 'gone', b: 'cost', value: 2 }, { a: 'cost', b: 'cost', value: 1 }];
    expect(indexedJudgements(judgements, criteria)).toEqual([{ a: 2, b: 0, value: 3 }]);
    expect(indexedJudgements(undefined, criteria)).toEqual([]);
  });
});
