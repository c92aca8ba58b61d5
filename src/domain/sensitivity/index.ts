export { weightModel, valueUnder, type View, type WeightModel } from './weight-model';
export { valueAlongWeight, weightsWith, nearestCrossings } from './one-weight';
export { weightStability, type CriticalCriterion, type StabilityResult, type WeightStability } from './stability';
export { monteCarlo, type MonteCarlo, type MonteCarloResult, type MonteCarloSettings, type WeightSampling } from './monte-carlo';
export { tornado, WEIGHT_SPREAD, type Tornado, type TornadoBar } from './tornado';
export { seededRandom, type Random } from './random';
