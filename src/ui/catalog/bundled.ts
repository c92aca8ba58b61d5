import { loadEntry } from './load-entry';
import type { ScenarioEntry } from './scenario-entry';

// Scenario files ship inside the build: the app reads nothing over the network.
const files = import.meta.glob('/scenarios/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function bundledScenarios(): ScenarioEntry[] {
  return Object.entries(files)
    .filter(([path]) => !path.endsWith('.schema.json'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => loadEntry('bundled', path.replace(/^\//, ''), text));
}
