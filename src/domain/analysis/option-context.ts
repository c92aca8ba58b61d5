import type { Step } from '../machine/steps';
import type { Criterion } from '../scenario/schema';
import { CHANCE, choiceIndex, DECISION, type CompiledOption } from './compiled-option';
import { FREE } from './rollback';
import { choiceValues, type ChoiceValues } from './value-model';

/**
 * Everything the analyses of one option need: its compiled machine, what each
 * choice is worth under the weights in force, and what the group's steps fix.
 */
export interface OptionContext {
  tree: CompiledOption;
  criteria: readonly Criterion[];
  weights: readonly number[];
  values: ChoiceValues;
  /** The group's decisions, wherever it made them (including down branches it assumed). */
  fixed: Int32Array;
  /** Outcomes the group marked as known: the analysis conditions on them. */
  known: Int32Array;
  /** Every outcome on the stepped path, known or assumed: the "as stepped" what-if conditions on all of them. */
  assumed: Int32Array;
  /** The stepped path, as far as it applies, and the state it reaches. */
  path: Step[];
  current: number;
}

/** `path` must already be valid for the option (see `followPath`). */
export function optionContext(tree: CompiledOption, criteria: readonly Criterion[], weights: readonly number[], path: readonly Step[]): OptionContext {
  const n = tree.ids.length;
  const fixed = new Int32Array(n).fill(FREE);
  const known = new Int32Array(n).fill(FREE);
  const assumed = new Int32Array(n).fill(FREE);
  let current = 0;
  for (const step of path) {
    const s = tree.index.get(step.state)!;
    const c = choiceIndex(tree, s, step.choice);
    if (tree.kind[s] === DECISION) fixed[s] = c;
    else if (tree.kind[s] === CHANCE) {
      assumed[s] = c;
      if (step.known) known[s] = c;
    }
    current = tree.target[c]!;
  }
  return { tree, criteria, weights, values: choiceValues(tree, criteria, weights), fixed, known, assumed, path: [...path], current };
}
