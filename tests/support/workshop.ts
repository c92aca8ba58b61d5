import type { Scenario } from '../../src/domain/scenario';
import type { Weighting } from '../../src/domain/session';
import { advanceFlow, createWorkshop, withParticipant, type Judgements, type PhaseEvent, type Workshop } from '../../src/domain/workshop';

/** A fixed clock, so that workshops built in tests compare equal. */
export const AT = new Date('2026-12-01T09:00:00.000Z');

/** Judgements with direct weights only. */
export function direct(weights: Record<string, number>): Judgements {
  return { weighting: { active: 'direct', direct: weights }, scores: [], probabilities: [] };
}

/** Judgements by a weighting of any method, no views. */
export function weighted(weighting: Weighting): Judgements {
  return { weighting, scores: [], probabilities: [] };
}

/** A workshop on the scenario with these participants (id = name in lower case), still in set-up. */
export function workshopWith(scenario: Scenario, names: readonly string[], id = 'drill-1'): Workshop {
  return names.reduce(
    (w, name) => withParticipant(w, { id: name.toLowerCase(), name, role: 'Analyst', organisation: 'Port authority' }, AT),
    createWorkshop(scenario, { id, title: 'Storm drill', date: '2026-12-01', facilitator: 'F. Acilitator' }, AT),
  );
}

/** The workshop moved on by phase events that the flow must allow. */
export function advanced(workshop: Workshop, ...events: PhaseEvent['type'][]): Workshop {
  return events.reduce((w, type) => {
    const result = advanceFlow(w, { type } as PhaseEvent, AT);
    if (!result.ok) throw new Error(`${type}: ${result.problems.join('; ')}`);
    return result.workshop;
  }, workshop);
}
