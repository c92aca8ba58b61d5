import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankTotals } from '../../../src/domain/scoring';
import { averageRanks, kendallW } from '../../../src/domain/workshop';

/** Average ranks from raw ratings (higher first; the direction does not change W). */
const ranksOf = (ratings: number[]) => averageRanks(rankTotals(ratings));

describe("Kendall's W against published examples", () => {
  it('Siegel and Castellan (1988): three raters order eight features of a trip, no ties: W = 0.6560847', () => {
    // Nonparametric Statistics for the Behavioral Sciences, 2nd ed., as reproduced in the
    // documentation of R's DescTools::KendallW (which prints W = 0.6560847, chi-squared 13.778 on 7 df).
    //                    airfare climate season people program publicity present interest
    const rankings = [
      [5, 6, 7, 1, 2, 4, 3, 8],
      [1, 7, 6, 2, 3, 5, 4, 8],
      [4, 5, 1, 3, 2, 7, 6, 8],
    ];
    // By hand: m = 3, n = 8. R = 10, 18, 14, 6, 7, 16, 13, 24; their mean m(n+1)/2 = 13.5.
    // S = 3.5² + 4.5² + 0.5² + 7.5² + 6.5² + 2.5² + 0.5² + 10.5² = 248.
    // W = 12 · 248 / (3² · (8³ − 8)) = 2976 / 4536 = 0.656084656…
    expect(kendallW(rankings)).toBeCloseTo(2976 / 4536, 12);
    expect(kendallW(rankings)).toBeCloseTo(0.6560847, 7);
    // Kendall's chi-squared m(n − 1)W, as printed beside it.
    expect(3 * 7 * kendallW(rankings)).toBeCloseTo(13.778, 3);
  });

  it('the "anxiety" ratings of R\'s irr package, 20 subjects by 3 raters with many ties: tie-corrected W = 0.5396569', () => {
    // irr::kendall(anxiety, correct = TRUE) and DescTools::KendallW(anxiety, TRUE) both print 0.5396569.
    const raters = [
      [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3],
      [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4],
      [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2],
    ];
    // By hand: the tie groups of rater 1 are of sizes 6, 5, 4, 2, 2 (and 1), so T₁ = 210 + 120 + 60 + 6 + 6 = 402;
    // rater 2: 8, 5, 4, 2 → T₂ = 504 + 120 + 60 + 6 = 690; rater 3: 7, 5, 5, 2 → T₃ = 336 + 120 + 120 + 6 = 582; ΣT = 1674.
    // The rank sums give S = 3004 about their mean 3 · 21 / 2 = 31.5.
    // W = 12 · 3004 / (9 · (8000 − 20) − 3 · 1674) = 36048 / 66798 = 0.539656876…
    expect(kendallW(raters.map(ranksOf))).toBeCloseTo(36048 / 66798, 12);
    expect(kendallW(raters.map(ranksOf))).toBeCloseTo(0.5396569, 7);
  });

  it('two raters with ties, worked in full', () => {
    // Rater 1 ties objects 1 and 4 (places 4–5) and 2 and 5 (places 2–3); rater 2 ties objects 1 and 4 (places 2–3).
    const rankings = [
      [4.5, 2.5, 1, 4.5, 2.5],
      [2.5, 4, 5, 2.5, 1],
    ];
    // R = 7, 6.5, 6, 7, 3.5 about m(n+1)/2 = 6, so S = 1 + 0.25 + 0 + 1 + 6.25 = 8.5.
    // T₁ = (2³ − 2) + (2³ − 2) = 12, T₂ = 6. W = 12 · 8.5 / (4 · 120 − 2 · 18) = 102 / 444.
    expect(kendallW(rankings)).toBeCloseTo(102 / 444, 12);
  });

  it('without the tie correction the same data would give a lower W: the correction is applied', () => {
    // 102 / 480 is what the uncorrected formula gives for the example above.
    expect(kendallW([[4.5, 2.5, 1, 4.5, 2.5], [2.5, 4, 5, 2.5, 1]])).not.toBeCloseTo(102 / 480, 6);
  });
});

describe("Kendall's W at its edges", () => {
  it('is 1 for a single rater who orders the objects, and 0 when two raters reverse each other', () => {
    expect(kendallW([[2, 1, 3]])).toBe(1);
    expect(kendallW([[1, 2.5, 2.5]])).toBe(1);
    expect(kendallW([[1, 2, 3], [3, 2, 1]])).toBe(0);
  });

  it('is defined when some raters tie everything and others do not', () => {
    // R = 3, 4, 5 about 4: S = 2. T = 0 + (3³ − 3) = 24. W = 24 / (4 · 24 − 2 · 24) = 0.5.
    expect(kendallW([[1, 2, 3], [2, 2, 2]])).toBe(0.5);
  });

  it.each([
    ['no rankings', [], /at least one ranking/],
    ['one object', [[1], [1]], /at least two objects to rank, not 1/],
    ['no objects', [[], []], /at least two objects to rank, not 0/],
    ['rankings of different lengths', [[1, 2, 3], [1, 2]], /rank the same 3 objects: ranking 2 ranks 2/],
    ['every rater tying every object', [[2, 2, 2], [2, 2, 2]], /undefined when every ranking ties every object/],
    ['one rater tying every object', [[1.5, 1.5]], /undefined when every ranking ties every object/],
    ['competition ranks for a tie', [[1, 2, 2, 4]], /ranking 1 is not a ranking with average ranks for ties: the 2 objects ranked 2 occupy places 2 to 3, so should be ranked 2\.5/],
    ['a rank of 0', [[0, 1, 2]], /the object ranked 0 is in place 1, so should be ranked 1/],
    ['a gap in the ranks', [[1, 3], [1, 2]], /ranking 1 .* the object ranked 3 is in place 2, so should be ranked 2/],
    ['a rank that is not a number', [[1, Number.NaN]], /ranking 1 gives object 2 the rank NaN, not a finite number/],
    ['an infinite rank', [[1, 2], [Number.POSITIVE_INFINITY, 1]], /ranking 2 gives object 1 the rank Infinity/],
  ])('refuses %s, saying why', (_, rankings, message) => {
    expect(() => kendallW(rankings as number[][])).toThrow(message);
  });
});

/** A random valid ranking of n objects (average ranks, ties allowed) from random ratings. */
const ranking = (n: number) => fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }).map(ranksOf);
const notAllTied = (r: number[]) => r.some((x) => x !== r[0]);

const panel = fc
  .integer({ min: 2, max: 8 })
  .chain((n) => fc.tuple(fc.constant(n), fc.array(ranking(n), { minLength: 1, maxLength: 9 })))
  .filter(([, rankings]) => rankings.some(notAllTied));

describe("Kendall's W, properties", () => {
  it('is 1 when every rater gives the same ranking (ties allowed, but not everything tied)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => ranking(n)).filter(notAllTied),
        fc.integer({ min: 1, max: 12 }),
        (r, m) => {
          expect(kendallW(Array.from({ length: m }, () => r))).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('lies in 0..1', () => {
    fc.assert(
      fc.property(panel, ([, rankings]) => {
        const w = kendallW(rankings);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('does not change when the raters or the objects are put in another order', () => {
    fc.assert(
      fc.property(
        panel.chain(([n, rankings]) =>
          fc.tuple(fc.constant(rankings), fc.shuffledSubarray(rankings.map((_, p) => p), { minLength: rankings.length }), fc.shuffledSubarray(Array.from({ length: n }, (_, o) => o), { minLength: n })),
        ),
        ([rankings, raters, objects]) => {
          const w = kendallW(rankings);
          expect(kendallW(raters.map((p) => rankings[p]!))).toBe(w);
          expect(kendallW(rankings.map((row) => objects.map((o) => row[o]!)))).toBe(w);
        },
      ),
    );
  });
});

describe('average ranks from a ranking', () => {
  it('give tied items the mean of the places they share', () => {
    // Totals 0.9, 0.5, 0.5, 0.2, 0.5: competition ranks 1, 2, 2, 5, 2; the three tied share places 2–4.
    expect(averageRanks(rankTotals([0.9, 0.5, 0.5, 0.2, 0.5]))).toEqual([1, 3, 3, 5, 3]);
    expect(averageRanks(rankTotals([0.1, 0.3]))).toEqual([2, 1]);
  });
});
