import { loadScenario, scenarioContentHash } from '../../domain/scenario';
import type { ScenarioEntry } from './scenario-entry';

export function loadEntry(origin: ScenarioEntry['origin'], file: string, text: string): ScenarioEntry {
  const result = loadScenario(text, file);
  return result.ok ? { origin, file, ok: true, scenario: result.scenario, hash: scenarioContentHash(result.scenario) } : { origin, file, ok: false, problems: result.problems, omitted: result.omitted };
}
