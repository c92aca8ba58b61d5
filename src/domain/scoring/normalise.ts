import type { Criterion } from '../scenario/schema';

/**
 * A criterion score on 0..1 where 1 is always the better end: linear over the
 * criterion's scale, flipped for costs.
 */
export function normaliseScore(value: number, criterion: Pick<Criterion, 'direction' | 'scale'>): number {
  const { min, max } = criterion.scale;
  const share = (value - min) / (max - min);
  return criterion.direction === 'benefit' ? share : 1 - share;
}
