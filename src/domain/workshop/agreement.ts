import { averageRanks } from './average-ranks';
import { kendallW } from './kendall-w';
import type { OptionRanking } from './option-ranking';

/** Kendall's W over the participants' rankings, or why it says nothing here. */
export type Agreement = { ok: true; w: number } | { ok: false; why: string };

/**
 * How far the participants agree on the order of the options: Kendall's W
 * over their rankings, ties at their average rank. Where W is undefined (no
 * rankings, one option, or every ranking a tie of every option) the reason is
 * given instead of a number. One participant agrees with themself: W is 1.
 */
export function rankingAgreement(rankings: readonly OptionRanking[]): Agreement {
  if (rankings.length === 0) return { ok: false, why: 'there are no rankings yet' };
  if (rankings[0]!.totals.length < 2) return { ok: false, why: 'there is only one option to rank' };
  if (rankings.every((r) => r.ranking.rank.every((rank) => rank === 1))) return { ok: false, why: "every participant's weights tie every option, so there is no order to agree on" };
  return { ok: true, w: kendallW(rankings.map((r) => averageRanks(r.ranking))) };
}
