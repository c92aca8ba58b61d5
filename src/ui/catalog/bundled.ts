import { loadEntry } from './load-entry';
import type { ScenarioEntry } from './scenario-entry';

// Scenario files ship inside the build: the app reads nothing over the network.
const files = import.meta.glob('/scenarios/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function bundledScenarios(): ScenarioEntry[] {
  const entries = Object.entries(files)
    .filter(([path]) => !path.endsWith('.schema.json'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => loadEntry('bundled', path.replace(/^\//, ''), text));
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
