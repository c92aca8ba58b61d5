import type { MonteCarloSettings } from '../../domain/sensitivity';

/** The sample counts offered: a quick look, the default, and the most a workshop waits a second or two for. */
export const SAMPLE_COUNTS = [1_000, 10_000, 100_000] as const;
export const MAX_SEED = 2 ** 32 - 1;
export const CONCENTRATION = { min: 5, max: 200, step: 5 } as const;

/** What the user chose for the Monte Carlo (checked when read back from storage: see storage/view-state.ts). */
export interface SamplingSettings {
  samples: (typeof SAMPLE_COUNTS)[number];
  seed: number;
  /** Uniform on the simplex, or Dirichlet around the group's weights with `concentration`. */
  weights: 'uniform' | 'around';
  concentration: number;
  /** Also draw scores and probabilities within their ranges. */
  ranges: boolean;
}

export const DEFAULT_SAMPLING: SamplingSettings = { samples: 10_000, seed: 12345, weights: 'uniform', concentration: 50, ranges: true };

/** The domain's settings: `centre` (the group's normalised weights) is used only when sampling around them. */
export function monteCarloSettings(settings: Omit<SamplingSettings, 'samples'>, centre: readonly number[]): MonteCarloSettings {
  return {
    seed: settings.seed,
    weights: settings.weights === 'uniform' ? { kind: 'uniform' } : { kind: 'around', centre, concentration: settings.concentration },
    ranges: settings.ranges,
  };
}

/** A seed as typed: a whole number from 0 to MAX_SEED, or undefined. */
export function parseSeed(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,10}$/.test(trimmed) && Number(trimmed) <= MAX_SEED ? Number(trimmed) : undefined;
}

/** A seed short enough to read out in a room and write in the minutes. */
export function newSeed(): number {
  return 1 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 999_999);
}
