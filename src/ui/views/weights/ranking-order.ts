/**
 * An order of importance with ties, as the ranking and swing views edit it:
 * tiers of criterion positions, most important first; the criteria in one
 * tier share a rank. Pure, so that every move can be tested without a page.
 */
export type Tiers = readonly (readonly number[])[];

export type Direction = 'up' | 'down';

/** Tiers from ranks by criterion position (1 most important, equal ranks tied); positions without a rank follow, one a tier, in order. */
export function tiersFromRanks(ranks: readonly (number | undefined)[]): Tiers {
  const ranked = ranks.flatMap((r, i) => (r === undefined ? [] : [{ r, i }])).sort((x, y) => x.r - y.r || x.i - y.i);
  const tiers: number[][] = [];
  ranked.forEach(({ r, i }, k) => {
    if (k > 0 && ranked[k - 1]!.r === r) tiers.at(-1)!.push(i);
    else tiers.push([i]);
  });
  ranks.forEach((r, i) => {
    if (r === undefined) tiers.push([i]);
  });
  return tiers;
}

/** Competition ranks by criterion position (1, 2, 2, 4): a tier's rank is one more than the number of criteria above it. */
export function ranksFromTiers(tiers: Tiers): number[] {
  const ranks: number[] = [];
  let above = 0;
  for (const tier of tiers) {
    for (const i of tier) ranks[i] = above + 1;
    above += tier.length;
  }
  return ranks;
}

/** Positions by rating, highest first (equal ratings in criterion order), then those not rated; no ties. */
export function tiersByRating(ratings: readonly (number | undefined)[]): Tiers {
  // A higher rating is a better (smaller) rank.
  return tiersFromRanks(ratings.map((r) => (r === undefined ? undefined : -r)))
    .flat()
    .map((i) => [i]);
}

/**
 * One step up or down: a criterion tied with others leaves the tie, just
 * above (or below) them; one alone changes places with the neighbouring tier.
 * The same tiers come back when there is nowhere to go.
 */
export function move(tiers: Tiers, item: number, direction: Direction): Tiers {
  const k = tierOf(tiers, item);
  const tier = tiers[k]!;
  if (tier.length > 1) {
    const rest = tier.filter((i) => i !== item);
    return [...tiers.slice(0, k), ...(direction === 'up' ? [[item], rest] : [rest, [item]]), ...tiers.slice(k + 1)];
  }
  const other = direction === 'up' ? k - 1 : k + 1;
  if (other < 0 || other >= tiers.length) return tiers;
  const next = [...tiers];
  next[k] = tiers[other]!;
  next[other] = tier;
  return next;
}

/** Whether a criterion shares its rank with the one listed just above it. */
export function tiedWithAbove(tiers: Tiers, item: number): boolean {
  return tiers[tierOf(tiers, item)]!.indexOf(item) > 0;
}

/** Ties a criterion with the one listed above it (their tiers merge), or unties it (its tier splits just above it). */
export function setTiedWithAbove(tiers: Tiers, item: number, tied: boolean): Tiers {
  const k = tierOf(tiers, item);
  const tier = tiers[k]!;
  const at = tier.indexOf(item);
  if (tied) return at > 0 || k === 0 ? tiers : [...tiers.slice(0, k - 1), [...tiers[k - 1]!, ...tier], ...tiers.slice(k + 1)];
  return at === 0 ? tiers : [...tiers.slice(0, k), tier.slice(0, at), tier.slice(at), ...tiers.slice(k + 1)];
}

function tierOf(tiers: Tiers, item: number): number {
  const k = tiers.findIndex((t) => t.includes(item));
  if (k < 0) throw new RangeError(`criterion ${item + 1} is not in the order`);
  return k;
}
