/**
 * How a group's numbers spread: for weights, probabilities and scores alike.
 * The standard deviation is the population's (divided by n, not n − 1): it
 * describes the people in the room, not a sample from a wider population, and
 * it is 0 for a group of one.
 */
export interface Spread {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  /** Population standard deviation. */
  sd: number;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The spread of at least one value; throws on none, which has no mean. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new RangeError('a spread needs at least one value');
  const m = mean(values);
  return {
    count: values.length,
    mean: m,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    sd: Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length),
  };
}
