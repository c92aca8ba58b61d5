import { scenarioContentHash } from '../scenario/content-hash';
import type { Scenario } from '../scenario/schema';
import { defaultWeights } from '../scoring/weights';
import { SESSION_FORMAT, SESSION_VERSION, type Session } from './schema';

/** A fresh session: the scenario's default weights, no steps taken. */
export function createSession(scenario: Scenario, now: Date = new Date()): Session {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    scenario: { id: scenario.id, version: scenario.version, hash: scenarioContentHash(scenario) },
    weighting: { active: 'direct', direct: defaultWeights(scenario.criteria) },
    progress: {},
    updatedAt: now.toISOString(),
  };
}
