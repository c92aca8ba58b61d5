import { normaliseScore } from '../scoring/normalise';
import { CHANCE, DECISION, type CompiledOption } from './compiled-option';
import type { OptionContext } from './option-context';
import { FREE, reachableUnder, rollback } from './rollback';

/** A decision of the plan: the group's own, or the best by expected value where the group made none. */
export interface PlannedDecision {
  state: string;
  choice: string;
  by: 'group' | 'analysis';
  /** The analysis found two or more choices equally good and took the first in file order. */
  tie: boolean;
}

export interface OptionAnalysis {
  optionId: string;
  /** The total (0..1) of the starting scores. */
  start: number;
  /** Expected values under the plan, weighing every branch not known by its probability. */
  expected: {
    total: number;
    /** Expected score on each criterion's own scale, in criterion order. */
    scores: number[];
    /** Weight × normalised expected score, in criterion order; they sum to `total`. */
    contributions: number[];
  };
  /** The highest and lowest totals any path can reach, with every range at its best or worst end. */
  best: number;
  worst: number;
  /** The lowest and highest totals the plan can end in with a probability above 0 (most likely figures). */
  worstPossible: number;
  bestPossible: number;
  /** Every decision state reachable under the plan, in the machine's order. */
  plan: PlannedDecision[];
  /** Outcomes marked as known, which the analysis takes as given. */
  known: Array<{ state: string; choice: string }>;
  /** The what-if: every assumed outcome on the stepped path taken as given, the plan beyond it. */
  asStepped: {
    total: number;
    /** Weight × normalised expected score, in criterion order, in this view. */
    contributions: number[];
    finished: boolean;
    state: string;
    /** The probability of the outcomes assumed so far (the product of their branches' probabilities). */
    probability: number;
  };
}

export function analyseOption(ctx: OptionContext): OptionAnalysis {
  const { tree, values, fixed, known } = ctx;
  const expected = rollback({ tree, value: values.likely, mode: 'expected', fixed, known });
  const asStepped = rollback({ tree, value: values.likely, mode: 'expected', fixed, known: ctx.assumed });
  const best = rollback({ tree, value: values.best, mode: 'max', known });
  const worst = rollback({ tree, value: values.worst, mode: 'min', known });
  const strategy = expected.chosen;
  const worstPossible = rollback({ tree, value: values.likely, mode: 'min', fixed: strategy, known, possibleOnly: true });
  const bestPossible = rollback({ tree, value: values.likely, mode: 'max', fixed: strategy, known, possibleOnly: true });
  const scores = expectedScores(tree, strategy, known);
  const reached = reachableUnder(tree, strategy, known);

  // Listed in the order the states are written in the file, as a reader of the scenario would look for them.
  const plan: PlannedDecision[] = [];
  const knownList: OptionAnalysis['known'] = [];
  for (const id of Object.keys(tree.option.machine.states)) {
    const s = tree.index.get(id);
    if (s === undefined) continue;
    if (tree.kind[s] === CHANCE && known[s] !== FREE) knownList.push({ state: id, choice: tree.choiceIds[known[s]!]! });
    if (tree.kind[s] !== DECISION || !reached[s]) continue;
    plan.push({ state: id, choice: tree.choiceIds[strategy[s]!]!, by: fixed[s] !== FREE ? 'group' : 'analysis', tie: expected.tie[s] === 1 });
  }

  const total = values.base.likely + expected.remaining[0]!;
  // Normalising is linear on each scale, so the normalised expected score is the expected normalised score.
  const contributionsOf = (expectedScores: Float64Array) => ctx.criteria.map((criterion, j) => ctx.weights[j]! * normaliseScore(expectedScores[j]!, criterion));
  const contributions = contributionsOf(scores);
  let pathProbability = 1;
  for (let s = 0; s < tree.ids.length; s++) if (tree.kind[s] === CHANCE && ctx.assumed[s] !== FREE) pathProbability *= tree.probability[ctx.assumed[s]!]!;

  return {
    optionId: tree.option.id,
    start: values.base.likely,
    expected: { total: onScale(total), scores: [...scores], contributions },
    best: onScale(values.base.best + best.remaining[0]!),
    worst: onScale(values.base.worst + worst.remaining[0]!),
    worstPossible: onScale(values.base.likely + worstPossible.remaining[0]!),
    bestPossible: onScale(values.base.likely + bestPossible.remaining[0]!),
    plan,
    known: knownList,
    asStepped: {
      total: onScale(values.base.likely + asStepped.remaining[0]!),
      contributions: contributionsOf(expectedScores(tree, asStepped.chosen, ctx.assumed)),
      finished: tree.choiceStart[ctx.current] === tree.choiceStart[ctx.current + 1],
      state: tree.ids[ctx.current]!,
      probability: pathProbability,
    },
  };
}

/** A total on 0..1 with float rounding at the ends removed (the loader keeps every path's scores on their scales). */
function onScale(total: number): number {
  return Math.min(1, Math.max(0, total));
}

/**
 * Expected score on each criterion under a strategy: the baseline plus the
 * expected sum of effects, rolled back state by state as a vector.
 */
function expectedScores(tree: CompiledOption, chosen: Int32Array, known: Int32Array): Float64Array {
  const J = tree.criteria;
  const n = tree.ids.length;
  const ahead = new Float64Array(n * J);
  const add = (s: number, c: number, weight: number) => {
    const t = tree.target[c]!;
    for (let j = 0; j < J; j++) ahead[s * J + j] = ahead[s * J + j]! + weight * (tree.effect.likely[c * J + j]! + ahead[t * J + j]!);
  };
  for (let s = n - 1; s >= 0; s--) {
    if (tree.kind[s] === DECISION) add(s, chosen[s]!, 1);
    else if (tree.kind[s] === CHANCE) {
      if (known[s] !== FREE) add(s, known[s]!, 1);
      else for (let c = tree.choiceStart[s]!; c < tree.choiceStart[s + 1]!; c++) if (tree.probability[c]! > 0) add(s, c, tree.probability[c]!);
    }
  }
  return Float64Array.from({ length: J }, (_, j) => tree.baseline.likely[j]! + ahead[j]!);
}
