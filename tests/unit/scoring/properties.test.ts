import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributions, normaliseScore, normaliseWeights, rankTotals, weightedTotals } from '../../../src/domain/scoring';
import type { Criterion } from '../../../src/domain/scenario';

/** Scores on a grid of tenths keep exact ties exact and different totals clearly apart. */
const cell = fc.integer({ min: 0, max: 10 }).map((n) => n / 10);
const problem = fc.integer({ min: 1, max: 8 }).chain((criteria) =>
  fc.record({
    matrix: fc.array(fc.array(cell, { minLength: criteria, maxLength: criteria }), { minLength: 1, maxLength: 8 }),
    raw: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: criteria, maxLength: criteria }).filter((w) => w.some((x) => x > 0)),
  }),
);
const criteriaFor = (n: number): Criterion[] =>
  Array.from({ length: n }, (_, j) => ({ id: `c${j}`, label: `C${j}`, description: 'd', direction: 'benefit', scale: { min: 0, max: 1 }, weight: 1 }));
const weightsOf = (raw: number[]) => normaliseWeights(criteriaFor(raw.length), Object.fromEntries(raw.map((w, j) => [`c${j}`, w])));

describe('properties of the weighted-sum model', () => {
  it('normalised weights are non-negative and sum to 1', () => {
    fc.assert(
      fc.property(problem, ({ raw }) => {
        const w = weightsOf(raw);
        expect(w.every((x) => x >= 0)).toBe(true);
        expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('multiplying every weight by the same positive number changes nothing', () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: 2, max: 1000 }), ({ matrix, raw }, k) => {
        const a = weightedTotals(matrix, weightsOf(raw));
        const b = weightedTotals(matrix, weightsOf(raw.map((x) => x * k)));
        a.forEach((t, i) => expect(b[i]).toBeCloseTo(t, 12));
        expect(rankTotals(b).rank).toEqual(rankTotals(a).rank);
      }),
    );
  });

  it('adding the same amount to one criterion for every option leaves the ranking unchanged', () => {
    fc.assert(
      fc.property(problem, fc.nat(), fc.integer({ min: -5, max: 5 }), ({ matrix, raw }, column, shift) => {
        const j = column % matrix[0]!.length;
        const shifted = matrix.map((row) => row.map((v, k) => (k === j ? v + shift / 10 : v)));
        const w = weightsOf(raw);
        expect(rankTotals(weightedTotals(shifted, w)).rank).toEqual(rankTotals(weightedTotals(matrix, w)).rank);
      }),
    );
  });

  it('totals stay within 0..1 and are the sum of their contributions', () => {
    fc.assert(
      fc.property(problem, ({ matrix, raw }) => {
        const w = weightsOf(raw);
        weightedTotals(matrix, w).forEach((total, i) => {
          expect(total).toBeGreaterThanOrEqual(-1e-12);
          expect(total).toBeLessThanOrEqual(1 + 1e-12);
          expect(contributions(matrix[i]!, w).reduce((a, b) => a + b, 0)).toBeCloseTo(total, 12);
        });
      }),
    );
  });

  it('an option at least as good on every criterion never ranks below the other', () => {
    fc.assert(
      fc.property(problem, fc.nat(), fc.nat(), ({ matrix, raw }, x, y) => {
        const a = x % matrix.length;
        const b = y % matrix.length;
        const dominating = matrix.map((row, i) => (i === a ? row.map((v, j) => Math.max(v, matrix[b]![j]!)) : row));
        const { rank } = rankTotals(weightedTotals(dominating, weightsOf(raw)));
        expect(rank[a]!).toBeLessThanOrEqual(rank[b]!);
      }),
    );
  });

  it('ranks run 1..n, best first, with tied options sharing equal totals', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), (totals) => {
        const { rank, tied, order } = rankTotals(totals);
        expect([...order].sort((p, q) => p - q)).toEqual(totals.map((_, i) => i));
        for (let k = 1; k < order.length; k++) expect(totals[order[k - 1]!]!).toBeGreaterThanOrEqual(totals[order[k]!]!);
        totals.forEach((t, i) => {
          expect(rank[i]).toBe(1 + totals.filter((u) => u > t).length);
          expect(tied[i]).toBe(totals.filter((u) => u === t).length > 1);
        });
      }),
    );
  });

  it('a score is as good for a benefit as it is bad for a cost on the same scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), (min, span, share) => {
        const scale = { min, max: min + span };
        const value = min + share * span;
        const sum = normaliseScore(value, { direction: 'benefit', scale }) + normaliseScore(value, { direction: 'cost', scale });
        expect(sum).toBeCloseTo(1, 12);
      }),
    );
  });
});
