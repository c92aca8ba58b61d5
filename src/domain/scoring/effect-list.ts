import { own } from '../records/own';
import type { Criterion, Effects } from '../scenario/schema';

export interface EffectEntry {
  criterion: Criterion;
  delta: number;
  /** Whether the change is for the better, given the criterion's direction. */
  better: boolean;
}

/** The non-zero score changes of a choice, in criterion order, each judged better or worse. */
export function effectList(effects: Effects, criteria: readonly Criterion[]): EffectEntry[] {
  return criteria.flatMap((criterion) => {
    const delta = own(effects, criterion.id) ?? 0;
    return delta === 0 ? [] : [{ criterion, delta, better: criterion.direction === 'benefit' ? delta > 0 : delta < 0 }];
  });
}
