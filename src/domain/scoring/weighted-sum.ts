/**
 * Additive value model over plain arrays, so that later analyses (stability,
 * Monte Carlo) can call it in tight loops: rows are options, columns criteria,
 * cells normalised scores on 0..1, weights summing to 1.
 */
export function contributions(normalisedRow: readonly number[], weights: readonly number[]): number[] {
  return normalisedRow.map((s, j) => s * weights[j]!);
}

export function weightedTotals(matrix: readonly (readonly number[])[], weights: readonly number[]): number[] {
  return matrix.map((row) => {
    let total = 0;
    for (let j = 0; j < row.length; j++) total += row[j]! * weights[j]!;
    return total;
  });
}
