import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Effects, Option } from '../scenario/schema';
import { addEffects, findChoice, pathEffects, type Step } from './steps';
import { own } from '../records/own';

export interface OptionContext {
  /** Every step taken so far, in order. */
  path: Step[];
  /** Score changes accumulated along `path`, by criterion id. */
  effects: Effects;
}

export type OptionEvent = { type: 'CHOOSE'; choice: string } | { type: 'BACK' } | { type: 'RESET' };

/** All step states sit inside this one, so reaching an outcome still allows BACK and RESET. */
export const STEPPING = 'stepping';

/**
 * The XState machine for one option, built from scenario data alone. Decision
 * and chance states both move on CHOOSE (a decision taken, or an outcome
 * assumed); outcome states are final.
 */
export function buildOptionMachine(option: Option) {
  const { initial, states } = option.machine;
  const withPath = (path: Step[]): OptionContext => ({ path, effects: pathEffects(option, path) });

  const stateNodes = Object.fromEntries(
    Object.entries(states).map(([id, state]) => {
      if (state.kind === 'outcome') return [id, { type: 'final' as const, meta: { kind: state.kind } }];
      return [
        id,
        {
          meta: { kind: state.kind },
          on: {
            CHOOSE: state.choices.map((choice) => ({
              guard: { type: 'chose' as const, params: { choice: choice.id } },
              target: choice.target,
              actions: { type: 'takeStep' as const, params: { state: id, choice: choice.id } },
            })),
          },
        },
      ];
    }),
  );

  // BACK returns to the state the last step was taken in; one guarded transition per state.
  const backTransitions = Object.entries(states)
    .filter(([, state]) => state.kind !== 'outcome')
    .map(([id]) => ({
      guard: { type: 'lastStepFrom' as const, params: { state: id } },
      target: `.${id}`,
      actions: { type: 'undoStep' as const },
    }));

  return setup({
    types: { context: {} as OptionContext, events: {} as OptionEvent },
    guards: {
      chose: ({ event }, params: { choice: string }) => event.type === 'CHOOSE' && event.choice === params.choice,
      lastStepFrom: ({ context }, params: { state: string }) => context.path.at(-1)?.state === params.state,
    },
    actions: {
      // Adds only this step's effects: a long path is not summed again at every step.
      takeStep: assign(({ context }, params: Step) => ({
        path: [...context.path, params],
        effects: addEffects(context.effects, findChoice(own(states, params.state), params.choice)?.effects ?? {}),
      })),
      undoStep: assign(({ context }) => withPath(context.path.slice(0, -1))),
      clearPath: assign(() => withPath([])),
    },
  }).createMachine({
    id: option.id,
    context: withPath([]),
    initial: STEPPING,
    states: {
      [STEPPING]: {
        initial,
        states: stateNodes,
        on: {
          BACK: backTransitions,
          RESET: { target: `.${initial}`, actions: { type: 'clearPath' } },
        },
      },
    },
  });
}

export type OptionMachine = ReturnType<typeof buildOptionMachine>;
export type OptionSnapshot = SnapshotFrom<OptionMachine>;

/** The id of the option state a snapshot stands in. */
export function currentStateId(snapshot: OptionSnapshot): string {
  const value = snapshot.value as unknown as Record<string, string>;
  return value[STEPPING]!;
}
