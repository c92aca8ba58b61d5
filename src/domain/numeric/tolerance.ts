/**
 * One rule for "equal" wherever the tool compares computed numbers (sums of
 * probabilities, scores against the ends of a scale, totals for ties): closer
 * than a billionth of their size (or than a billionth, near zero) is float
 * rounding, not a difference anyone meant. 0.1 + 0.2 is 0.3; 0.9999999 is not 1.
 */
export const TOLERANCE = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `value` is above `limit` by more than rounding. */
export function above(value: number, limit: number): boolean {
  return value > limit && !nearlyEqual(value, limit);
}

/** `value` is below `limit` by more than rounding. */
export function below(value: number, limit: number): boolean {
  return value < limit && !nearlyEqual(value, limit);
}

/** A computed number for a message: as many digits as it takes to show how it differs (up to 12), without float noise. */
export function exactText(value: number): string {
  return String(Number(value.toPrecision(12)));
}
