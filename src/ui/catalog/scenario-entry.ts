import type { Problem, Scenario } from '../../domain/scenario';

/** A scenario file the app knows of: loaded, or refused with its problems. */
export type ScenarioEntry =
  | { origin: 'bundled' | 'opened'; file: string; ok: true; scenario: Scenario; hash: string }
  | { origin: 'bundled' | 'opened'; file: string; ok: false; problems: Problem[]; omitted: number };

/**
 * Names an entry in the app and in browser storage. A bundled scenario and an
 * opened file with the same id stay apart, and so do two opened files (variants
 * of one scenario); opening the same file again updates its entry.
 */
export function entryKey(entry: ScenarioEntry): string {
  if (!entry.ok) return `${entry.origin}/file:${entry.file}`;
  return entry.origin === 'bundled' ? `bundled/${entry.scenario.id}` : `opened/${entry.file}#${entry.scenario.id}`;
}
