import type { TreeValues } from '../../../domain/analysis';
import type { Step } from '../../../domain/machine';
import { own } from '../../../domain/records/own';
import type { Choice, Option, State } from '../../../domain/scenario';
import { childKey, type Expansion } from './tree-expansion';

/**
 * Sizes in SVG units. The SVG is drawn 1:1 in CSS pixels (no viewBox
 * scaling), so these font sizes are what a projector shows: 15 px labels,
 * 14 px marks. One column per level, root at the left; one row per drawn leaf.
 */
export const GEOMETRY = {
  column: 300,
  row: 84,
  node: 22,
  /** The stub from a node to the vertical line its branches leave from. */
  stub: 20,
  /** Text slots keep this far from lines and nodes. */
  gap: 8,
  lineHeight: 18,
  labelLines: 2,
  fontLabel: 15,
  fontMark: 14,
  marginX: 24,
  marginTop: 56,
  marginBottom: 40,
  /** Room right of the deepest column for an outcome's summary or a collapsed node's path count. */
  trailing: 280,
} as const;

export interface TreeBranch {
  choice: Choice;
  /** A chance branch's probability. */
  probability?: number;
  /** This choice is the plan's at its decision: made by the group, or the best by expected value (tie: equal best, first in file order taken). */
  plan?: { byGroup: boolean; tie: boolean };
  /** This branch is the outcome the group marked as known. */
  known: boolean;
}

export interface TreeNode {
  /** The route from the first state (see tree-expansion.ts). */
  key: string;
  stateId: string;
  state: State;
  depth: number;
  /** Index of the parent in `nodes`, −1 for the first state. */
  parent: number;
  /** Indices of the drawn children, in file order; empty when closed. */
  children: number[];
  /** The choice that leads here; absent for the first state. */
  branch?: TreeBranch;
  /** Expected total (0..1) of a path through this node: start + moves so far + what remains under the plan. */
  value: number;
  /** Complete paths from here. */
  paths: number;
  /** Open: its children are drawn (never for an outcome). */
  expanded: boolean;
  /** The stepped path passes through this node: step `depth` of it leads on from here. */
  onPath: boolean;
  /** The stepped path ends here: where the group has got to. */
  current: boolean;
  x: number;
  y: number;
}

export interface TreeLayout {
  /** Depth first, each node before its children: the order of the SVG, the outline and the keys. */
  nodes: TreeNode[];
  index: Map<string, number>;
  width: number;
  height: number;
}

interface Pending {
  key: string;
  stateId: string;
  depth: number;
  parent: number;
  branch?: TreeBranch;
  /** start + the moves of the choices that led here. */
  sofar: number;
  onPath: boolean;
}

/**
 * The drawn part of the tree, with positions: each leaf its own row, each
 * open node level with the middle of its children. Iterative, so a long
 * opened route cannot overflow the stack; the work is linear in drawn nodes.
 */
export function layoutTree(option: Option, values: TreeValues, steps: readonly Step[], expanded: Expansion): TreeLayout {
  const nodes: TreeNode[] = [];
  const index = new Map<string, number>();
  const pending: Pending[] = [{ key: '', stateId: option.machine.initial, depth: 0, parent: -1, sofar: values.start, onPath: true }];
  while (pending.length > 0) {
    const item = pending.pop()!;
    const state = own(option.machine.states, item.stateId)!;
    const open = state.kind !== 'outcome' && expanded.has(item.key);
    const { onPath } = item;
    const at = nodes.length;
    nodes.push({
      key: item.key,
      stateId: item.stateId,
      state,
      depth: item.depth,
      parent: item.parent,
      children: [],
      ...(item.branch ? { branch: item.branch } : {}),
      value: onScale(item.sofar + (values.remaining.get(item.stateId) ?? 0)),
      paths: values.paths.get(item.stateId) ?? 1,
      expanded: open,
      onPath,
      current: onPath && item.depth === steps.length,
      x: 0,
      y: 0,
    });
    index.set(item.key, at);
    if (item.parent >= 0) nodes[item.parent]!.children.push(at);
    if (!open) continue;
    const plan = values.plan.get(item.stateId);
    const known = values.known.get(item.stateId);
    const moves = values.move.get(item.stateId);
    // Pushed last first, so that they come off the stack in file order.
    for (let c = state.choices.length - 1; c >= 0; c--) {
      const choice = state.choices[c]!;
      pending.push({
        key: childKey(item.key, choice.id),
        stateId: choice.target,
        depth: item.depth + 1,
        parent: at,
        branch: {
          choice,
          ...('probability' in choice ? { probability: choice.probability } : {}),
          ...(plan?.choice === choice.id ? { plan: { byGroup: plan.byGroup, tie: plan.tie } } : {}),
          known: known === choice.id,
        },
        sofar: item.sofar + (moves?.get(choice.id) ?? 0),
        onPath: onPath && steps[item.depth]?.choice === choice.id,
      });
    }
  }
  return { nodes, index, ...place(nodes) };
}

/** Positions in place; returns the drawing's size. */
function place(nodes: TreeNode[]): { width: number; height: number } {
  const { column, row, node, marginX, marginTop, marginBottom, trailing } = GEOMETRY;
  let rows = 0;
  let deepest = 0;
  for (const n of nodes) {
    n.x = marginX + node / 2 + n.depth * column;
    deepest = Math.max(deepest, n.depth);
    if (n.children.length === 0) n.y = marginTop + row * rows++;
  }
  // Children come after their parent, so walking backwards places them first.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.children.length > 0) n.y = (nodes[n.children[0]!]!.y + nodes[n.children.at(-1)!]!.y) / 2;
  }
  return { width: marginX + deepest * column + node + trailing, height: marginTop + row * (rows - 1) + marginBottom };
}

/** Totals stay on 0..1: the loader keeps every path on its scales, so anything outside is float rounding (as in analyseOption). */
function onScale(total: number): number {
  return Math.min(1, Math.max(0, total));
}
