/**
 * Kendall's coefficient of concordance W, corrected for ties (Kendall and
 * Babington Smith 1939; Siegel and Castellan 1988, §9.4; Legendre 2005): how
 * far m raters agree on the order of n objects, from 0 (no agreement beyond
 * chance) to 1 (the same order).
 *
 * `rankings[p][o]` is rater p's rank of object o, tied objects sharing the
 * average of the places they occupy. With R_o = Σ_p rankings[p][o],
 * S = Σ_o (R_o − m(n + 1)/2)² and T_p = Σ over rater p's groups of t tied
 * objects of (t³ − t):
 *
 *   W = 12 S / (m² (n³ − n) − m Σ_p T_p)
 *
 * Edge cases, by decision:
 * - one rater: W is 1 (the formula's value: a rater agrees with itself), unless
 *   that rater ties everything;
 * - every rater ties every object: the denominator is 0 and W is undefined (no
 *   textbook gives it a value: there is no order to agree on), so this throws;
 * - fewer than two objects, no raters, rows of different lengths, or a row
 *   that is not a valid assignment of average ranks (for instance competition
 *   ranks "1, 2, 2, 4", or a 0): throws a RangeError that says what is wrong.
 * Average ranks are integers or halves, exact in floating point, so ties and
 * valid ranks are recognised by exact equality.
 */
export function kendallW(rankings: number[][]): number {
  if (!Array.isArray(rankings) || rankings.length === 0) throw new RangeError("Kendall's W needs at least one ranking");
  const m = rankings.length;
  const n = Array.isArray(rankings[0]) ? rankings[0].length : 0;
  rankings.forEach((row, p) => {
    if (!Array.isArray(row) || row.length !== n) throw new RangeError(`every ranking must rank the same ${n} objects: ranking ${p + 1} ${Array.isArray(row) ? `ranks ${row.length}` : 'is not a list'}`);
  });
  if (n < 2) throw new RangeError(`Kendall's W needs at least two objects to rank, not ${n}`);
  const ties = rankings.reduce((sum, row, p) => sum + tieTerm(row, p), 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (denominator === 0) throw new RangeError("Kendall's W is undefined when every ranking ties every object: there is no order to agree on");
  const middle = (m * (n + 1)) / 2;
  let s = 0;
  for (let o = 0; o < n; o++) {
    const total = rankings.reduce((sum, row) => sum + row[o]!, 0);
    s += (total - middle) ** 2;
  }
  return (12 * s) / denominator;
}

/** Σ (t³ − t) over the row's groups of tied ranks, after checking that the row is a valid average-rank assignment. */
function tieTerm(row: readonly number[], p: number): number {
  const bad = row.findIndex((r) => typeof r !== 'number' || !Number.isFinite(r));
  if (bad >= 0) throw new RangeError(`ranking ${p + 1} gives object ${bad + 1} the rank ${String(row[bad])}, not a finite number`);
  const sorted = [...row].sort((a, b) => a - b);
  let term = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[start]) end++;
    const t = end - start + 1;
    // A group of t tied objects occupying places start+1 .. start+t shares their mean.
    const expected = start + 1 + (t - 1) / 2;
    if (sorted[start] !== expected) {
      const where = t === 1 ? `the object ranked ${sorted[start]} is in place ${start + 1}` : `the ${t} objects ranked ${sorted[start]} occupy places ${start + 1} to ${end + 1}`;
      throw new RangeError(`ranking ${p + 1} is not a ranking with average ranks for ties: ${where}, so should be ranked ${expected}`);
    }
    term += t ** 3 - t;
    start = end + 1;
  }
  return term;
}
