import { own } from '../records/own';
import type { Effects, Option } from '../scenario/schema';
import { findChoice, type Step } from './steps';

export interface DescribedStep {
  stateId: string;
  kind: 'decision' | 'chance';
  prompt: string;
  choiceId: string;
  choiceLabel: string;
  effects: Effects;
  note?: string;
  probability?: number;
}

/** The path in words: each question and the answer the group chose or assumed. */
export function describePath(option: Option, path: readonly Step[]): DescribedStep[] {
  return path.flatMap((step) => {
    const state = own(option.machine.states, step.state);
    const choice = findChoice(state, step.choice);
    if (!state || state.kind === 'outcome' || !choice) return [];
    return [
      {
        stateId: step.state,
        kind: state.kind,
        prompt: state.prompt,
        choiceId: choice.id,
        choiceLabel: choice.label,
        effects: choice.effects,
        ...(choice.note !== undefined ? { note: choice.note } : {}),
        ...('probability' in choice ? { probability: choice.probability } : {}),
      },
    ];
  });
}
