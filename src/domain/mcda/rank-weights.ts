/**
 * Weights from an order of importance alone (Stillwell, Seaver and Edwards
 * 1981; Barron and Barrett 1996). Position 1 is the most important; the
 * weights sum to 1 and fall with position.
 */

/** Rank-order centroid: w_i = (1/n) Σ_{k=i..n} 1/k, the centre of the weights consistent with the order. */
export function rankOrderCentroid(n: number): number[] {
  checkCount(n);
  const weights = new Array<number>(n);
  let tail = 0;
  for (let i = n; i >= 1; i--) {
    tail += 1 / i;
    weights[i - 1] = tail / n;
  }
  return weights;
}

/** Rank sum: w_i = 2 (n + 1 − i) / (n (n + 1)). */
export function rankSum(n: number): number[] {
  checkCount(n);
  return Array.from({ length: n }, (_, k) => (2 * (n - k)) / (n * (n + 1)));
}

/** Reciprocal of the rank: w_i = (1/i) / Σ 1/k. */
export function reciprocalRank(n: number): number[] {
  checkCount(n);
  const total = Array.from({ length: n }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
  return Array.from({ length: n }, (_, k) => 1 / (k + 1) / total);
}

export type RankMethod = 'centroid' | 'sum' | 'reciprocal';

const METHODS: Record<RankMethod, (n: number) => number[]> = { centroid: rankOrderCentroid, sum: rankSum, reciprocal: reciprocalRank };

/**
 * Weights for items given ranks (1 most important; equal ranks are ties).
 * Tied items share equally the weights of the positions they occupy together,
 * so ties never favour one of them and the weights still sum to 1.
 */
export function weightsFromRanks(ranks: readonly number[], method: RankMethod = 'centroid'): number[] {
  const n = ranks.length;
  checkCount(n);
  if (ranks.some((r) => !Number.isInteger(r) || r < 1)) throw new RangeError('ranks must be whole numbers from 1');
  const byPosition = METHODS[method](n);
  const order = ranks.map((r, i) => ({ r, i })).sort((a, b) => a.r - b.r);
  const weights = new Array<number>(n);
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && order[end + 1]!.r === order[start]!.r) end++;
    let share = 0;
    for (let p = start; p <= end; p++) share += byPosition[p]!;
    share /= end - start + 1;
    for (let p = start; p <= end; p++) weights[order[p]!.i] = share;
    start = end + 1;
  }
  return weights;
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a ranking needs at least one item, not ${n}`);
}
