import { choiceIndex, DECISION } from './compiled-option';
import { lineValue, upperEnvelope } from './envelope';
import type { OptionContext } from './option-context';
import { FREE, reachableUnder, rollback } from './rollback';

export interface ProbabilityThresholds {
  state: string;
  branch: string;
  /** The branch's probability in the scenario. */
  probability: number;
  /** Why the probability cannot move the analysis, when it cannot: the outcome is marked as known, or the state has only this branch. */
  fixedBy?: 'known' | 'only-branch';
  /** The option's expected total as the branch's probability runs from 0 to 1: the corners of a piecewise-linear curve. */
  curve: Array<{ p: number; total: number }>;
  /** Where the best choice at a decision of the plan changes. */
  decisionChanges: Array<{ p: number; state: string; from: string; to: string }>;
  /** The best of the other options, whose expected total this probability does not move. */
  rival?: { optionId: string; total: number };
  /** The probabilities at which this option's margin over the rival crosses 0 (the top option changes). */
  topChanges: number[];
}

/**
 * How the option's value moves as one branch's probability runs from 0 to 1,
 * the state's other branches rescaled in proportion. Decisions the group made
 * stay; the others are taken at their best for each p, so the value is the
 * upper envelope of straight lines (one per strategy), found exactly by
 * bisecting between the strategies that are best at each end.
 */
export function probabilityThresholds(ctx: OptionContext, stateId: string, branchId: string, rival?: { optionId: string; total: number }): ProbabilityThresholds {
  const { tree, values, fixed, known } = ctx;
  const s = tree.index.get(stateId)!;
  const b = choiceIndex(tree, s, branchId);
  const from = tree.choiceStart[s]!;
  const to = tree.choiceStart[s + 1]!;
  const p0 = tree.probability[b]!;

  const withBranchAt = (p: number) => {
    const probability = tree.probability.slice();
    const rest = 1 - p0;
    for (let c = from; c < to; c++) probability[c] = c === b ? p : rest > 1e-12 ? (tree.probability[c]! * (1 - p)) / rest : (1 - p) / (to - from - 1);
    return probability;
  };
  const best = (p: number) => rollback({ tree, value: values.likely, mode: 'expected', fixed, known, probability: withBranchAt(p) }).chosen;
  const lineOf = (strategy: Int32Array) => ({
    at0: values.base.likely + rollback({ tree, value: values.likely, mode: 'expected', fixed: strategy, known, probability: withBranchAt(0) }).remaining[0]!,
    at1: values.base.likely + rollback({ tree, value: values.likely, mode: 'expected', fixed: strategy, known, probability: withBranchAt(1) }).remaining[0]!,
    strategy,
  });
  const fixedBy = known[s] !== FREE ? 'known' : to - from < 2 ? 'only-branch' : undefined;
  const pieces = fixedBy ? [{ start: 0, line: lineOf(best(p0)) }] : upperEnvelope(best, lineOf);

  const curve = [...pieces.map(({ start, line }) => ({ p: start, total: lineValue(line, start) })), { p: 1, total: lineValue(pieces.at(-1)!.line, 1) }];
  const decisionChanges = pieces.slice(1).flatMap(({ start, line }, i) => {
    const before = pieces[i]!.line.strategy;
    const reached = reachableUnder(tree, before, known, withBranchAt(start));
    for (let d = 0; d < tree.ids.length; d++) {
      if (tree.kind[d] === DECISION && reached[d] && fixed[d] === FREE && before[d] !== line.strategy[d]) {
        return [{ p: start, state: tree.ids[d]!, from: tree.choiceIds[before[d]!]!, to: tree.choiceIds[line.strategy[d]!]! }];
      }
    }
    return [];
  });
  const topChanges: number[] = [];
  if (rival) {
    pieces.forEach(({ start, line }, i) => {
      const end = pieces[i + 1]?.start ?? 1;
      const slope = line.at1 - line.at0;
      if (Math.abs(slope) < 1e-15) return;
      const p = (rival.total - line.at0) / slope;
      if (p >= start - 1e-12 && p <= end + 1e-12 && !topChanges.some((q) => Math.abs(q - p) < 1e-9)) topChanges.push(Math.min(1, Math.max(0, p)));
    });
  }
  return { state: stateId, branch: branchId, probability: p0, fixedBy, curve, decisionChanges, rival, topChanges };
}

/** The value of a piecewise-linear curve (corners sorted by p) at p. */
export function valueOnCurve(curve: ReadonlyArray<{ p: number; total: number }>, p: number): number {
  for (let k = 0; k + 1 < curve.length; k++) {
    const a = curve[k]!;
    const b = curve[k + 1]!;
    if (p <= b.p || k + 2 === curve.length) return b.p - a.p < 1e-15 ? b.total : a.total + ((b.total - a.total) * (p - a.p)) / (b.p - a.p);
  }
  return curve[0]!.total;
}
