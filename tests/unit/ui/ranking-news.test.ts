import { describe, expect, it } from 'vitest';
import { rankTotals } from '../../../src/domain/scoring';
import { rankingNews } from '../../../src/ui/views/ranking-news';

const labels = ['Airstrikes', 'Restraint', 'Status quo'];

describe('what a screen reader is told when the ranking changes', () => {
  it('names the new holder of the highest place that changed hands, once', () => {
    expect(rankingNews(rankTotals([0.5, 0.6, 0.4]), rankTotals([0.7, 0.6, 0.4]), labels)).toBe('Airstrikes now first');
    // The leader stays; second and third swap: the second place is the news.
    expect(rankingNews(rankTotals([0.7, 0.6, 0.4]), rankTotals([0.7, 0.3, 0.4]), labels)).toBe('Status quo now second');
  });

  it('says when a place becomes shared', () => {
    expect(rankingNews(rankTotals([0.7, 0.6, 0.4]), rankTotals([0.7, 0.7, 0.4]), labels)).toBe('Airstrikes now tied first');
  });

  it('says nothing when the totals move but no place changes', () => {
    expect(rankingNews(rankTotals([0.7, 0.6, 0.4]), rankTotals([0.8, 0.5, 0.1]), labels)).toBeUndefined();
  });

  it('words places past the tenth as ordinals', () => {
    const totals = Array.from({ length: 12 }, (_, i) => 1 - i / 100);
    const swapped = [...totals];
    [swapped[10], swapped[11]] = [totals[11]!, totals[10]!];
    const names = totals.map((_, i) => `Option ${i + 1}`);
    expect(rankingNews(rankTotals(totals), rankTotals(swapped), names)).toBe('Option 12 now 11th');
  });
});
