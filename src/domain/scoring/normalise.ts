import type { Criterion } from '../scenario/schema';

/**
 * A criterion score on 0..1 where 1 is always the better end: linear over the
 * criterion's scale, flipped for costs. The loader lets a score pass the end
 * of its scale by float rounding only, and that is clamped away here.
 */
export function normaliseScore(value: number, criterion: Pick<Criterion, 'direction' | 'scale'>): number {
  const { min, max } = criterion.scale;
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return criterion.direction === 'benefit' ? share : 1 - share;
}
