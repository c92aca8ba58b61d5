import type { WeightingMethod } from '../../../domain/session';

/** Each weighting method as the app names it: in the weights tab and in the list of earlier versions. */
export const METHOD_LABELS: Record<WeightingMethod, string> = { direct: 'Direct', points: '100 points', ranking: 'Ranking', swing: 'Swing', ahp: 'Pairwise (AHP)' };
