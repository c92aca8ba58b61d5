import { advanceFlow, canAdvance, currentRound, flowRefusal, type FlowState, type PhaseEvent, type Workshop, type WorkshopChange } from '../../../domain/workshop';

/** The facilitator's moves from each phase, in the order the buttons show them; the flow machine says which are open now. */
const MOVES: Record<FlowState, Array<PhaseEvent['type']>> = {
  setup: ['START'],
  collecting: ['REVEAL', 'DECIDE'],
  reveal: ['DISCUSS', 'DECIDE'],
  discussion: ['NEXT_ROUND', 'DECIDE'],
  decided: [],
};

const MOVE_LABELS: Record<PhaseEvent['type'], (round: number) => string> = {
  START: () => 'Start collecting ballots',
  REVEAL: (round) => `Reveal round ${round}`,
  DISCUSS: () => 'Open the discussion',
  NEXT_ROUND: (round) => `Open round ${round + 1}`,
  DECIDE: () => 'Record that the group has decided',
};

/** Where the workshop stands, in words. */
export function phaseSentence(workshop: Workshop): string {
  const round = currentRound(workshop);
  const inCount = Object.keys(round.ballots).length;
  const of = `${inCount} of ${workshop.participants.length} ballot${workshop.participants.length === 1 ? '' : 's'} in`;
  switch (workshop.flow) {
    case 'setup':
      return 'Set-up: add the participants, then start collecting ballots.';
    case 'collecting':
      return `Round ${round.number}: collecting ballots, ${of}.`;
    case 'reveal':
      return `Round ${round.number} revealed: the group sees how far its weights spread.`;
    case 'discussion':
      return `Round ${round.number}: discussion. Open another round to vote again, or record the decision.`;
    case 'decided':
      return `Decided after ${workshop.rounds.filter((r) => r.revealed).length} revealed round${workshop.rounds.filter((r) => r.revealed).length === 1 ? '' : 's'}.`;
  }
}

/** The workshop's phase and the facilitator's buttons to move it on; a move the flow does not allow yet is disabled, with why beside it. */
export function PhaseBar({ workshop, onChange }: { workshop: Workshop; onChange: (change: (w: Workshop) => WorkshopChange) => void }) {
  const round = workshop.rounds.length;
  const moves = MOVES[workshop.flow];
  return (
    <div className="phase-bar">
      <p className="phase" role="status">
        <strong>{phaseSentence(workshop)}</strong>
      </p>
      {moves.length > 0 ? (
        <div className="toolbar">
          {moves.map((type) => {
            const event = { type } as PhaseEvent;
            const open = canAdvance(workshop, event);
            const why = open ? undefined : flowRefusal(workshop, event);
            return (
              <span key={type} className="move">
                <button type="button" className={type === moves[0] ? 'primary' : undefined} disabled={!open} aria-describedby={why ? `move-${type}-why` : undefined} onClick={() => onChange((w) => advanceFlow(w, event))}>
                  {MOVE_LABELS[type](round)}
                </button>
                {why ? (
                  <span className="muted small" id={`move-${type}-why`}>
                    {' '}
                    ({why})
                  </span>
                ) : null}
              </span>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
