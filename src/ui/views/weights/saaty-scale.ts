import type { Weighting } from '../../../domain/session';

/** A pairwise judgement as the session keeps it: `a` is `value` times as important as `b`. */
export type StoredJudgement = NonNullable<Weighting['ahp']>[number];

/** Saaty's words for 1 to 9 (Saaty 1980); the even numbers lie between their neighbours. */
const WORDS = ['', 'equal', 'equal to moderate', 'moderate', 'moderate to strong', 'strong', 'strong to very strong', 'very strong', 'very strong to extreme', 'extreme'];

/** One answer to "which matters more, and how much?" for a pair. */
export interface ScaleChoice {
  /** The select's value for it. */
  code: string;
  /** How many times as important the pair's first criterion is as its second. */
  value: number;
  /** Which of the two it favours; none for equal. */
  favours?: 'a' | 'b';
  /** How many times as important the favoured one is. */
  times: number;
  words: string;
}

const favouring = (favours: 'a' | 'b', times: number): ScaleChoice => ({ code: `${favours}${times}`, value: favours === 'a' ? times : 1 / times, favours, times, words: WORDS[times]! });
const BETWEEN = [2, 3, 4, 5, 6, 7, 8, 9];

/** The first criterion's strongest preference first, equal in the middle, the second's strongest last. */
export const SCALE: readonly ScaleChoice[] = [...BETWEEN.toReversed().map((k) => favouring('a', k)), { code: 'equal', value: 1, times: 1, words: WORDS[1]! }, ...BETWEEN.map((k) => favouring('b', k))];

/** The choice for a judgement, or one of its own for a value off the scale (from a session file written by hand). */
export function choiceFor(value: number): ScaleChoice {
  const on = SCALE.find((c) => Math.abs(c.value - value) < 1e-9);
  if (on) return on;
  return { code: `x${value}`, value, favours: value > 1 ? 'a' : 'b', times: value > 1 ? value : 1 / value, words: 'off the 1–9 scale' };
}

/** The judgement a select's value stands for; none for "not compared". */
export function valueOfCode(code: string): number | undefined {
  if (code === '') return undefined;
  return SCALE.find((c) => c.code === code)?.value ?? Number(code.slice(1));
}

/** How many times as important `a` is as `b`, whichever way round it is kept; the last judgement of a pair counts, as in the weights. */
export function judgementOf(judgements: readonly StoredJudgement[], a: string, b: string): number | undefined {
  for (let k = judgements.length - 1; k >= 0; k--) {
    const j = judgements[k]!;
    if (j.a === a && j.b === b) return j.value;
    if (j.a === b && j.b === a) return 1 / j.value;
  }
  return undefined;
}

/** The judgements with the pair's replaced by `value`, or taken out when there is none. */
export function withJudgement(judgements: readonly StoredJudgement[], a: string, b: string, value: number | undefined): StoredJudgement[] {
  const others = judgements.filter((j) => !((j.a === a && j.b === b) || (j.a === b && j.b === a)));
  return value === undefined ? others : [...others, { a, b, value }];
}
