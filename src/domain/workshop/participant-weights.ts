import { indexedJudgements, weightsInForce } from '../mcda/weights-in-force';
import type { Judgement } from '../mcda/ahp';
import type { Scenario } from '../scenario/schema';
import { normaliseWeights } from '../scoring/weights';
import type { WeightingMethod } from '../session/schema';
import type { ParticipantBallot } from './round-ballots';

export interface ParticipantWeights {
  participant: string;
  /** Normalised to sum to 1, in criterion order. */
  weights: number[];
  /** The method that gave them. */
  method: WeightingMethod;
  /** The pairwise judgements by criterion position, when AHP gave the weights: what AIJ combines. */
  pairwise?: Judgement[];
}

/** Each participant's weights in force, normalised; the ballots must fit the scenario (see `roundBallots`). */
export function participantWeights(scenario: Scenario, ballots: readonly ParticipantBallot[]): ParticipantWeights[] {
  return ballots.map(({ participant, judgements }) => {
    const inForce = weightsInForce(judgements.weighting, scenario.criteria);
    const weights = normaliseWeights(scenario.criteria, inForce.weights);
    return inForce.method === 'ahp'
      ? { participant, weights, method: inForce.method, pairwise: indexedJudgements(judgements.weighting.ahp, scenario.criteria) }
      : { participant, weights, method: inForce.method };
  });
}
