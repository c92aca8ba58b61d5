import { didYouMean, q, qList } from '../text/quote';
import type { DocPath, PathProblem } from './problems';
import type { Criterion, Option, Scenario, State } from './schema';

/** Probabilities of an uncertain outcome must sum to 1 within this. */
export const PROBABILITY_TOLERANCE = 1e-9;

/**
 * Checks what a schema cannot: that ids are unique, references resolve, every
 * machine is a finite tree of steps that ends in outcomes, and scores stay on
 * their scales at every step of every path. Returns every problem, not the first.
 */
export function checkScenarioMeaning(scenario: Scenario): PathProblem[] {
  const problems: PathProblem[] = [];
  const report = (path: DocPath, message: string, atKey = false) => problems.push({ path, message, atKey });

  const listIds = <T extends { id: string }>(list: readonly T[], key: string, noun: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else report([key, i, 'id'], `the ${noun} id ${q(item.id)} is already used by ${key}[${first}]; ids must be unique`);
    });
    return [...seen.keys()];
  };
  const factIds = listIds(scenario.facts, 'facts', 'fact');
  const actorIds = listIds(scenario.actors, 'actors', 'actor');
  const criterionIds = listIds(scenario.criteria, 'criteria', 'criterion');
  const optionIds = listIds(scenario.options, 'options', 'option');

  if (scenario.criteria.every((c) => c.weight === 0)) {
    report(['criteria'], 'every criterion has weight 0; give at least one a positive default weight');
  }
  if (scenario.baselineOption !== undefined && !optionIds.includes(scenario.baselineOption)) {
    report(['baselineOption'], `${q(scenario.baselineOption)} is not an option${didYouMean(scenario.baselineOption, optionIds)}; options are ${qList(optionIds)}`);
  }

  const refs = { factIds, actorIds, criterionIds };
  scenario.options.forEach((option, i) => checkOption(option, ['options', i], scenario.criteria, refs, report));
  return problems;
}

interface Refs {
  factIds: string[];
  actorIds: string[];
  criterionIds: string[];
}

type Report = (path: DocPath, message: string, atKey?: boolean) => void;

function checkOption(option: Option, at: DocPath, criteria: readonly Criterion[], refs: Refs, report: Report): void {
  const where = `option ${q(option.id)}`;
  for (const [criterionId, entry] of Object.entries(option.baseline)) {
    const criterion = criteria.find((c) => c.id === criterionId);
    if (!criterion) {
      report([...at, 'baseline', criterionId], `${q(criterionId)} is not a criterion${didYouMean(criterionId, refs.criterionIds)}`, true);
    } else if (entry.score < criterion.scale.min || entry.score > criterion.scale.max) {
      report([...at, 'baseline', criterionId, 'score'], `the baseline score ${entry.score} on ${q(criterion.label)} is outside its scale ${criterion.scale.min} to ${criterion.scale.max}`);
    }
  }
  const missing = refs.criterionIds.filter((id) => !(id in option.baseline));
  if (missing.length > 0) {
    report([...at, 'baseline'], `${where} has no baseline score for ${qList(missing)}; every criterion needs one`);
  }

  const machineAt = [...at, 'machine'];
  const states = option.machine.states;
  const stateIds = Object.keys(states);
  let structureSound = missing.length === 0;
  if (!(option.machine.initial in states)) {
    report([...machineAt, 'initial'], `the first state ${q(option.machine.initial)} of ${where} does not exist${didYouMean(option.machine.initial, stateIds)}; its states are ${qList(stateIds)}`);
    return;
  }
  if (states[option.machine.initial]!.kind === 'outcome') {
    report([...machineAt, 'initial'], `the first state of ${where} is an outcome, so the group has nothing to step through`);
  }

  for (const [stateId, state] of Object.entries(states)) {
    const stateAt = [...machineAt, 'states', stateId];
    if (state.kind === 'outcome') continue;
    if (state.actor !== undefined && !refs.actorIds.includes(state.actor)) {
      report([...stateAt, 'actor'], `${q(state.actor)} is not an actor${didYouMean(state.actor, refs.actorIds)}`);
    }
    const choiceIds = new Set<string>();
    state.choices.forEach((choice, c) => {
      const choiceAt = [...stateAt, 'choices', c];
      if (choiceIds.has(choice.id)) report([...choiceAt, 'id'], `the choice id ${q(choice.id)} is used twice in state ${q(stateId)}`);
      choiceIds.add(choice.id);
      if (!(choice.target in states)) {
        structureSound = false;
        report([...choiceAt, 'target'], `choice ${q(choice.id)} leads to ${q(choice.target)}, which is not a state of ${where}${didYouMean(choice.target, stateIds)}`);
      }
      for (const criterionId of Object.keys(choice.effects)) {
        if (!refs.criterionIds.includes(criterionId)) {
          structureSound = false;
          report([...choiceAt, 'effects', criterionId], `${q(criterionId)} is not a criterion${didYouMean(criterionId, refs.criterionIds)}`, true);
        }
      }
      (choice.facts ?? []).forEach((factId, f) => {
        if (!refs.factIds.includes(factId)) report([...choiceAt, 'facts', f], `${q(factId)} is not a fact${didYouMean(factId, refs.factIds)}`);
      });
    });
    if (state.kind === 'chance') {
      const total = state.choices.reduce((sum, b) => sum + b.probability, 0);
      if (Math.abs(total - 1) > PROBABILITY_TOLERANCE) {
        report([...stateAt, 'choices'], `the probabilities of the outcomes of ${q(stateId)} add up to ${roundForHumans(total)}, not 1`);
      }
    }
  }

  const reachable = reachableFrom(option.machine.initial, states);
  for (const stateId of stateIds) {
    if (!reachable.has(stateId)) report([...machineAt, 'states', stateId], `state ${q(stateId)} of ${where} cannot be reached from the first state ${q(option.machine.initial)}`, true);
  }

  const cycle = findCycle(option.machine.initial, states);
  if (cycle) {
    structureSound = false;
    report([...machineAt, 'states', cycle.from, 'choices', cycle.choiceIndex, 'target'], `${where} loops: ${cycle.states.map(q).join(' → ')}; every path must move forward to an outcome`);
  }

  if (structureSound) checkScalesAlongPaths(option, machineAt, criteria, report);
}

function roundForHumans(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

function successors(state: State): string[] {
  return state.kind === 'outcome' ? [] : state.choices.map((c) => c.target);
}

function reachableFrom(initial: string, states: Record<string, State>): Set<string> {
  const seen = new Set<string>([initial]);
  const stack = [initial];
  while (stack.length > 0) {
    const state = states[stack.pop()!];
    if (!state) continue;
    for (const next of successors(state)) {
      if (!seen.has(next) && next in states) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

function findCycle(initial: string, states: Record<string, State>): { states: string[]; from: string; choiceIndex: number } | undefined {
  const onStack: string[] = [];
  const done = new Set<string>();
  const visit = (id: string): ReturnType<typeof findCycle> => {
    onStack.push(id);
    const state = states[id]!;
    const targets = successors(state);
    for (let i = 0; i < targets.length; i++) {
      const next = targets[i]!;
      if (!(next in states) || done.has(next)) continue;
      const loopStart = onStack.indexOf(next);
      if (loopStart >= 0) return { states: [...onStack.slice(loopStart), next], from: id, choiceIndex: i };
      const found = visit(next);
      if (found) return found;
    }
    onStack.pop();
    done.add(id);
    return undefined;
  };
  return visit(initial);
}

/**
 * The highest and lowest running total each criterion can reach, over every
 * prefix of every path, found in one forward pass over the (acyclic) machine;
 * a path that breaks a scale is reported with its steps.
 */
function checkScalesAlongPaths(option: Option, machineAt: DocPath, criteria: readonly Criterion[], report: Report): void {
  const states = option.machine.states;
  const order = topologicalOrder(option.machine.initial, states);
  for (const criterion of criteria) {
    const base = option.baseline[criterion.id]!.score;
    for (const bound of ['max', 'min'] as const) {
      const better = bound === 'max' ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
      const best = new Map<string, { total: number; via?: { from: string; choice: number } }>([[option.machine.initial, { total: base }]]);
      for (const id of order) {
        const here = best.get(id);
        const state = states[id]!;
        if (!here || state.kind === 'outcome') continue;
        state.choices.forEach((choice, c) => {
          const total = here.total + (choice.effects[criterion.id] ?? 0);
          const there = best.get(choice.target);
          if (!there || better(total, there.total)) best.set(choice.target, { total, via: { from: id, choice: c } });
        });
      }
      const limit = criterion.scale[bound];
      const offender = order.find((id) => {
        const t = best.get(id)?.total;
        return t !== undefined && (bound === 'max' ? t > limit : t < limit);
      });
      if (offender === undefined) continue;
      const trail: string[] = [];
      let cursor: string | undefined = offender;
      let last: { from: string; choice: number } | undefined;
      while (cursor !== undefined) {
        trail.unshift(cursor);
        const via: { from: string; choice: number } | undefined = best.get(cursor)?.via;
        last ??= via;
        cursor = via?.from;
      }
      const total = best.get(offender)!.total;
      const choicePath: DocPath = last ? [...machineAt, 'states', last.from, 'choices', last.choice, 'effects', criterion.id] : [...machineAt];
      report(
        choicePath,
        `along the path ${trail.map(q).join(' → ')}, the score on ${q(criterion.label)} reaches ${roundForHumans(total)}, ${bound === 'max' ? 'above the top' : 'below the bottom'} of its scale (${criterion.scale[bound]}); adjust the baseline or the effects`,
      );
    }
  }
}

function topologicalOrder(initial: string, states: Record<string, State>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of successors(states[id]!)) visit(next);
    order.push(id);
  };
  visit(initial);
  return order.reverse();
}
