import { z } from 'zod';
import { keys } from './keys';

/** Where the user was in a workspace, so a reload returns there. Unreadable or stale values fall back to the start. */
export const TAB_IDS = ['brief', 'options', 'tree', 'uncertainty', 'weights'] as const;
const ViewStateSchema = z.object({ tab: z.enum(TAB_IDS), option: z.string(), ranking: z.enum(['expected', 'as-stepped']).default('expected') });
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
