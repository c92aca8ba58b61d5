import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { buildOptionMachine, currentStateId, restoreSnapshot, type OptionEvent, type OptionSnapshot } from '../../../src/domain/machine';
import { enumeratePaths } from '../../../src/domain/paths';
import type { Option } from '../../../src/domain/scenario';
import { allValidScenarios } from '../../support/files';

/** Only the moves the group can make: one CHOOSE per choice of the current state. */
function chooseEvents(option: Option) {
  return (snapshot: OptionSnapshot): OptionEvent[] => {
    const state = option.machine.states[currentStateId(snapshot)]!;
    return state.kind === 'outcome' ? [] : state.choices.map((c) => ({ type: 'CHOOSE', choice: c.id }));
  };
}

const isOutcome = (option: Option) => (snapshot: OptionSnapshot) => option.machine.states[currentStateId(snapshot)]!.kind === 'outcome';

/**
 * Every snapshot the machine can reach, with the route to it. A snapshot carries
 * the path taken in its context, so no two routes reach the same snapshot: the
 * state space is a tree, and its shortest paths are all its simple paths. XState's
 * shortest-path walk lists them in time linear in the snapshots, where its
 * simple-path walk takes time quadratic in them (minutes for the brief's airstrikes
 * option, with its thousands of paths).
 */
function everyRoute(option: Option) {
  const routes = getShortestPaths(buildOptionMachine(option), { events: chooseEvents(option) });
  // Each route's steps are the start and then one step per choice in the snapshot's path: no detour reaches it.
  for (const route of routes) expect(route.steps.length, 'one route to each snapshot').toBe(route.state.context.path.length + 1);
  return routes;
}

const cases = allValidScenarios().flatMap(({ file, scenario }) => scenario.options.map((option) => ({ name: `${file} › ${option.id}`, option })));

describe('every path of every option, walked through its XState machine', () => {
  it.each(cases)('$name: every route from the start ends in an outcome, and the routes are the ones the scenario defines', ({ option }) => {
    const events = chooseEvents(option);
    const everyNode = everyRoute(option);

    const visited = new Set<string>();
    for (const { state } of everyNode) {
      visited.add(currentStateId(state));
      if (isOutcome(option)(state)) {
        expect(state.status).toBe('active');
        continue;
      }
      // No dead ends: a state that is not an outcome offers moves, and each one moves.
      const moves = events(state);
      expect(moves.length, `dead end at ${currentStateId(state)}`).toBeGreaterThan(0);
    }
    expect([...visited].sort(), 'every state is reachable').toEqual(Object.keys(option.machine.states).sort());

    const toOutcomes = everyNode.filter((p) => isOutcome(option)(p.state));
    const fromGraph = toOutcomes.map((p) => p.state.context.path.map((s) => `${s.state}/${s.choice}`).join(' ')).sort();
    const fromScenario = enumeratePaths(option).map((p) => p.steps.map((s) => `${s.state}/${s.choice}`).join(' ')).sort();
    expect(fromGraph).toEqual(fromScenario);
    expect(fromGraph.length).toBeGreaterThan(0);
  });
});

describe('a saved path restored in one go', () => {
  it.each(cases)('$name: gives the snapshot that replaying the path event by event gives, at every step', ({ option }) => {
    const machine = buildOptionMachine(option);
    for (const { state: replayed } of everyRoute(option)) {
      const { snapshot, applied } = restoreSnapshot(machine, option, replayed.context.path);
      expect(applied).toBe(replayed.context.path.length);
      expect(snapshot.value).toEqual(replayed.value);
      expect(snapshot.context).toEqual(replayed.context);
      expect(snapshot.status).toBe(replayed.status);
    }
  });
});
