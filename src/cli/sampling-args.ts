/** Monte Carlo samples and seed when not given: enough for shares to about ±1 %, and a fixed seed so runs repeat. */
export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;
const MAX_SAMPLES = 10_000_000;
const MAX_SEED = 2 ** 32 - 1;

/** The number given to `--samples` or `--seed` of `command`, or the usage error for anything else. */
export function samplingArg(command: string, flag: '--samples' | '--seed', text: string | undefined): number | { usage: string } {
  const value = text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN;
  if (flag === '--samples') return value >= 1 && value <= MAX_SAMPLES ? value : { usage: `${command} --samples needs a whole number from 1 to ${MAX_SAMPLES.toLocaleString('en-GB')}` };
  return value >= 0 && value <= MAX_SEED ? value : { usage: `${command} --seed needs a whole number from 0 to ${MAX_SEED}` };
}
