import type { Ranking } from '../../domain/scoring';
import { ordinal } from '../../domain/text/format';

const WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "first" … "tenth", then "11th", "22nd": the words a sentence would use. */
function placeInWords(n: number): string {
  return WORDS[n - 1] ?? ordinal(n);
}

/**
 * One sentence for a screen reader when the ranking changes: the highest
 * place that changed hands, and who holds it now ("Airstrikes now first",
 * "Restraint now tied third"), rather than the whole list again. Nothing when
 * no place changed.
 */
export function rankingNews(before: Ranking, after: Ranking, labels: readonly string[]): string | undefined {
  for (let place = 0; place < after.order.length; place++) {
    const i = after.order[place]!;
    if (before.order[place] === i && before.rank[i] === after.rank[i] && before.tied[i] === after.tied[i]) continue;
    return `${labels[i]} now ${after.tied[i] ? 'tied ' : ''}${placeInWords(after.rank[i]!)}`;
  }
  return undefined;
}
