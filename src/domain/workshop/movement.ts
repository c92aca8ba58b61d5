import type { Scenario } from '../scenario/schema';
import { participantWeights } from './participant-weights';
import { roundBallots } from './round-ballots';
import type { Workshop } from './schema';

/** How one participant's normalised weights moved between two rounds, in criterion order. */
export interface WeightMovement {
  participant: string;
  from: number[];
  to: number[];
  /** `to` − `from`, per criterion. */
  change: number[];
}

/** The movement of each participant who voted in both rounds, in participant order: what Delphi rounds are for. */
export function weightMovement(scenario: Scenario, workshop: Workshop, fromRound: number, toRound: number): WeightMovement[] {
  const before = new Map(participantWeights(scenario, roundBallots(scenario, workshop, fromRound).fitting).map((e) => [e.participant, e.weights]));
  return participantWeights(scenario, roundBallots(scenario, workshop, toRound).fitting).flatMap(({ participant, weights }) => {
    const from = before.get(participant);
    return from ? [{ participant, from, to: weights, change: weights.map((w, j) => w - from[j]!) }] : [];
  });
}
