import type { Criterion } from '../domain/scenario';
import { criterionFill } from './palette';

/*
 * A segment of a contribution bar is what a criterion adds to an option's
 * value. For a risk or a cost that is the risk or cost avoided: a long
 * "Risk of escalation" segment means little risk. So such segments are named
 * for what they add ("Risk of escalation avoided") and hatched, and never
 * read as a lot of the risk.
 */

/**
 * "Risk of escalation avoided" for a cost criterion labelled "Risk of
 * escalation"; a benefit's label as it is. A word after the label, not
 * before ("Less …"), so that a label starting with a name keeps its case.
 */
export function contributionName(criterion: Pick<Criterion, 'label' | 'direction'>): string {
  return criterion.direction === 'cost' ? `${criterion.label} avoided` : criterion.label;
}

// Light and dark lines together, so the hatching shows on pale and on deep colours alike.
const HATCH = 'repeating-linear-gradient(45deg, rgba(255,255,255,0.85) 0 1.5px, rgba(17,24,39,0.55) 1.5px 3px, transparent 3px 7px)';

/** The CSS background of criterion `index`'s segment: its colour, hatched for a risk or cost. */
export function contributionFill(index: number, direction: Criterion['direction']): string {
  return direction === 'cost' ? `${HATCH}, ${criterionFill(index)}` : criterionFill(index);
}
