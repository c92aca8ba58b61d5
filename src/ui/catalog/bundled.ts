import { loadEntry } from './load-entry';
import type { ScenarioEntry } from './scenario-entry';

/**
 * The catalogue of bundled scenarios, made when the app is built (see
 * vite.config.ts) from the files in scenarios/, each given by its path there
 * and its text: loaded and checked as a file the user opens would be, in file
 * name order, a refused file standing as its problems.
 */
export function bundledCatalogue(files: ReadonlyArray<{ file: string; text: string }>): ScenarioEntry[] {
  const entries = [...files].sort((a, b) => a.file.localeCompare(b.file)).map(({ file, text }) => loadEntry('bundled', file, text));
  return refuseDuplicateIds(entries);
}

/** Two bundled files with one scenario id would hide each other in the app: the later is refused, saying which file has the id. */
export function refuseDuplicateIds(entries: ScenarioEntry[]): ScenarioEntry[] {
  const firstFile = new Map<string, string>();
  return entries.map((entry) => {
    if (!entry.ok) return entry;
    const earlier = firstFile.get(entry.scenario.id);
    if (earlier === undefined) {
      firstFile.set(entry.scenario.id, entry.file);
      return entry;
    }
    return {
      origin: entry.origin,
      file: entry.file,
      ok: false,
      problems: [{ file: entry.file, line: 1, column: 1, path: 'id', message: `the scenario id "${entry.scenario.id}" is already used by ${earlier}; give each scenario file its own id` }],
      omitted: 0,
    };
  });
}
