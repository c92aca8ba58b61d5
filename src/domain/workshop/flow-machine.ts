import { assign, setup, type SnapshotFrom } from 'xstate';

/** What the flow's guards need to know of the workshop. */
export interface FlowContext {
  /** Participant ids. */
  participants: string[];
  /** The current round, from 1. */
  round: number;
  /** The participants with a ballot in the current round, sorted. */
  voted: string[];
  /** How many rounds the group has seen revealed. */
  revealed: number;
}

export type FlowEvent = { type: 'START' } | { type: 'BALLOT'; participant: string } | { type: 'REVEAL' } | { type: 'DISCUSS' } | { type: 'NEXT_ROUND' } | { type: 'DECIDE' };

/**
 * The workshop's flow: set-up → collecting → reveal → discussion → next round
 * (collecting again, for round n + 1) → decided. Ballots are taken only while
 * collecting, and only from participants; a round with no ballots cannot be
 * revealed; the group decides only after it has seen at least one reveal
 * (from reveal, from discussion, or from collecting a later round it chose
 * not to finish). The app steps it with XState's pure `transition` on a
 * snapshot resolved from the workshop (`flow.ts`), as it steps option machines.
 */
export const workshopFlowMachine = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent, input: {} as FlowContext },
  guards: {
    hasParticipants: ({ context }) => context.participants.length > 0,
    fromParticipant: ({ context, event }) => event.type === 'BALLOT' && context.participants.includes(event.participant),
    hasBallots: ({ context }) => context.voted.length > 0,
    hasSeenReveal: ({ context }) => context.revealed > 0,
  },
  actions: {
    recordVoter: assign({ voted: ({ context, event }) => (event.type === 'BALLOT' && !context.voted.includes(event.participant) ? [...context.voted, event.participant].sort() : context.voted) }),
    countReveal: assign({ revealed: ({ context }) => context.revealed + 1 }),
    openRound: assign({ round: ({ context }) => context.round + 1, voted: () => [] }),
  },
}).createMachine({
  id: 'workshop',
  context: ({ input }) => input,
  initial: 'setup',
  states: {
    setup: { on: { START: { guard: 'hasParticipants', target: 'collecting' } } },
    collecting: {
      on: {
        BALLOT: { guard: 'fromParticipant', actions: 'recordVoter' },
        REVEAL: { guard: 'hasBallots', target: 'reveal', actions: 'countReveal' },
        DECIDE: { guard: 'hasSeenReveal', target: 'decided' },
      },
    },
    reveal: { on: { DISCUSS: 'discussion', DECIDE: 'decided' } },
    discussion: { on: { NEXT_ROUND: { target: 'collecting', actions: 'openRound' }, DECIDE: 'decided' } },
    decided: { type: 'final' },
  },
});

export type FlowSnapshot = SnapshotFrom<typeof workshopFlowMachine>;
