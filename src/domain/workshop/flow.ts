import { transition } from 'xstate';
import { workshopFlowMachine, type FlowContext, type FlowEvent, type FlowSnapshot } from './flow-machine';
import { participantLabel } from './participant-label';
import type { FlowState, Workshop } from './schema';
import { currentRound, withRound, type WorkshopChange } from './update';

/** The events that move the workshop from phase to phase; ballots come in through `acceptBallot`. */
export type PhaseEvent = Exclude<FlowEvent, { type: 'BALLOT' }>;

/** The flow machine's context, as the workshop's data gives it. */
export function flowContext(workshop: Workshop): FlowContext {
  return {
    participants: workshop.participants.map((p) => p.id),
    round: workshop.rounds.length,
    voted: Object.keys(currentRound(workshop).ballots).sort(),
    revealed: workshop.rounds.filter((r) => r.revealed).length,
  };
}

/** The flow machine's snapshot for the workshop as it stands. */
export function flowSnapshot(workshop: Workshop): FlowSnapshot {
  return workshopFlowMachine.resolveState({ value: workshop.flow, context: flowContext(workshop) });
}

/** Whether the flow allows the event now (for the facilitator's buttons). */
export function canAdvance(workshop: Workshop, event: FlowEvent): boolean {
  return flowSnapshot(workshop).can(event);
}

/**
 * The workshop moved on by a phase event: revealing marks the current round
 * revealed, the next round adds an empty one. Refused, with why, when the flow
 * does not allow it now.
 */
export function advanceFlow(workshop: Workshop, event: PhaseEvent, now: Date = new Date()): WorkshopChange {
  const snapshot = flowSnapshot(workshop);
  if (!snapshot.can(event)) return { ok: false, problems: [flowRefusal(workshop, event)] };
  const [next] = transition(workshopFlowMachine, snapshot, event);
  let changed = workshop;
  if (event.type === 'REVEAL') changed = { ...changed, rounds: [...changed.rounds.slice(0, -1), { ...currentRound(changed), revealed: true }] };
  if (event.type === 'NEXT_ROUND') changed = withRound(changed, now);
  return { ok: true, workshop: { ...changed, flow: next.value as FlowState, updatedAt: now.toISOString() } };
}

const DOING: Record<FlowEvent['type'], string> = {
  START: 'start collecting ballots',
  BALLOT: 'take a ballot',
  REVEAL: 'reveal the round',
  DISCUSS: 'open the discussion',
  NEXT_ROUND: 'open the next round',
  DECIDE: 'decide',
};

/** Why the flow refuses the event now, in the facilitator's words. */
export function flowRefusal(workshop: Workshop, event: FlowEvent): string {
  const round = workshop.rounds.length;
  const phase = workshop.flow;
  if (phase === 'setup' && event.type === 'START') return 'add at least one participant before collecting ballots';
  if (phase === 'collecting' && event.type === 'REVEAL') return `no ballots have come in for round ${round} yet, so there is nothing to reveal`;
  if (phase === 'collecting' && event.type === 'DECIDE') return `the group decides after it has seen at least one reveal: reveal round ${round} first`;
  if (phase === 'collecting' && event.type === 'BALLOT') return `${participantLabel(workshop, event.participant)} is not in this workshop`;
  return `cannot ${DOING[event.type]} while the workshop is ${PHASE_WORDS[phase](round)}`;
}

const PHASE_WORDS: Record<FlowState, (round: number) => string> = {
  setup: () => 'in set-up',
  collecting: (round) => `collecting ballots for round ${round}`,
  reveal: (round) => `revealing round ${round}`,
  discussion: (round) => `discussing round ${round}`,
  decided: () => 'decided',
};
