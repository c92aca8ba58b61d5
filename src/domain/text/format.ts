/** An overall value on 0..1 shown as points out of 100. */
export function points(value01: number, digits = 1): string {
  return (value01 * 100).toFixed(digits);
}

/** A difference of overall values on 0..1, as signed points out of 100 with fixed decimals. */
export function pointsDifference(delta01: number, digits = 1): string {
  const text = Math.abs(delta01 * 100).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return delta01 > 0 ? `+${text}` : `−${text}`;
}

/** A weight on 0..1 shown as a percentage. */
export function percent(value01: number, digits = 1): string {
  return `${(value01 * 100).toFixed(digits)}%`;
}

/** A number with up to `digits` decimals and no trailing zeros; minus as U+2212 when signed. */
export function number(value: number, digits = 2, signed = false): string {
  const text = String(Number(value.toFixed(digits)));
  if (!signed) return text;
  return value > 0 ? `+${text}` : value < 0 ? `−${text.slice(1)}` : '0';
}

/** "1", "=2" for tied ranks. */
export function rankLabel(rank: number, tied: boolean): string {
  return tied ? `=${rank}` : String(rank);
}

/** "1st", "2nd", "3rd", "4th", … "11th", "12th", "13th", "21st". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "1 fact", "3 facts". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A count that may be astronomically large (paths through a machine): exact up to a million, then "about 1.1 × 10^12"; beyond what a number holds, "more than 10^308". */
export function approximateCount(count: number): string {
  if (!Number.isFinite(count)) return 'more than 10^308';
  if (count < 1e6) return String(count);
  const exponent = Math.floor(Math.log10(count));
  return `about ${(count / 10 ** exponent).toFixed(1)} × 10^${exponent}`;
}

/** A probability for people: whole per cents, but never "0%" or "100%" for something merely unlikely or likely. */
export function chance(p: number): string {
  if (p <= 0) return '0%';
  if (p >= 1) return '100%';
  if (p < 0.0001) return 'under 0.01%';
  if (p < 0.01) return `${Number((p * 100).toPrecision(2))}%`;
  const whole = Math.round(p * 100);
  return whole >= 100 ? 'over 99%' : `${whole}%`;
}

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
