import type { State } from '../../../domain/scenario';
import { approximateCount, chance, points } from '../../../domain/text/format';
import { isolate } from '../../components/ScenarioText';
import type { TreeNode } from './tree-layout';

/** The words the tree view uses for a node, shared by the drawing, its accessible names, the outline and the details of the selected node. */

export function kindName(state: State): string {
  return state.kind === 'decision' ? 'Decision' : state.kind === 'chance' ? 'Uncertain outcome' : 'Outcome';
}

/** The question at a decision or chance node, what the world looks like at an outcome. */
export function stateText(state: State): string {
  return state.kind === 'outcome' ? state.summary : state.prompt;
}

export function pathsText(count: number): string {
  return `${approximateCount(count)} ${count === 1 ? 'path' : 'paths'}`;
}

/** Whether the plan's choice here was the group's ("yours") or the analysis's ("best"). */
function planWord(plan: { byGroup: boolean }): string {
  return plan.byGroup ? 'yours' : 'best';
}

/** The short marks under a branch: its probability, the plan's choice, ties, known outcomes, the stepped path. */
export function branchMarks(node: TreeNode): string[] {
  const b = node.branch;
  if (!b) return [];
  const marks: string[] = [];
  if (b.probability !== undefined) marks.push(chance(b.probability));
  if (b.plan) marks.push(`plan · ${planWord(b.plan)}`, ...(b.plan.tie ? ['tie'] : []));
  if (b.known) marks.push('known');
  if (node.onPath) marks.push(node.current ? 'stepped · here' : 'stepped');
  return marks;
}

/** One sentence per fact about a node, for its accessible name. Scenario text is isolated for direction; a prompt ending in "?" gets no extra full stop. */
export function describeNode(node: TreeNode, steppedAtAll: boolean): string {
  const b = node.branch;
  const parts = [`${kindName(node.state)}: ${isolate(stateText(node.state))}`];
  if (b) parts.push(`Reached by “${isolate(b.choice.label)}”${b.probability !== undefined ? `, ${chance(b.probability)} likely` : ''}`);
  parts.push(`Expected value ${points(node.value)} points`);
  if (b?.plan) parts.push(b.plan.byGroup ? "The plan's choice (yours: the group decided it)" : `The plan's choice (best by expected value${b.plan.tie ? '; a tie, the first listed taken' : ''})`);
  if (b?.known) parts.push('Known outcome');
  if (steppedAtAll && node.onPath) parts.push(node.current ? 'Where the stepped path has got to' : node.depth === 0 ? 'Start of the stepped path' : 'On the stepped path');
  if (node.state.kind !== 'outcome') parts.push(`${pathsText(node.paths)} from here`);
  return parts.map((part) => (/[.?!…]\u2069?$/.test(part) ? part : `${part}.`)).join(' ');
}
