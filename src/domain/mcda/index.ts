export { rankOrderCentroid, rankSum, reciprocalRank, weightsFromRanks, type RankMethod } from './rank-weights';
export { ahp, ahpIncomplete, mostInconsistent, unlinkedItems, CR_LIMIT, RANDOM_INDEX, type AhpResult, type IncompleteAhpResult, type Judgement } from './ahp';
export { indexedJudgements, weightsInForce, type WeightsInForce } from './weights-in-force';
