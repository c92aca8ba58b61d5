import type { Ranking } from '../scoring/rank';

/**
 * A ranking's places as average ranks: tied items share the mean of the
 * places they occupy together ("1, 2.5, 2.5, 4" where competition ranking
 * says "1, 2, 2, 4"), which is what rank statistics such as Kendall's W take.
 */
export function averageRanks(ranking: Ranking): number[] {
  const groupSize = new Map<number, number>();
  for (const r of ranking.rank) groupSize.set(r, (groupSize.get(r) ?? 0) + 1);
  return ranking.rank.map((r) => r + (groupSize.get(r)! - 1) / 2);
}
