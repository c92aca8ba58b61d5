export { averageRanks } from './average-ranks';
export { kendallW } from './kendall-w';
export { parseWorkshop, serialiseWorkshop, type WorkshopReadResult } from './codec';
export { workshopContentHash } from './content-hash';
export { createWorkshop, type WorkshopDetails } from './create';
export { participantLabel } from './participant-label';
export { BALLOT_MIGRATIONS, WORKSHOP_MIGRATIONS } from './migrations';
export {
  currentRound,
  withAggregation,
  withAnonymous,
  withBallot,
  withDetails,
  withoutBallot,
  withoutParticipant,
  withParticipant,
  withPlanPath,
  withPlanProgress,
  withRound,
  withStepNote,
  type WorkshopChange,
} from './update';
export {
  AGGREGATIONS,
  FLOW_STATES,
  JudgementsSchema,
  ParticipantSchema,
  PlanSchema,
  ProbabilityViewSchema,
  RoundSchema,
  ScoreViewSchema,
  WORKSHOP_FORMAT,
  WORKSHOP_VERSION,
  WorkshopSchema,
  type Aggregation,
  type FlowState,
  type Judgements,
  type Participant,
  type Plan,
  type ProbabilityView,
  type Round,
  type ScoreView,
  type Workshop,
} from './schema';
export { LINE_LENGTH } from './text';
export { advanceFlow, canAdvance, flowContext, flowRefusal, flowSnapshot, type PhaseEvent } from './flow';
export { workshopFlowMachine, type FlowContext, type FlowEvent, type FlowSnapshot } from './flow-machine';
export { acceptBallot, importBallotCode, importBallotFile, type BallotImport } from './accept-ballot';
export { BALLOT_FORMAT, BALLOT_VERSION, BallotSchema, makeBallot, parseBallot, serialiseBallot, type Ballot, type BallotReadResult } from './ballot';
export { BALLOT_CODE_VERSION, ballotCode, readBallotCode } from './ballot-code';
export { judgementProblems } from './judgement-fit';
export { aggregateJudgements, aijWeights } from './aij';
export { rankingAgreement, type Agreement } from './agreement';
export { groupWeights, meanWeights, medianWeights, type GroupWeights } from './group-weights';
export { groupProbabilityViews, groupScoreViews, type ProbabilityViewSummary, type ScoreViewSummary, type View } from './group-views';
export { leaderChanges, leadSentence, type LeaderChange } from './leader-changes';
export { weightMovement, type WeightMovement } from './movement';
export { participantRankings, rankOptions, type OptionRanking, type ParticipantRanking } from './option-ranking';
export { participantWeights, type ParticipantWeights } from './participant-weights';
export { analyseRound, type RoundAnalysis } from './round-analysis';
export { roundBallots, type ParticipantBallot } from './round-ballots';
export { mean, median, spread, type Spread } from './statistics';
export { weightHeatmap, weightSpread, type WeightHeatmap } from './weight-disagreement';
