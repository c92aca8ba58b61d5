import type { OptionContext } from './option-context';
import { rollback } from './rollback';

/**
 * What a decision-tree view of one option needs at every node, under the
 * option's plan: the expected total still to come from each state, what each
 * choice adds to the total, and which choice the plan takes at each decision.
 * A node drawn at the end of a path has the value
 * `start + (sum of the choices' moves along the path) + remaining(state)`.
 */
export interface TreeValues {
  /** The total of the starting scores. */
  start: number;
  /** Expected total still to come from each state, under the plan (outcomes known taken as given). */
  remaining: Map<string, number>;
  /** What taking a choice adds to the total, by state id then choice id. */
  move: Map<string, Map<string, number>>;
  /** The plan's choice at each decision state, and whether the group made it. */
  plan: Map<string, { choice: string; byGroup: boolean; tie: boolean }>;
  /** Outcomes marked as known: the branch taken, by chance state. */
  known: Map<string, string>;
  /** Number of complete paths from each state (counted, never listed; Infinity beyond a double). */
  paths: Map<string, number>;
}

export function treeValues(ctx: OptionContext): TreeValues {
  const { tree, values, fixed, known } = ctx;
  const expected = rollback({ tree, value: values.likely, mode: 'expected', fixed, known });
  const remaining = new Map<string, number>();
  const move = new Map<string, Map<string, number>>();
  const plan = new Map<string, { choice: string; byGroup: boolean; tie: boolean }>();
  const knownBranches = new Map<string, string>();
  const pathCount = new Float64Array(tree.ids.length);
  const paths = new Map<string, number>();
  for (let s = tree.ids.length - 1; s >= 0; s--) {
    const id = tree.ids[s]!;
    remaining.set(id, expected.remaining[s]!);
    const from = tree.choiceStart[s]!;
    const to = tree.choiceStart[s + 1]!;
    const moves = new Map<string, number>();
    let count = from === to ? 1 : 0;
    for (let c = from; c < to; c++) {
      moves.set(tree.choiceIds[c]!, values.likely[c]!);
      count += pathCount[tree.target[c]!]!;
    }
    pathCount[s] = count;
    paths.set(id, count);
    move.set(id, moves);
    if (expected.chosen[s] !== -1) plan.set(id, { choice: tree.choiceIds[expected.chosen[s]!]!, byGroup: fixed[s] !== -1, tie: expected.tie[s] === 1 });
    if (known[s] !== -1) knownBranches.set(id, tree.choiceIds[known[s]!]!);
  }
  return { start: values.base.likely, remaining, move, plan, known: knownBranches, paths };
}
