/**
 * The analytic hierarchy process (Saaty 1977, 1980): weights from pairwise
 * judgements "how much more important is i than j" on the 1–9 scale, as the
 * principal eigenvector of the reciprocal matrix; its eigenvalue λmax measures
 * consistency: CI = (λmax − n) / (n − 1), CR = CI / RI(n).
 */
export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
}

/** Saaty's random indices: the mean CI of random reciprocal matrices of each size (Saaty 1980). */
export const RANDOM_INDEX: readonly number[] = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** Above this consistency ratio Saaty advises revising the judgements. */
export const CR_LIMIT = 0.1;

/** Weights, λmax, CI and CR of a complete matrix; throws a clear error unless it is square, positive and reciprocal. */
export function ahp(matrix: readonly (readonly number[])[]): AhpResult {
  const n = matrix.length;
  if (n === 0) throw new RangeError('an AHP matrix needs at least one row');
  matrix.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`an AHP matrix must be square: row ${i + 1} has ${row.length} entries, not ${n}`);
    row.forEach((a, j) => {
      if (!Number.isFinite(a) || a <= 0) throw new RangeError(`an AHP matrix must be positive: entry (${i + 1}, ${j + 1}) is ${a}`);
    });
  });
  for (let i = 0; i < n; i++) {
    if (Math.abs(matrix[i]![i]! - 1) > 1e-9) throw new RangeError(`an AHP matrix must have 1 on its diagonal: entry (${i + 1}, ${i + 1}) is ${matrix[i]![i]}`);
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(matrix[i]![j]! * matrix[j]![i]! - 1) > 1e-9) {
        throw new RangeError(`an AHP matrix must be reciprocal: entry (${i + 1}, ${j + 1}) is ${matrix[i]![j]} but (${j + 1}, ${i + 1}) is ${matrix[j]![i]}, not its reciprocal`);
      }
    }
  }
  const { vector, value } = principalEigen(matrix);
  return withConsistency(vector, value, n);
}

/** One judgement between two items: `value` > 1 when `a` is the more important, its reciprocal when `b` is. */
export interface Judgement {
  a: number;
  b: number;
  value: number;
}

export interface IncompleteAhpResult extends AhpResult {
  /** Pairs not judged, as item indices. */
  missing: Array<[number, number]>;
}

/**
 * AHP from some of the pairs (Harker 1987): each missing entry is taken as
 * w_i / w_j, which amounts to the eigenvector of the matrix with 0 for the
 * missing entries and 1 + (number missing in the row) on the diagonal. The
 * judgements must connect every item, or the weights are not determined.
 */
export function ahpIncomplete(n: number, judgements: readonly Judgement[]): IncompleteAhpResult {
  const known = knownEntries(n, judgements);
  const missing: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (known[i]![j] === 0) missing.push([i, j]);
  const unreached = unconnected(known);
  if (unreached.length > 0) throw new RangeError(`the comparisons do not connect every item: nothing links item ${unreached[0]! + 1} to item 1; compare it with any item that is linked`);
  const harker = known.map((row, i) => row.map((a, j) => (i === j ? 1 + row.filter((x, k) => k !== i && x === 0).length : a)));
  const { vector } = principalEigen(harker);
  // Consistency is judged on the completed matrix, with w_i / w_j in the gaps.
  const completed = known.map((row, i) => row.map((a, j) => (i === j ? 1 : a === 0 ? vector[i]! / vector[j]! : a)));
  const { value } = principalEigen(completed);
  return { ...withConsistency(vector, value, n), missing };
}

/** The items the judgements do not link to item 0, directly or through others: none when they connect every item. */
export function unlinkedItems(n: number, judgements: readonly Judgement[]): number[] {
  return unconnected(knownEntries(n, judgements));
}

/** The pairs whose judgement departs most from what the weights imply, worst first: a_ij × w_j / w_i far from 1 either way. */
export function mostInconsistent(judgements: readonly Judgement[], weights: readonly number[], count = 3): Array<Judgement & { implied: number; factor: number }> {
  return judgements
    .map((j) => {
      const implied = weights[j.a]! / weights[j.b]!;
      return { ...j, implied, factor: Math.exp(Math.abs(Math.log(j.value / implied))) };
    })
    .sort((x, y) => y.factor - x.factor)
    .slice(0, count);
}

function withConsistency(vector: readonly number[], lambdaMax: number, n: number): AhpResult {
  const ci = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = RANDOM_INDEX[Math.min(n, RANDOM_INDEX.length - 1)]!;
  return { weights: [...vector], lambdaMax, ci, cr: ri > 0 ? ci / ri : 0 };
}

/**
 * The principal (Perron) eigenvector of a positive matrix, normalised to sum
 * to 1, by power iteration from the row geometric means, and its eigenvalue.
 */
function principalEigen(matrix: readonly (readonly number[])[]): { vector: number[]; value: number } {
  const n = matrix.length;
  let vector = matrix.map((row) => Math.exp(row.reduce((s, a) => s + (a > 0 ? Math.log(a) : 0), 0) / n));
  let sum = vector.reduce((a, b) => a + b, 0);
  vector = vector.map((v) => v / sum);
  let value = n;
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const next = matrix.map((row) => row.reduce((s, a, j) => s + a * vector[j]!, 0));
    sum = next.reduce((a, b) => a + b, 0);
    value = sum; // Σ (A v)_i with Σ v_i = 1
    const normalised = next.map((v) => v / sum);
    const change = normalised.reduce((m, v, i) => Math.max(m, Math.abs(v - vector[i]!)), 0);
    vector = normalised;
    if (change < 1e-15) break;
  }
  return { vector, value };
}

/** The judged entries of the matrix, with 0 where a pair is not judged (a later judgement of a pair replaces an earlier one). */
function knownEntries(n: number, judgements: readonly Judgement[]): number[][] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`AHP needs at least one item, not ${n}`);
  const known = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const { a, b, value } of judgements) {
    if (!(a >= 0 && a < n && b >= 0 && b < n) || a === b) throw new RangeError(`a judgement compares two different items among the ${n}, not ${a + 1} and ${b + 1}`);
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`a judgement must be a positive number, not ${value}`);
    known[a]![b] = value;
    known[b]![a] = 1 / value;
  }
  return known;
}

/** Items not linked to item 0 through the known (non-zero) entries. */
function unconnected(known: readonly (readonly number[])[]): number[] {
  const seen = new Set([0]);
  const stack = [0];
  while (stack.length > 0) {
    const i = stack.pop()!;
    known[i]!.forEach((a, j) => {
      if (a > 0 && !seen.has(j)) {
        seen.add(j);
        stack.push(j);
      }
    });
  }
  return known.map((_, i) => i).filter((i) => !seen.has(i));
}
