import { scenarioContentHash } from '../scenario/content-hash';
import type { Scenario } from '../scenario/schema';
import { WORKSHOP_FORMAT, WORKSHOP_VERSION, type Workshop } from './schema';

export interface WorkshopDetails {
  /** An id for the workshop, with the scenario id pattern (the app may make one at random); its ballots carry it. */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  facilitator: string;
}

/** A workshop in set-up: no participants yet, an empty first round, no plan, the mean in force. */
export function createWorkshop(scenario: Scenario, details: WorkshopDetails, now: Date = new Date(), hash: string = scenarioContentHash(scenario)): Workshop {
  return {
    format: WORKSHOP_FORMAT,
    version: WORKSHOP_VERSION,
    id: details.id,
    scenario: { id: scenario.id, version: scenario.version, hash },
    title: details.title,
    date: details.date,
    facilitator: details.facilitator,
    anonymous: false,
    participants: [],
    plan: { progress: {}, notes: {} },
    rounds: [{ number: 1, revealed: false, ballots: {} }],
    aggregation: 'mean',
    flow: 'setup',
    updatedAt: now.toISOString(),
  };
}
