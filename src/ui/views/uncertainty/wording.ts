import { percent } from '../../../domain/text/format';

/** A probability for a table or a sentence: one decimal, with "<0.1%" rather than a misleading "0.0%" for a sliver above 0. */
export function probabilityText(p: number): string {
  if (p > 0 && p < 0.0005) return '<0.1%';
  if (p < 1 && p >= 0.9995) return '>99.9%';
  return percent(p, 1);
}

/**
 * "one chance in 4 (24.9%)": odds read more easily than percentages in a
 * room, but only while they are long; from even odds on, the percentage alone.
 */
export function chanceInWords(p: number): string {
  if (p <= 0) return 'no chance';
  if (p > 0.5) return `a ${probabilityText(p)} chance`;
  return `one chance in ${Math.round(1 / p).toLocaleString('en-GB')} (${probabilityText(p)})`;
}
