import { getSimplePaths } from '@xstate/graph';
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

const cases = allValidScenarios().flatMap(({ file, scenario }) => scenario.options.map((option) => ({ name: `${file} › ${option.id}`, option })));

describe('every path of every option, walked through its XState machine', () => {
  it.each(cases)('$name: every route from the start ends in an outcome, and the routes are the ones the scenario defines', ({ option }) => {
    const machine = buildOptionMachine(option);
    const events = chooseEvents(option);
    const everyNode = getSimplePaths(machine, { events });

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

    const toOutcomes = getSimplePaths(machine, { events, toState: isOutcome(option) });
    const fromGraph = toOutcomes.map((p) => p.state.context.path.map((s) => `${s.state}/${s.choice}`).join(' ')).sort();
    const fromScenario = enumeratePaths(option).map((p) => p.steps.map((s) => `${s.state}/${s.choice}`).join(' ')).sort();
    expect(fromGraph).toEqual(fromScenario);
    expect(fromGraph.length).toBeGreaterThan(0);
  });
});

describe('a saved path restored in one go', () => {
  it.each(cases)('$name: gives the snapshot that replaying the path event by event gives, at every step', ({ option }) => {
    const machine = buildOptionMachine(option);
    for (const { state: replayed } of getSimplePaths(machine, { events: chooseEvents(option) })) {
      const { snapshot, applied } = restoreSnapshot(machine, option, replayed.context.path);
      expect(applied).toBe(replayed.context.path.length);
      expect(snapshot.value).toEqual(replayed.value);
      expect(snapshot.context).toEqual(replayed.context);
      expect(snapshot.status).toBe(replayed.status);
    }
  });
});
