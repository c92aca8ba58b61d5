import type { TreeValues } from '../../../domain/analysis';
import type { Step } from '../../../domain/machine';
import { own } from '../../../domain/records/own';
import type { Choice, Option, State } from '../../../domain/scenario';

/**
 * Which nodes of an option's tree are open. A machine is a DAG, so one state
 * reached by two routes is two nodes: a node is named by its route, the choice
 * ids from the first state joined by "/" (ids cannot contain "/"), and the
 * first state is "". A node is drawn when every node above it is open.
 */
export type Expansion = ReadonlySet<string>;

/**
 * Most nodes the default view draws. A chain of 40 two-way chance states has
 * 2^40 paths: the tree is opened along the stepped path and the plan only as
 * far as this many nodes, so any option draws at once.
 */
export const NODE_CAP = 60;

export function childKey(parent: string, choiceId: string): string {
  return parent === '' ? choiceId : `${parent}/${choiceId}`;
}

/** `key` is `ancestor` or lies below it. */
function isWithin(key: string, ancestor: string): boolean {
  return ancestor === '' || key === ancestor || key.startsWith(`${ancestor}/`);
}

/**
 * The choices the plan can follow from a state: the plan's choice at a
 * decision; at a chance state the branch known to have happened, or else
 * every branch that can happen.
 */
function planChoices(stateId: string, state: State, values: TreeValues): Choice[] {
  if (state.kind === 'outcome') return [];
  if (state.kind === 'decision') {
    const planned = values.plan.get(stateId)?.choice;
    return state.choices.filter((c) => c.id === planned);
  }
  const known = values.known.get(stateId);
  return state.choices.filter((c) => (known === undefined ? c.probability > 0 : c.id === known));
}

interface Frontier {
  key: string;
  stateId: string;
}

/**
 * The view's starting point: the nodes along the stepped path open one by one,
 * then the plan's route level by level, first from where the group stands and
 * then from the first state, as long as the whole next level fits under
 * NODE_CAP drawn nodes (a level half drawn would look like a choice of the analysis).
 */
export function defaultExpansion(option: Option, values: TreeValues, steps: readonly Step[]): Set<string> {
  const states = option.machine.states;
  const expanded = new Set<string>();
  let drawn = 1;
  let here: Frontier = { key: '', stateId: option.machine.initial };
  for (const step of steps) {
    const state = own(states, here.stateId)!;
    if (state.kind === 'outcome' || drawn + choiceCount(state) > NODE_CAP) return expanded;
    expanded.add(here.key);
    drawn += state.choices.length;
    here = { key: childKey(here.key, step.choice), stateId: state.choices.find((c) => c.id === step.choice)!.target };
  }

  const seen = new Set([here.key, '']);
  let frontier: Frontier[] = here.key === '' ? [here] : [here, { key: '', stateId: option.machine.initial }];
  while (frontier.length > 0) {
    const toOpen = frontier.filter((n) => !expanded.has(n.key) && choiceCount(own(states, n.stateId)!) > 0);
    const cost = toOpen.reduce((sum, n) => sum + choiceCount(own(states, n.stateId)!), 0);
    if (drawn + cost > NODE_CAP) break;
    for (const n of toOpen) expanded.add(n.key);
    drawn += cost;
    const next: Frontier[] = [];
    for (const n of frontier) {
      for (const choice of planChoices(n.stateId, own(states, n.stateId)!, values)) {
        const key = childKey(n.key, choice.id);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({ key, stateId: choice.target });
      }
    }
    frontier = next;
  }
  return expanded;
}

function choiceCount(state: State): number {
  return state.kind === 'outcome' ? 0 : state.choices.length;
}

/** Opens a closed node; closes an open one and forgets what was open below it, so reopening draws one level, never a remembered subtree. */
export function toggleExpansion(expanded: Expansion, key: string): Set<string> {
  if (!expanded.has(key)) return new Set(expanded).add(key);
  return new Set([...expanded].filter((k) => !isWithin(k, key)));
}
