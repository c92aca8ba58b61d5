import type { Scenario } from '../scenario/schema';
import { rankingAgreement, type Agreement } from './agreement';
import { groupWeights, type GroupWeights } from './group-weights';
import { groupProbabilityViews, groupScoreViews, type ProbabilityViewSummary, type ScoreViewSummary } from './group-views';
import { leaderChanges, type LeaderChange } from './leader-changes';
import { participantRankings, rankOptions, type OptionRanking, type ParticipantRanking } from './option-ranking';
import { participantWeights, type ParticipantWeights } from './participant-weights';
import { roundBallots } from './round-ballots';
import type { Aggregation, Workshop } from './schema';
import type { Spread } from './statistics';
import { weightHeatmap, weightSpread, type WeightHeatmap } from './weight-disagreement';

/** Everything the reveal of a round shows: the group's weights and views, how far people differ, and whose weights would change the top option. */
export interface RoundAnalysis {
  round: number;
  /** Ballots set aside because they no longer fit the scenario, with why. */
  unfit: Array<{ participant: string; problems: string[] }>;
  /** Each participant's weights, in participant order. */
  weights: ParticipantWeights[];
  /** The group's weights by the aggregation asked for, or why it cannot give them. */
  group: GroupWeights;
  /** The ranking under the group's weights, when there are any. */
  groupRanking?: OptionRanking;
  /** Per criterion; empty before any ballot. */
  spread: Array<{ criterion: string; spread: Spread }>;
  heatmap: WeightHeatmap;
  rankings: ParticipantRanking[];
  /** Participants under whose weights another option would lead. */
  leaderChanges: LeaderChange[];
  agreement: Agreement;
  scores: ScoreViewSummary[];
  probabilities: ProbabilityViewSummary[];
}

/** The analysis of one round under the group's plan, by the workshop's aggregation unless another is asked for. */
export function analyseRound(scenario: Scenario, workshop: Workshop, roundNumber: number, aggregation: Aggregation = workshop.aggregation): RoundAnalysis {
  const { fitting, unfit } = roundBallots(scenario, workshop, roundNumber);
  const weights = participantWeights(scenario, fitting);
  const group = groupWeights(weights, aggregation);
  const progress = workshop.plan.progress;
  const rankings = participantRankings(scenario, weights, progress);
  const groupRanking = group.ok ? rankOptions(scenario, group.weights, progress) : undefined;
  return {
    round: roundNumber,
    unfit,
    weights,
    group,
    ...(groupRanking ? { groupRanking } : {}),
    spread: weights.length > 0 ? weightSpread(scenario, weights) : [],
    heatmap: weightHeatmap(scenario, weights),
    rankings,
    leaderChanges: groupRanking ? leaderChanges(rankings, groupRanking) : [],
    agreement: rankingAgreement(rankings),
    scores: groupScoreViews(scenario, fitting),
    probabilities: groupProbabilityViews(scenario, fitting),
  };
}
