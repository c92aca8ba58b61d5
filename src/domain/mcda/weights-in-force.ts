import { own } from '../records/own';
import type { Criterion } from '../scenario/schema';
import type { WeightInput } from '../scoring/weights';
import type { Weighting, WeightingMethod } from '../session/schema';
import { ahpIncomplete, unlinkedItems, type IncompleteAhpResult, type Judgement } from './ahp';
import { weightsFromRanks } from './rank-weights';

export interface WeightsInForce {
  /** Weights by criterion id, on any scale (the analyses normalise them). */
  weights: WeightInput;
  /** The method whose weights these are. */
  method: WeightingMethod;
  /** Set when the active method's inputs cannot give weights yet, and the direct weights are used instead: why. */
  fallback?: string;
  /** The AHP result behind the weights, when AHP is in force. */
  ahp?: IncompleteAhpResult;
}

/** The weights of the method in force, from its own inputs; the direct weights while its inputs are incomplete. */
export function weightsInForce(weighting: Weighting, criteria: readonly Criterion[]): WeightsInForce {
  const direct: WeightsInForce = { weights: weighting.direct, method: 'direct' };
  const fallback = (why: string): WeightsInForce => ({ ...direct, fallback: why });
  const everyCriterion = (record: Record<string, number> | undefined) => criteria.every((c) => own(record ?? {}, c.id) !== undefined);
  switch (weighting.active) {
    case 'direct':
      return direct;
    case 'points': {
      if (!everyCriterion(weighting.points)) return fallback('the 100-point allocation does not give every criterion its points yet');
      const total = criteria.reduce((sum, c) => sum + own(weighting.points!, c.id)!, 0);
      if (Math.abs(total - 100) > 1e-9) return fallback(`the 100-point allocation adds up to ${Number(total.toFixed(6))}, not 100`);
      return { weights: pick(weighting.points!, criteria), method: 'points' };
    }
    case 'ranking': {
      if (!everyCriterion(weighting.ranking)) return fallback('the ranking does not place every criterion yet');
      const weights = weightsFromRanks(criteria.map((c) => own(weighting.ranking!, c.id)!));
      return { weights: Object.fromEntries(criteria.map((c, j) => [c.id, weights[j]!])), method: 'ranking' };
    }
    case 'swing': {
      if (!everyCriterion(weighting.swing)) return fallback('not every swing has been rated yet');
      const ratings = pick(weighting.swing!, criteria);
      if (!criteria.some((c) => ratings[c.id]! > 0)) return fallback('every swing is rated 0');
      return { weights: ratings, method: 'swing' };
    }
    case 'ahp': {
      const judgements = indexedJudgements(weighting.ahp, criteria);
      // Said without item numbers, which mean nothing to a reader; the view names the criteria left unlinked.
      if (unlinkedItems(criteria.length, judgements).length > 0) return fallback('the pairwise comparisons do not link every criterion yet');
      try {
        const result = ahpIncomplete(criteria.length, judgements);
        return { weights: Object.fromEntries(criteria.map((c, j) => [c.id, result.weights[j]!])), method: 'ahp', ahp: result };
      } catch (error) {
        return fallback(`the pairwise comparisons cannot give weights yet: ${(error as Error).message}`);
      }
    }
  }
}

/** The session's pairwise judgements by criterion position, leaving out any about a criterion the scenario does not have. */
export function indexedJudgements(judgements: Readonly<Weighting['ahp']>, criteria: readonly Criterion[]): Judgement[] {
  const index = new Map(criteria.map((c, j) => [c.id, j]));
  return (judgements ?? []).flatMap((j) => (index.has(j.a) && index.has(j.b) && j.a !== j.b ? [{ a: index.get(j.a)!, b: index.get(j.b)!, value: j.value }] : []));
}

function pick(record: Record<string, number>, criteria: readonly Criterion[]): WeightInput {
  return Object.fromEntries(criteria.map((c) => [c.id, own(record, c.id)!]));
}
