import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { move, ranksFromTiers, setTiedWithAbove, tiedWithAbove, tiersByRating, tiersFromRanks, type Tiers } from '../../../src/ui/views/weights/ranking-order';

describe('an order of importance with ties', () => {
  it('reads ranks into tiers (ties together, unranked last) and writes competition ranks back', () => {
    expect(tiersFromRanks([2, 1, 2, undefined, 4])).toEqual([[1], [0, 2], [4], [3]]);
    expect(ranksFromTiers([[1], [0, 2], [4], [3]])).toEqual([2, 1, 2, 5, 4]);
    expect(ranksFromTiers(tiersFromRanks([1, 7, 7, 9]))).toEqual([1, 2, 2, 4]);
  });

  it('orders swings by rating, highest first, with no ties and the unrated last', () => {
    expect(tiersByRating([50, 100, undefined, 50])).toEqual([[1], [0], [3], [2]]);
  });

  it('moves a criterion past its neighbour, or out of a tie just above or below the others in it', () => {
    const tiers: Tiers = [[0], [1, 2], [3]];
    expect(move(tiers, 3, 'up')).toEqual([[0], [3], [1, 2]]);
    expect(move(tiers, 2, 'up')).toEqual([[0], [2], [1], [3]]);
    expect(move(tiers, 1, 'down')).toEqual([[0], [2], [1], [3]]);
    expect(move(tiers, 0, 'down')).toEqual([[1, 2], [0], [3]]);
  });

  it('gives back the same tiers where there is nowhere to go', () => {
    const tiers: Tiers = [[0], [1, 2], [3]];
    expect(move(tiers, 0, 'up')).toBe(tiers);
    expect(move(tiers, 3, 'down')).toBe(tiers);
  });

  it('ties a criterion with the one above it, and unties it again', () => {
    const tiers: Tiers = [[0], [1], [2, 3]];
    const tied = setTiedWithAbove(tiers, 2, true);
    expect(tied).toEqual([[0], [1, 2, 3]]);
    expect(tiedWithAbove(tied, 2)).toBe(true);
    expect(tiedWithAbove(tied, 1)).toBe(false);
    expect(setTiedWithAbove(tied, 2, false)).toEqual([[0], [1], [2, 3]]);
    expect(setTiedWithAbove(tiers, 0, true)).toBe(tiers);
    expect(() => move(tiers, 9, 'up')).toThrow('criterion 10 is not in the order');
  });

  it('properties: every move and tie keeps each criterion exactly once, and ranks survive a round trip', () => {
    const steps = fc.array(fc.tuple(fc.nat(5), fc.constantFrom('up', 'down', 'tie', 'untie')), { maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), { minLength: 6, maxLength: 6 }), steps, (ranks, actions) => {
        let tiers = tiersFromRanks(ranks);
        for (const [item, action] of actions) {
          tiers = action === 'up' || action === 'down' ? move(tiers, item, action) : setTiedWithAbove(tiers, item, action === 'tie');
          expect(tiers.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
          expect(tiers.every((t) => t.length > 0)).toBe(true);
          expect(ranksFromTiers(tiersFromRanks(ranksFromTiers(tiers)))).toEqual(ranksFromTiers(tiers));
        }
      }),
    );
  });
});
