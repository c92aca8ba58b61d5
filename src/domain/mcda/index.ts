export { rankOrderCentroid, rankSum, reciprocalRank, weightsFromRanks, type RankMethod } from './rank-weights';
export { ahp, ahpIncomplete, mostInconsistent, CR_LIMIT, RANDOM_INDEX, type AhpResult, type IncompleteAhpResult, type Judgement } from './ahp';
export { weightsInForce, type WeightsInForce } from './weights-in-force';
