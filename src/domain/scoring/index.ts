export { criterionScores, evaluate, type Evaluation, type OptionEvaluation, type Progress } from './evaluate';
export { effectList, type EffectEntry } from './effect-list';
export { normaliseScore } from './normalise';
export { rankTotals, type Ranking } from './rank';
export { contributions, weightedTotals } from './weighted-sum';
export { defaultWeights, MAX_WEIGHT, normaliseWeights, type WeightInput } from './weights';
