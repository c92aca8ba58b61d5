import type { Problem, Scenario } from '../../domain/scenario';

/** A scenario file the app knows of: loaded, or refused with its problems. */
export type ScenarioEntry =
  | { origin: 'bundled' | 'opened'; file: string; ok: true; scenario: Scenario; hash: string }
  | { origin: 'bundled' | 'opened'; file: string; ok: false; problems: Problem[] };

/** Names an entry in the app and in browser storage: a bundled scenario and an opened file with the same id stay apart. */
export function entryKey(entry: ScenarioEntry): string {
  return entry.ok ? `${entry.origin}/${entry.scenario.id}` : `${entry.origin}/file:${entry.file}`;
}
