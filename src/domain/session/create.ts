import { scenarioContentHash } from '../scenario/content-hash';
import type { Scenario } from '../scenario/schema';
import { defaultWeights } from '../scoring/weights';
import { EMPTY_MEMO, SESSION_FORMAT, SESSION_VERSION, type Session } from './schema';

/** A fresh session: the scenario's default weights, no steps taken. */
/** `hash` may be passed when the caller already has it (it is the scenario's `scenarioContentHash`). */
export function createSession(scenario: Scenario, now: Date = new Date(), hash: string = scenarioContentHash(scenario)): Session {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    scenario: { id: scenario.id, version: scenario.version, hash },
    weighting: { active: 'direct', direct: defaultWeights(scenario.criteria) },
    progress: {},
    memo: EMPTY_MEMO,
    updatedAt: now.toISOString(),
  };
}
