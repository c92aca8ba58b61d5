import { CHANCE } from '../analysis/compiled-option';
import { expectedFromStart } from '../analysis/rollback';
import { seededRandom, type Random } from './random';
import { baseValue, computeMoves, hasRanges, type WeightModel } from './weight-model';

export type WeightSampling = { kind: 'uniform' } | { kind: 'around'; centre: readonly number[]; concentration: number };

export interface MonteCarloSettings {
  seed: number;
  /** Weights uniform on the simplex, or Dirichlet around the group's weights (mean = the weights, `concentration` = Σα: higher keeps closer). */
  weights: WeightSampling;
  /** Also draw scores (triangular within their ranges) and probabilities (uniform within theirs, then rescaled to sum to 1). */
  ranges: boolean;
}

export interface MonteCarloResult {
  samples: number;
  seed: number;
  /** acceptability[i][r]: the share of samples in which option i ranks r + 1 (ties share their ranks). Rows and columns sum to 1. */
  acceptability: number[][];
  /** The mean weights of the samples in which each option ranks first; undefined for an option that never does. */
  centralWeights: Array<number[] | undefined>;
}

export interface MonteCarlo {
  /** Draws `count` more samples. */
  run(count: number): void;
  result(): MonteCarloResult;
}

/**
 * Stochastic multicriteria acceptability analysis (after Lahdelma and
 * Salminen's SMAA-2) on the expected-value ranking: weights drawn on the
 * simplex, optionally scores and probabilities within their ranges; each
 * sample ranks the options by expected value with their plans re-taken at
 * their best, and counts ranks. Runs in steps so that a caller (a worker) can
 * show a first estimate at once and refine it.
 */
export function monteCarlo(models: readonly WeightModel[], criteria: number, settings: MonteCarloSettings): MonteCarlo {
  const random = seededRandom(settings.seed);
  const m = models.length;
  const counts = Array.from({ length: m }, () => new Float64Array(m));
  const centralSums = Array.from({ length: m }, () => new Float64Array(criteria));
  const firsts = new Float64Array(m);
  let samples = 0;
  const weights = new Float64Array(criteria);
  const alpha = settings.weights.kind === 'uniform' ? new Float64Array(criteria).fill(1) : dirichletAlpha(settings.weights.centre, settings.weights.concentration);
  const values = new Float64Array(m);
  const order = new Int32Array(m);
  const sampled = models.map((model) => (settings.ranges && hasRanges(model) ? samplingBuffers(model) : undefined));

  const valueOf = (i: number) => {
    const model = models[i]!;
    const buffers = sampled[i];
    if (!buffers) {
      computeMoves(model, weights);
      return baseValue(model, weights) + expectedFromStart(model.tree, model.moves, model.known, model.fixed);
    }
    drawScores(model, buffers, random);
    computeMoves(model, weights, buffers.coefficient);
    return baseValue(model, weights, buffers.base) + expectedFromStart(model.tree, model.moves, model.known, model.fixed, buffers.probability);
  };

  return {
    run(count) {
      for (let k = 0; k < count; k++) {
        random.dirichlet(alpha, weights);
        // Insertion sort, best first: a handful of options, and no allocation in the hot loop.
        for (let i = 0; i < m; i++) {
          const v = valueOf(i);
          values[i] = v;
          let p = i;
          while (p > 0 && values[order[p - 1]!]! < v) {
            order[p] = order[p - 1]!;
            p--;
          }
          order[p] = i;
        }
        // Tied options share the ranks they span, so each row and each column of counts still sums to the samples.
        for (let start = 0; start < m; ) {
          let end = start;
          while (end + 1 < m && values[order[start]!]! - values[order[end + 1]!]! <= 1e-12) end++;
          const share = 1 / (end - start + 1);
          for (let p = start; p <= end; p++) {
            const i = order[p]!;
            for (let r = start; r <= end; r++) counts[i]![r] = counts[i]![r]! + share;
            if (start === 0) {
              firsts[i] = firsts[i]! + share;
              for (let j = 0; j < criteria; j++) centralSums[i]![j] = centralSums[i]![j]! + share * weights[j]!;
            }
          }
          start = end + 1;
        }
        samples++;
      }
    },
    result() {
      return {
        samples,
        seed: settings.seed,
        acceptability: counts.map((row) => Array.from(row, (c) => (samples > 0 ? c / samples : 0))),
        centralWeights: centralSums.map((sums, i) => (firsts[i]! > 0 ? Array.from(sums, (s) => s / firsts[i]!) : undefined)),
      };
    },
  };
}

/** Dirichlet parameters with mean `centre` and total `concentration`; a small floor keeps a zero weight drawable. */
function dirichletAlpha(centre: readonly number[], concentration: number): Float64Array {
  return Float64Array.from(centre, (w) => Math.max(1e-3, w * concentration));
}

interface SamplingBuffers {
  coefficient: Float64Array;
  base: Float64Array;
  probability: Float64Array;
}

function samplingBuffers(model: WeightModel): SamplingBuffers {
  return { coefficient: model.coefficient.likely.slice(), base: model.base.likely.slice(), probability: model.tree.probability.slice() };
}

/** One draw of every ranged score (triangular, mode at the most likely) and probability (uniform in range, rescaled per state). */
function drawScores(model: WeightModel, into: SamplingBuffers, random: Random): void {
  const { coefficient, base, tree } = model;
  for (let e = 0; e < coefficient.likely.length; e++) {
    const [lo, mode, hi] = ordered(coefficient.low[e]!, coefficient.likely[e]!, coefficient.high[e]!);
    into.coefficient[e] = random.triangular(lo, mode, hi);
  }
  for (let j = 0; j < model.criteria; j++) {
    const [lo, mode, hi] = ordered(base.low[j]!, base.likely[j]!, base.high[j]!);
    into.base[j] = random.triangular(lo, mode, hi);
  }
  for (let s = 0; s < tree.ids.length; s++) {
    if (tree.kind[s] !== CHANCE) continue;
    const from = tree.choiceStart[s]!;
    const to = tree.choiceStart[s + 1]!;
    let total = 0;
    for (let c = from; c < to; c++) {
      const p = tree.probabilityLow[c]! + random.uniform() * (tree.probabilityHigh[c]! - tree.probabilityLow[c]!);
      into.probability[c] = p;
      total += p;
    }
    for (let c = from; c < to; c++) into.probability[c] = total > 0 ? into.probability[c]! / total : tree.probability[c]!;
  }
}

/** Coefficients of a cost criterion are negative, so a range's "low" end can be the larger: put the three in order. */
function ordered(a: number, mode: number, b: number): [number, number, number] {
  return a <= b ? [a, mode, b] : [b, mode, a];
}
