import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getSimplePaths } from '@xstate/graph';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  advanceFlow,
  canAdvance,
  currentRound,
  FLOW_STATES,
  flowContext,
  withBallot,
  WorkshopSchema,
  workshopFlowMachine,
  type FlowContext,
  type FlowEvent,
  type FlowSnapshot,
  type PhaseEvent,
  type Workshop,
} from '../../../src/domain/workshop';
import { loadValid } from '../../support/files';
import { advanced, AT, direct, workshopWith } from '../../support/workshop';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');

const ROUNDS = 3;
const start: FlowContext = { participants: ['ana', 'ben'], round: 1, voted: [], revealed: 0 };

/** Every event the room can send, a stranger's ballot included; rounds stop at three so that the graph is finite. */
function everyEvent(snapshot: FlowSnapshot): FlowEvent[] {
  return [
    { type: 'START' },
    { type: 'BALLOT', participant: 'ana' },
    { type: 'BALLOT', participant: 'ben' },
    { type: 'BALLOT', participant: 'stranger' },
    { type: 'REVEAL' },
    { type: 'DISCUSS' },
    ...(snapshot.context.round < ROUNDS ? [{ type: 'NEXT_ROUND' } as const] : []),
    { type: 'DECIDE' },
  ];
}

const reachable = () => getShortestPaths(workshopFlowMachine, { input: start, events: everyEvent });

describe('the workshop flow, walked by its paths', () => {
  it('reaches every phase', () => {
    expect(new Set(reachable().map((p) => p.state.value))).toEqual(new Set(FLOW_STATES));
  });

  it('has no dead end: from every snapshot it can reach, some path leads to a decision, and "decided" is final', () => {
    for (const { state } of reachable()) {
      if (state.value === 'decided') {
        expect(state.status).toBe('done');
        continue;
      }
      const onwards = getShortestPaths(workshopFlowMachine, { fromState: state, events: everyEvent, toState: (s) => s.value === 'decided' });
      expect(onwards.length, `stuck at ${JSON.stringify(state.value)} ${JSON.stringify(state.context)}`).toBeGreaterThan(0);
    }
  });

  it('ends every complete path in "decided", having revealed at least once, and takes ballots only while collecting', () => {
    const paths = getSimplePaths(workshopFlowMachine, { input: start, events: everyEvent, toState: (s) => s.value === 'decided' });
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      expect(path.state.value).toBe('decided');
      expect(path.state.context.revealed).toBeGreaterThan(0);
      let before = path.steps[0]!.state;
      for (const step of path.steps.slice(1)) {
        if (step.event.type === 'BALLOT') expect(before.value).toBe('collecting');
        if (step.event.type === 'REVEAL') expect(before.context.voted.length).toBeGreaterThan(0);
        before = step.state;
      }
    }
  });

  it('follows set-up → collecting → reveal → discussion → next round → collecting, and no other way', () => {
    // Every edge of the graph: shortest paths alone would show one route into each snapshot.
    const edges = adjacencyMapToArray(getAdjacencyMap(workshopFlowMachine, { input: start, events: everyEvent }));
    const moves = new Set(edges.filter((e) => e.nextState.value !== e.state.value).map((e) => `${String(e.state.value)} -${e.event.type}-> ${String(e.nextState.value)}`));
    expect([...moves].sort()).toEqual(
      [
        'setup -START-> collecting',
        'collecting -REVEAL-> reveal',
        'reveal -DISCUSS-> discussion',
        'discussion -NEXT_ROUND-> collecting',
        'reveal -DECIDE-> decided',
        'discussion -DECIDE-> decided',
        'collecting -DECIDE-> decided',
      ].sort(),
    );
  });
});

describe('the flow guards', () => {
  const at = (value: string, context: Partial<FlowContext> = {}) => workshopFlowMachine.resolveState({ value, context: { ...start, ...context } });

  it('cannot start with no participants', () => {
    expect(at('setup', { participants: [] }).can({ type: 'START' })).toBe(false);
    expect(at('setup').can({ type: 'START' })).toBe(true);
  });

  it('cannot reveal a round with no ballots, and counts each participant once', () => {
    expect(at('collecting').can({ type: 'REVEAL' })).toBe(false);
    const [once] = transition(workshopFlowMachine, at('collecting'), { type: 'BALLOT', participant: 'ben' });
    const [twice] = transition(workshopFlowMachine, once, { type: 'BALLOT', participant: 'ben' });
    expect(twice.context.voted).toEqual(['ben']);
    expect(twice.can({ type: 'REVEAL' })).toBe(true);
  });

  it('takes no ballot from someone who is not a participant', () => {
    expect(at('collecting').can({ type: 'BALLOT', participant: 'stranger' })).toBe(false);
  });

  it('cannot decide before the group has seen a reveal, and can once it has, even from a later round it leaves unfinished', () => {
    expect(at('collecting').can({ type: 'DECIDE' })).toBe(false);
    expect(at('collecting', { round: 2, revealed: 1 }).can({ type: 'DECIDE' })).toBe(true);
  });
});

describe('the workshop moved through its flow', () => {
  it('refuses what the flow does not allow, saying why, and changes nothing', () => {
    const empty = workshopWith(scenario, []);
    expect(advanceFlow(empty, { type: 'START' }, AT)).toEqual({ ok: false, problems: ['add at least one participant before collecting ballots'] });
    const collecting = advanced(workshopWith(scenario, ['Ana', 'Ben']), 'START');
    expect(advanceFlow(collecting, { type: 'REVEAL' }, AT)).toEqual({ ok: false, problems: ['no ballots have come in for round 1 yet, so there is nothing to reveal'] });
    expect(advanceFlow(collecting, { type: 'DECIDE' }, AT)).toEqual({ ok: false, problems: ['the group decides after it has seen at least one reveal: reveal round 1 first'] });
    expect(advanceFlow(collecting, { type: 'NEXT_ROUND' }, AT)).toEqual({ ok: false, problems: ['cannot open the next round while the workshop is collecting ballots for round 1'] });
    const revealed = advanced(withBallot(collecting, 'ana', direct({ safety: 1, cost: 1 }), AT), 'REVEAL');
    expect(advanceFlow(revealed, { type: 'START' }, AT)).toEqual({ ok: false, problems: ['cannot start collecting ballots while the workshop is revealing round 1'] });
    const decided = advanced(revealed, 'DECIDE');
    expect(advanceFlow(decided, { type: 'DISCUSS' }, AT)).toEqual({ ok: false, problems: ['cannot open the discussion while the workshop is decided'] });
  });

  it('marks the round revealed, and opens an empty round after discussion, keeping the earlier ones', () => {
    const collecting = advanced(workshopWith(scenario, ['Ana', 'Ben']), 'START');
    const first = withBallot(collecting, 'ana', direct({ safety: 1, cost: 1 }), AT);
    const second = advanced(first, 'REVEAL', 'DISCUSS', 'NEXT_ROUND');
    expect(second.flow).toBe('collecting');
    expect(second.rounds).toEqual([
      { number: 1, revealed: true, ballots: { ana: direct({ safety: 1, cost: 1 }) } },
      { number: 2, revealed: false, ballots: {} },
    ]);
    expect(currentRound(second).number).toBe(2);
  });

  it('keeps the workshop and the machine in step: any run of events gives the context the machine computes itself, and a valid workshop', () => {
    const events: FlowEvent[] = [
      { type: 'START' },
      { type: 'BALLOT', participant: 'ana' },
      { type: 'BALLOT', participant: 'ben' },
      { type: 'REVEAL' },
      { type: 'DISCUSS' },
      { type: 'NEXT_ROUND' },
      { type: 'DECIDE' },
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...events), { maxLength: 40 }), (run) => {
        let workshop: Workshop = workshopWith(scenario, ['Ana', 'Ben']);
        let [snapshot] = initialTransition(workshopFlowMachine, flowContext(workshop));
        for (const event of run) {
          const allowed = canAdvance(workshop, event);
          expect(snapshot.can(event)).toBe(allowed);
          if (!allowed) continue;
          [snapshot] = transition(workshopFlowMachine, snapshot, event);
          if (event.type === 'BALLOT') workshop = withBallot(workshop, event.participant, direct({ safety: 1, cost: 2 }), AT);
          else {
            const result = advanceFlow(workshop, event as PhaseEvent, AT);
            if (!result.ok) throw new Error(result.problems.join('; '));
            workshop = result.workshop;
          }
          expect(workshop.flow).toBe(snapshot.value);
          expect(flowContext(workshop)).toEqual(snapshot.context);
          expect(WorkshopSchema.safeParse(workshop).success).toBe(true);
        }
      }),
    );
  });
});
