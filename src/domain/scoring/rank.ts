import { TOLERANCE } from '../numeric/tolerance';

/** Totals (on 0..1) closer than this are the same for ranking: they differ only by rounding. */
export const TIE_TOLERANCE = TOLERANCE;

export interface Ranking {
  /** 1 is best; tied items share the best rank of their group ("1, 2, 2, 4"). */
  rank: number[];
  /** Whether each item shares its rank with another. */
  tied: boolean[];
  /** Item indices, best first; ties keep input order. */
  order: number[];
}

/** Standard competition ranking of totals, higher is better. */
export function rankTotals(totals: readonly number[], tolerance = TIE_TOLERANCE): Ranking {
  const order = totals.map((_, i) => i).sort((a, b) => totals[b]! - totals[a]! || a - b);
  const rank = new Array<number>(totals.length);
  const tied = new Array<boolean>(totals.length).fill(false);
  for (let pos = 0; pos < order.length; pos++) {
    const i = order[pos]!;
    const prev = pos > 0 ? order[pos - 1]! : undefined;
    if (prev !== undefined && totals[prev]! - totals[i]! <= tolerance) {
      rank[i] = rank[prev]!;
      tied[i] = tied[prev] = true;
    } else {
      rank[i] = pos + 1;
    }
  }
  return { rank, tied, order };
}
