import { catalogueUrl } from 'virtual:bundled-scenarios';
import type { ScenarioEntry } from './scenario-entry';

/**
 * The bundled scenarios as the build checked them (vite.config.ts), fetched
 * from beside the app (same origin, so the content security policy admits
 * it): the app's first load carries neither the YAML parser nor the checks.
 * If the file cannot be had, that is said where a refused file would be.
 */
export async function fetchBundledScenarios(): Promise<ScenarioEntry[]> {
  try {
    const response = await fetch(catalogueUrl);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return (await response.json()) as ScenarioEntry[];
  } catch (error) {
    const file = 'scenarios';
    return [{ origin: 'bundled', file, ok: false, problems: [{ file, line: 1, column: 1, path: '(file)', message: `the bundled scenarios could not be fetched from the app's server (${(error as Error).message}); reload the page to try again` }], omitted: 0 }];
  }
}
