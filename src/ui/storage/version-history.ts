import { z } from 'zod';
import { keys } from './keys';

/** One saved state of a session or a workshop, with when it was saved (milliseconds since 1970). */
export interface SavedVersion {
  savedAt: number;
  text: string;
}

/** Read back from the browser's database, so checked like anything else from storage. */
export const SavedVersionsSchema: z.ZodType<SavedVersion[]> = z.array(z.object({ savedAt: z.number(), text: z.string() }));

export interface VersionPolicy {
  /** How many versions of one key are kept. */
  kept: number;
  /**
   * A change this soon after the newest version replaces it rather than adding
   * one, so that a slider's drag or a paragraph's typing is one version, not
   * twenty; the version's time moves on with each change.
   */
  coalesceMs: number;
}

export const VERSION_POLICY: VersionPolicy = { kept: 20, coalesceMs: 5_000 };

/** Only the work itself has versions: a session or a workshop, not where the user was in the app. */
export function hasVersions(key: string): boolean {
  return key.startsWith(keys.session('')) || key.startsWith(keys.workshop(''));
}

/**
 * The versions after saving `text` at `at`, newest first. `fresh` never
 * replaces the newest: a restore is a version of its own.
 */
export function withVersion(versions: readonly SavedVersion[], text: string, at: number, policy: VersionPolicy, fresh = false): SavedVersion[] {
  const [newest, ...older] = versions;
  const replaces = !fresh && newest !== undefined && at - newest.savedAt < policy.coalesceMs;
  return [{ savedAt: at, text }, ...(replaces ? older : versions)].slice(0, policy.kept);
}

/**
 * The versions after putting `restored` back: what was there (`current`) is
 * first kept as a version unless it already is the newest, so the restore can
 * be undone by restoring that.
 */
export function withRestored(versions: readonly SavedVersion[], current: string | null, restored: string, at: number, policy: VersionPolicy): SavedVersion[] {
  const kept = current === null || versions[0]?.text === current ? versions : withVersion(versions, current, at, policy, true);
  return withVersion(kept, restored, at, policy, true);
}
