import { z } from 'zod';
import { CONCENTRATION, DEFAULT_SAMPLING, MAX_SEED, SAMPLE_COUNTS, type SamplingSettings } from '../sensitivity/sampling-settings';
import { keys } from './keys';

// Here rather than beside the settings, so that zod stays out of the Monte Carlo worker's bundle.
const SamplingSettingsSchema: z.ZodType<SamplingSettings> = z.object({
  samples: z.literal(SAMPLE_COUNTS),
  seed: z.number().int().min(0).max(MAX_SEED),
  weights: z.enum(['uniform', 'around']),
  concentration: z.number().min(CONCENTRATION.min).max(CONCENTRATION.max),
  ranges: z.boolean(),
});

/** Where the user was in a workspace, so a reload returns there. Unreadable or stale values fall back to the start. */
export const TAB_IDS = ['brief', 'options', 'tree', 'uncertainty', 'weights', 'sensitivity', 'workshop', 'memo'] as const;
const ViewStateSchema = z.object({
  tab: z.enum(TAB_IDS),
  option: z.string(),
  ranking: z.enum(['expected', 'as-stepped']).default('expected'),
  // The Monte Carlo's settings: a reload (or a return to the tab) reruns the same figures, seed and all.
  sampling: SamplingSettingsSchema.default(DEFAULT_SAMPLING),
  // Hidden by the facilitator while the group deliberates; hidden it stays through a reload, not to give it away mid-discussion.
  rankingHidden: z.boolean().default(false),
});
export type ViewState = z.output<typeof ViewStateSchema>;

export function readViewState(storage: Storage, workspace: string, fallback: ViewState, optionIds: readonly string[]): ViewState {
  try {
    const parsed = ViewStateSchema.safeParse(JSON.parse(storage.getItem(keys.view(workspace)) ?? 'null'));
    return parsed.success && optionIds.includes(parsed.data.option) ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function storeViewState(storage: Storage, workspace: string, view: ViewState): void {
  try {
    storage.setItem(keys.view(workspace), JSON.stringify(view));
  } catch {
    // Losing the place in the app is harmless; the session itself reports its own save failures.
  }
}
