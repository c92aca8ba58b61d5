import { statesInOrder } from '../paths/enumerate';
import { own } from '../records/own';
import type { Criterion, Option } from '../scenario/schema';

export const DECISION = 0;
export const CHANCE = 1;
export const OUTCOME = 2;

/**
 * An option's machine as flat arrays, for dynamic programming over its states:
 * states in topological order (the first state is index 0, and every choice
 * leads to a later index), each state's choices a contiguous run, and each
 * choice's effects on every criterion (most likely, low, high) in criterion
 * order. It depends on the scenario only, never on weights, so it is built
 * once per option.
 */
export interface CompiledOption {
  option: Option;
  /** State ids in topological order. */
  ids: string[];
  index: Map<string, number>;
  kind: Uint8Array;
  /** The choices of state i are choiceStart[i] … choiceStart[i + 1] − 1, in file order. */
  choiceStart: Int32Array;
  choiceIds: string[];
  target: Int32Array;
  /** Chance branches' most likely probabilities, and their ranges; 0 for decisions. */
  probability: Float64Array;
  probabilityLow: Float64Array;
  probabilityHigh: Float64Array;
  /** Choice c's change on criterion j is at c × criteria + j. */
  effect: { likely: Float64Array; low: Float64Array; high: Float64Array };
  /** Baseline score on each criterion. */
  baseline: { likely: Float64Array; low: Float64Array; high: Float64Array };
  criteria: number;
}

export function compileOption(option: Option, criteria: readonly Criterion[]): CompiledOption {
  const ids = statesInOrder(option);
  const index = new Map(ids.map((id, i) => [id, i]));
  const states = ids.map((id) => own(option.machine.states, id)!);
  const choiceCount = states.reduce((n, s) => n + (s.kind === 'outcome' ? 0 : s.choices.length), 0);
  const J = criteria.length;
  const compiled: CompiledOption = {
    option,
    ids,
    index,
    kind: new Uint8Array(ids.length),
    choiceStart: new Int32Array(ids.length + 1),
    choiceIds: [],
    target: new Int32Array(choiceCount),
    probability: new Float64Array(choiceCount),
    probabilityLow: new Float64Array(choiceCount),
    probabilityHigh: new Float64Array(choiceCount),
    effect: { likely: new Float64Array(choiceCount * J), low: new Float64Array(choiceCount * J), high: new Float64Array(choiceCount * J) },
    baseline: { likely: new Float64Array(J), low: new Float64Array(J), high: new Float64Array(J) },
    criteria: J,
  };
  criteria.forEach((criterion, j) => {
    const b = own(option.baseline, criterion.id)!;
    compiled.baseline.likely[j] = b.score;
    compiled.baseline.low[j] = b.low ?? b.score;
    compiled.baseline.high[j] = b.high ?? b.score;
  });
  let c = 0;
  states.forEach((state, i) => {
    compiled.choiceStart[i] = c;
    compiled.kind[i] = state.kind === 'decision' ? DECISION : state.kind === 'chance' ? CHANCE : OUTCOME;
    if (state.kind === 'outcome') return;
    for (const choice of state.choices) {
      compiled.choiceIds.push(choice.id);
      compiled.target[c] = index.get(choice.target)!;
      if ('probability' in choice) {
        compiled.probability[c] = choice.probability;
        compiled.probabilityLow[c] = choice.probabilityRange?.low ?? choice.probability;
        compiled.probabilityHigh[c] = choice.probabilityRange?.high ?? choice.probability;
      }
      criteria.forEach((criterion, j) => {
        const likely = own(choice.effects, criterion.id) ?? 0;
        const range = own(choice.effectRanges, criterion.id);
        compiled.effect.likely[c * J + j] = likely;
        compiled.effect.low[c * J + j] = range?.low ?? likely;
        compiled.effect.high[c * J + j] = range?.high ?? likely;
      });
      c++;
    }
  });
  compiled.choiceStart[ids.length] = c;
  return compiled;
}

/** The index of choice `choiceId` of state `stateIndex`, or −1. */
export function choiceIndex(tree: CompiledOption, stateIndex: number, choiceId: string): number {
  for (let c = tree.choiceStart[stateIndex]!; c < tree.choiceStart[stateIndex + 1]!; c++) if (tree.choiceIds[c] === choiceId) return c;
  return -1;
}
