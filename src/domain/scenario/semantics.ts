import { depthFirst } from '../paths/depth-first';
import { own } from '../records/own';
import { above, below, exactText, nearlyEqual } from '../numeric/tolerance';
import { didYouMean, q, qList } from '../text/quote';
import { LIMITS } from './limits';
import type { DocPath, PathProblem } from './problems';
import { checkRequirementPaths, requirementUses, resolveRequirements } from './requires';
import type { Choice, Criterion, Option, Scenario, State, WeightPreset } from './schema';

/**
 * Checks what a schema cannot: that ids are unique, references resolve, every
 * machine is a finite tree of steps that ends in outcomes, and scores stay on
 * their scales at every step of every path. Returns every problem, not the first.
 * Ids are looked up in Maps and with `Object.hasOwn`, never with `in`, so an id
 * such as "constructor" means only what the file says.
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
  const refs: Refs = {
    factIds: listIds(scenario.facts, 'facts', 'fact'),
    actorIds: listIds(scenario.actors, 'actors', 'actor'),
    criterionIds: listIds(scenario.criteria, 'criteria', 'criterion'),
    criteria: new Map(scenario.criteria.map((c) => [c.id, c])),
  };
  const optionIds = listIds(scenario.options, 'options', 'option');
  const known = { facts: new Set(refs.factIds), actors: new Set(refs.actorIds) };

  if (scenario.criteria.every((c) => c.weight === 0)) {
    report(['criteria'], 'every criterion has weight 0; give at least one a positive default weight');
  }
  if (scenario.baselineOption !== undefined && !optionIds.includes(scenario.baselineOption)) {
    report(['baselineOption'], `${q(scenario.baselineOption)} is not an option${didYouMean(scenario.baselineOption, optionIds)}; options are ${qList(optionIds)}`);
  }
  if (scenario.weightPresets) {
    listIds(scenario.weightPresets, 'weightPresets', 'weight preset');
    scenario.weightPresets.forEach((preset, i) => checkPreset(preset, ['weightPresets', i], refs, report));
  }

  const references = scenario.options.reduce((sum, o) => sum + requirementUses(o, []).reduce((n, u) => n + (typeof u.requirement === 'string' ? 1 : u.requirement.length), 0), 0);
  const checkReferences = references <= LIMITS.references;
  if (!checkReferences) report(['options'], `the options name ${references} steps in their "requires" lists, more than the ${LIMITS.references} a scenario may have; a real scenario names a few hundred at most`);

  scenario.options.forEach((option, i) => checkOption(option, ['options', i], scenario.criteria, refs, known, report, checkReferences));
  return problems;
}

/** A preset gives every criterion a weight, names no other, and leaves something to compare. */
function checkPreset(preset: WeightPreset, at: DocPath, refs: Refs, report: Report): void {
  for (const criterionId of Object.keys(preset.weights)) {
    if (!refs.criteria.has(criterionId)) report([...at, 'weights', criterionId], `${q(criterionId)} is not a criterion${didYouMean(criterionId, refs.criterionIds)}`, true);
  }
  const missing = refs.criterionIds.filter((id) => !Object.hasOwn(preset.weights, id));
  if (missing.length > 0) report([...at, 'weights'], `the weight preset ${q(preset.id)} gives no weight for ${qList(missing)}; give every criterion one (0 to leave it out)`);
  if (refs.criterionIds.every((id) => (own(preset.weights, id) ?? 0) === 0)) {
    report([...at, 'weights'], `every criterion has weight 0 in the weight preset ${q(preset.id)}; give at least one a positive weight`);
  }
}

interface Refs {
  factIds: string[];
  actorIds: string[];
  criterionIds: string[];
  criteria: Map<string, Criterion>;
}

type Report = (path: DocPath, message: string, atKey?: boolean) => void;

function checkOption(option: Option, at: DocPath, criteria: readonly Criterion[], refs: Refs, known: { facts: Set<string>; actors: Set<string> }, report: Report, checkReferences: boolean): void {
  const where = `option ${q(option.id)}`;
  for (const [criterionId, entry] of Object.entries(option.baseline)) {
    const criterion = refs.criteria.get(criterionId);
    if (!criterion) {
      report([...at, 'baseline', criterionId], `${q(criterionId)} is not a criterion${didYouMean(criterionId, refs.criterionIds)}`, true);
    } else if (below(entry.score, criterion.scale.min) || above(entry.score, criterion.scale.max)) {
      report([...at, 'baseline', criterionId, 'score'], `the baseline score ${entry.score} on ${q(criterion.label)} is outside its scale ${criterion.scale.min} to ${criterion.scale.max}`);
    }
  }
  const missing = refs.criterionIds.filter((id) => !Object.hasOwn(option.baseline, id));
  if (missing.length > 0) {
    report([...at, 'baseline'], `${where} has no baseline score for ${qList(missing)}; every criterion needs one`);
  }

  const machineAt = [...at, 'machine'];
  const states = new Map(Object.entries(option.machine.states));
  const stateIds = [...states.keys()];
  const requirements = resolveRequirements(option, requirementUses(option, machineAt), report);
  // Loops can be looked for once every target exists; scales, once every score is defined too.
  let targetsExist = true;
  let scoresDefined = missing.length === 0;
  const initial = states.get(option.machine.initial);
  if (!initial) {
    report([...machineAt, 'initial'], `the first state ${q(option.machine.initial)} of ${where} does not exist${didYouMean(option.machine.initial, stateIds)}; its states are ${qList(stateIds)}`);
    return;
  }
  if (initial.kind === 'outcome') {
    report([...machineAt, 'initial'], `the first state of ${where} is an outcome, so the group has nothing to step through`);
  }

  for (const [stateId, state] of states) {
    const stateAt = [...machineAt, 'states', stateId];
    if (state.kind === 'outcome') continue;
    if (state.actor !== undefined && !known.actors.has(state.actor)) {
      report([...stateAt, 'actor'], `${q(state.actor)} is not an actor${didYouMean(state.actor, refs.actorIds)}`);
    }
    const choiceIds = new Set<string>();
    state.choices.forEach((choice, c) => {
      const choiceAt = [...stateAt, 'choices', c];
      if (choiceIds.has(choice.id)) report([...choiceAt, 'id'], `the choice id ${q(choice.id)} is used twice in state ${q(stateId)}`);
      choiceIds.add(choice.id);
      if (!states.has(choice.target)) {
        targetsExist = false;
        report([...choiceAt, 'target'], `choice ${q(choice.id)} leads to ${q(choice.target)}, which is not a state of ${where}${didYouMean(choice.target, stateIds)}`);
      }
      for (const criterionId of Object.keys(choice.effects)) {
        if (!refs.criteria.has(criterionId)) {
          scoresDefined = false;
          report([...choiceAt, 'effects', criterionId], `${q(criterionId)} is not a criterion${didYouMean(criterionId, refs.criterionIds)}`, true);
        }
      }
      (choice.facts ?? []).forEach((factId, f) => {
        if (!known.facts.has(factId)) report([...choiceAt, 'facts', f], `${q(factId)} is not a fact${didYouMean(factId, refs.factIds)}`);
      });
    });
    if (state.kind === 'chance') {
      const total = state.choices.reduce((sum, b) => sum + b.probability, 0);
      if (!nearlyEqual(total, 1)) {
        report([...stateAt, 'choices'], `the probabilities of the outcomes of ${q(stateId)} add up to ${exactText(total)}, not 1; make them sum to exactly 1`);
      }
      // With each probability inside its own range, the ranges always admit a sum of 1: the low ends sum to at most 1, the high ends to at least 1.
    }
  }

  const reachable = reachableFrom(option.machine.initial, states);
  for (const stateId of stateIds) {
    if (!reachable.has(stateId)) report([...machineAt, 'states', stateId], `state ${q(stateId)} of ${where} cannot be reached from the first state ${q(option.machine.initial)}`, true);
  }

  if (!targetsExist) return;
  const walk = depthFirst(option.machine.initial, (id) => successors(states.get(id)!));
  if (walk.loop) {
    const { states: loop, from, choiceIndex } = walk.loop;
    const shown = loop.length > 12 ? [...loop.slice(0, 5), '…', ...loop.slice(-5)] : loop;
    report([...machineAt, 'states', from, 'choices', choiceIndex, 'target'], `${where} loops: ${shown.map((s) => (s === '…' ? s : q(s))).join(' → ')}; every path must move forward to an outcome`);
    return;
  }
  if (checkReferences) checkRequirementPaths(option, requirements, walk.order, report);
  if (scoresDefined) checkScalesAlongPaths(option, walk.order, states, machineAt, criteria, report);
}

/** Whether any score of this criterion in the option has a range. */
function hasRanges(option: Option, criterionId: string): boolean {
  const baseline = own(option.baseline, criterionId)!;
  if (baseline.low !== undefined || baseline.high !== undefined) return true;
  return Object.values(option.machine.states).some((s) => s.kind !== 'outcome' && s.choices.some((c) => own(c.effectRanges, criterionId) !== undefined));
}

function successors(state: State): string[] {
  return state.kind === 'outcome' ? [] : state.choices.map((c) => c.target);
}

function reachableFrom(initial: string, states: ReadonlyMap<string, State>): Set<string> {
  const seen = new Set<string>([initial]);
  const stack = [initial];
  while (stack.length > 0) {
    const state = states.get(stack.pop()!);
    if (!state) continue;
    for (const next of successors(state)) {
      if (!seen.has(next) && states.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * The highest and lowest running total each criterion can reach, over every
 * prefix of every path, found in one forward pass over the (acyclic) machine,
 * taking the high end of every range for the highest and the low end for the
 * lowest; a path that breaks a scale is reported with its steps.
 */
function checkScalesAlongPaths(option: Option, order: readonly string[], states: ReadonlyMap<string, State>, machineAt: DocPath, criteria: readonly Criterion[], report: Report): void {
  for (const criterion of criteria) {
    const baseline = own(option.baseline, criterion.id)!;
    for (const bound of ['max', 'min'] as const) {
      const end = bound === 'max' ? 'high' : 'low';
      const better = bound === 'max' ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
      const effectAt = (choice: Choice) => own(choice.effectRanges, criterion.id)?.[end] ?? own(choice.effects, criterion.id) ?? 0;
      const best = new Map<string, { total: number; via?: { from: string; choice: number } }>([[option.machine.initial, { total: baseline[end] ?? baseline.score }]]);
      for (const id of order) {
        const here = best.get(id);
        const state = states.get(id)!;
        if (!here || state.kind === 'outcome') continue;
        state.choices.forEach((choice, c) => {
          const total = here.total + effectAt(choice);
          const there = best.get(choice.target);
          if (!there || better(total, there.total)) best.set(choice.target, { total, via: { from: id, choice: c } });
        });
      }
      const limit = criterion.scale[bound];
      const offender = order.find((id) => {
        const t = best.get(id)?.total;
        return t !== undefined && (bound === 'max' ? above(t, limit) : below(t, limit));
      });
      if (offender === undefined) continue;
      const trail: string[] = [];
      let cursor: string | undefined = offender;
      let last: { from: string; choice: number } | undefined;
      while (cursor !== undefined) {
        trail.push(cursor);
        const via: { from: string; choice: number } | undefined = best.get(cursor)?.via;
        last ??= via;
        cursor = via?.from;
      }
      trail.reverse();
      const shown = trail.length > 12 ? [...trail.slice(0, 5).map(q), '…', ...trail.slice(-5).map(q)] : trail.map(q);
      const total = best.get(offender)!.total;
      const choicePath: DocPath = last ? [...machineAt, 'states', last.from, 'choices', last.choice, 'effects', criterion.id] : [...machineAt];
      report(
        choicePath,
        `along the path ${shown.join(' → ')}, the score on ${q(criterion.label)} reaches ${exactText(total)}${hasRanges(option, criterion.id) ? ` at the ${end} end of its ranges` : ''}, ${bound === 'max' ? 'above the top' : 'below the bottom'} of its scale (${limit}); adjust the baseline or the effects`,
      );
    }
  }
}
