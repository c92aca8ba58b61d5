import { didYouMean, q, qList } from '../text/quote';
import type { DocPath } from './problems';
import type { ChanceState, DecisionState, Option, Requirement, State } from './schema';

type Report = (path: DocPath, message: string, atKey?: boolean) => void;

/** A place whose text refers to earlier steps: a state (before it is entered) or one of its choices (before it is taken). */
interface Use {
  state: string;
  requirement: Requirement;
  at: DocPath;
}

/** One step, as the position of its choice in its state. */
interface Edge {
  state: string;
  choice: number;
}

/** Where a state's and its choices' `requires` sit in an option's machine. */
export function requirementUses(option: Option, machineAt: DocPath): Use[] {
  const uses: Use[] = [];
  for (const [stateId, state] of Object.entries(option.machine.states)) {
    const stateAt = [...machineAt, 'states', stateId];
    (state.requires ?? []).forEach((requirement, r) => uses.push({ state: stateId, requirement, at: [...stateAt, 'requires', r] }));
    if (state.kind === 'outcome') continue;
    state.choices.forEach((choice, c) => (choice.requires ?? []).forEach((requirement, r) => uses.push({ state: stateId, requirement, at: [...stateAt, 'choices', c, 'requires', r] })));
  }
  return uses;
}

/** The requirements of one option whose references all name a step, grouped so that each distinct one is checked along paths once. */
export interface ResolvedRequirements {
  groups: Array<{ edges: Edge[]; refs: string[] }>;
  uses: Array<{ use: Use; group: number }>;
}

/** Checks that each reference names a state of the option and one of its choices, reporting those that do not. */
export function resolveRequirements(option: Option, uses: readonly Use[], report: Report): ResolvedRequirements {
  const states = new Map(Object.entries(option.machine.states));
  const stateIds = [...states.keys()];
  const where = `option ${q(option.id)}`;
  const groups: ResolvedRequirements['groups'] = [];
  const resolved: ResolvedRequirements['uses'] = [];
  const groupIndex = new Map<string, number>();
  for (const use of uses) {
    const refs = typeof use.requirement === 'string' ? [use.requirement] : use.requirement;
    const edges: Edge[] = [];
    refs.forEach((ref, k) => {
      const edge = resolve(ref, states, stateIds, where, typeof use.requirement === 'string' ? use.at : [...use.at, k], report);
      if (edge) edges.push(edge);
    });
    // A requirement with a reference that names nothing is not checked along paths.
    if (edges.length !== refs.length) continue;
    const key = [...refs].sort().join(' ');
    let index = groupIndex.get(key);
    if (index === undefined) {
      index = groups.length;
      groupIndex.set(key, index);
      groups.push({ edges, refs });
    }
    resolved.push({ use, group: index });
  }
  return { groups, uses: resolved };
}

/**
 * Checks that every path to a place whose text refers to earlier steps has
 * taken each of them (or, for a list, one of its steps) before. A text that
 * refers to a step some path did not take is how a story comes to contradict
 * its path; the fix is a state of its own for the paths that need other words.
 *
 * Paths are never listed (they can be exponentially many): for each distinct
 * requirement, one forward pass over the states in topological order marks
 * what can be reached without taking any of its steps, 32 requirements at a
 * time as the bits of one word, with the step that first reached each state
 * so that a counter-example path can be shown. `order` is the option's states
 * in topological order from its first state (the machine has no loop).
 */
export function checkRequirementPaths(option: Option, { groups: groupList, uses: checked }: ResolvedRequirements, order: readonly string[], report: Report): void {
  if (checked.length === 0) return;
  const states = new Map(Object.entries(option.machine.states));
  const position = new Map(order.map((id, i) => [id, i]));
  const n = order.length;
  // Steps numbered in order: the choices of the state at position s are firstStep[s] + 0, 1, …
  const firstStep = new Int32Array(n + 1);
  order.forEach((id, s) => {
    const state = states.get(id)!;
    firstStep[s + 1] = firstStep[s]! + (state.kind === 'outcome' ? 0 : state.choices.length);
  });
  // For each step, the bits of the requirements in the chunk being checked that it satisfies.
  const satisfies = new Int32Array(firstStep[n]!);
  const stepOf = (e: Edge) => {
    const s = position.get(e.state);
    return s === undefined ? -1 : firstStep[s]! + e.choice;
  };
  for (let first = 0; first < groupList.length; first += 32) {
    const chunk = groupList.slice(first, first + 32);
    satisfies.fill(0);
    chunk.forEach((g, bit) => {
      for (const e of g.edges) {
        const step = stepOf(e);
        if (step >= 0) satisfies[step] = satisfies[step]! | (1 << bit);
      }
    });
    const all = chunk.length === 32 ? -1 : (1 << chunk.length) - 1;
    // open[s]: the requirements for which some path reaches s without satisfying them.
    const open = new Int32Array(n);
    const cameFrom = new Int32Array(n * 32).fill(-1);
    const cameBy = new Int32Array(n * 32);
    open[0] = all;
    for (let s = 0; s < n; s++) {
      if (open[s] === 0) continue;
      const state = states.get(order[s]!)!;
      if (state.kind === 'outcome') continue;
      state.choices.forEach((choice, c) => {
        const t = position.get(choice.target)!;
        const carried = open[s]! & ~satisfies[firstStep[s]! + c]!;
        let fresh = carried & ~open[t]!;
        open[t] = open[t]! | carried;
        while (fresh !== 0) {
          const bit = 31 - Math.clz32(fresh & -fresh);
          cameFrom[t * 32 + bit] = s;
          cameBy[t * 32 + bit] = c;
          fresh &= fresh - 1;
        }
      });
    }
    for (const { use, group } of checked) {
      const bit = group - first;
      if (bit < 0 || bit >= 32) continue;
      const s = position.get(use.state);
      if (s === undefined || (open[s]! & (1 << bit)) === 0) continue;
      // The counter-example path, walked back to the first state; only the steps shown are named.
      const back: number[] = [];
      for (let at = s; cameFrom[at * 32 + bit]! >= 0; at = cameFrom[at * 32 + bit]!) back.push(at * 32 + bit);
      const name = (k: number) => {
        const from = cameFrom[back[k]!]!;
        // Only states with choices lead anywhere, so the state a step came from is never an outcome.
        const state = states.get(order[from]!) as DecisionState | ChanceState;
        return q(`${order[from]}.${state.choices[cameBy[back[k]!]!]!.id}`);
      };
      const forward = (ks: number[]) => ks.map((k) => name(back.length - 1 - k));
      const shown = back.length > 12 ? [...forward([0, 1, 2, 3, 4]), '…', ...forward([back.length - 5, back.length - 4, back.length - 3, back.length - 2, back.length - 1])] : forward([...back.keys()]);
      const path = back.length === 0 ? 'the first state itself, before any step,' : `the path ${shown.join(' → ')}`;
      const refs = groupList[group]!.refs;
      const needed = refs.length === 1 ? `the step ${q(refs[0]!)}` : `one of the steps ${qList(refs)}`;
      report(use.at, `this text refers to ${needed}, but ${path} reaches it without taking ${refs.length === 1 ? 'it' : 'any of them'}; where paths that meet need different words, give each its own state`);
    }
  }
}

/** The step a reference names, or a problem saying why it names none. */
function resolve(ref: string, states: ReadonlyMap<string, State>, stateIds: readonly string[], where: string, at: DocPath, report: Report): Edge | undefined {
  const dot = ref.indexOf('.');
  const stateId = ref.slice(0, dot);
  const choiceId = ref.slice(dot + 1);
  const state = states.get(stateId);
  if (!state) {
    report(at, `${q(ref)} names the state ${q(stateId)}, which is not a state of ${where}${didYouMean(stateId, stateIds)}`);
    return undefined;
  }
  if (state.kind === 'outcome') {
    report(at, `${q(ref)} names the outcome ${q(stateId)}, which has no choices; name a decision or an uncertain outcome and its choice`);
    return undefined;
  }
  const choice = state.choices.findIndex((c) => c.id === choiceId);
  if (choice < 0) {
    const ids = state.choices.map((c) => c.id);
    report(at, `${q(ref)} names the choice ${q(choiceId)}, which is not a choice of ${q(stateId)}${didYouMean(choiceId, ids)}; its choices are ${qList(ids)}`);
    return undefined;
  }
  return { state: stateId, choice };
}
