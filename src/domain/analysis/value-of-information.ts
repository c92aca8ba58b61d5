import { CHANCE } from './compiled-option';
import type { OptionContext } from './option-context';
import { expectedFromStart, FREE, rollback } from './rollback';

export interface InformationValue {
  /** The chance state whose outcome would be known. */
  state: string;
  /** EVPI on the 0..1 total scale: never below 0. */
  value: number;
}

export interface OptionInformation {
  /** The option's expected total with every decision open (the group's own ones too), as the baseline of EVPI. */
  withoutInformation: number;
  perState: InformationValue[];
  /** Knowing every uncertain outcome of the option before the first decision. */
  all: { value: number; exact: boolean; samples?: number; standardError?: number };
}

/** Joint outcomes enumerated exactly up to this many; beyond it, sampled. */
export const EXACT_JOINT_OUTCOMES = 20_000;
const SAMPLES = 4_000;

/**
 * Expected value of perfect information. For a chance state X of an option:
 * the expected total if X's outcome were known before the group's first
 * decision in the option, Σ_b P(b) × (best expected total given X = b), minus
 * the best expected total without knowing it. Every decision is open in both
 * terms (the information comes before any of them); outcomes marked as known
 * are taken as given in both. "All": the same with every chance state known.
 */
export function valueOfInformation(ctx: OptionContext): OptionInformation {
  const { tree, values } = ctx;
  const best = (known: Int32Array) => expectedFromStart(tree, values.likely, known);
  const base = best(ctx.known);
  const open: number[] = [];
  for (let s = 0; s < tree.ids.length; s++) if (tree.kind[s] === CHANCE && ctx.known[s] === FREE) open.push(s);

  const perState = open.map((s) => {
    const known = ctx.known.slice();
    let informed = 0;
    for (let c = tree.choiceStart[s]!; c < tree.choiceStart[s + 1]!; c++) {
      const p = tree.probability[c]!;
      if (p === 0) continue;
      known[s] = c;
      informed += p * best(known);
    }
    return { state: tree.ids[s]!, value: withoutNoise(informed - base) };
  });

  return { withoutInformation: values.base.likely + base, perState, all: valueOfKnowingAll(ctx, open, base, best) };
}

function valueOfKnowingAll(ctx: OptionContext, open: number[], base: number, best: (known: Int32Array) => number): OptionInformation['all'] {
  const { tree, values } = ctx;
  if (open.length === 0) return { value: 0, exact: true };
  const branches = open.map((s) => {
    const list: number[] = [];
    for (let c = tree.choiceStart[s]!; c < tree.choiceStart[s + 1]!; c++) if (tree.probability[c]! > 0) list.push(c);
    return list;
  });
  const joint = branches.reduce((n, b) => n * b.length, 1);
  const known = ctx.known.slice();
  if (joint <= EXACT_JOINT_OUTCOMES) {
    // Every combination of outcomes, counted like an odometer.
    const digit = new Array<number>(open.length).fill(0);
    let informed = 0;
    for (let k = 0; k < joint; k++) {
      let p = 1;
      open.forEach((s, i) => {
        const c = branches[i]![digit[i]!]!;
        known[s] = c;
        p *= tree.probability[c]!;
      });
      informed += p * best(known);
      for (let i = 0; i < digit.length && ++digit[i]! === branches[i]!.length; i++) digit[i] = 0;
    }
    return { value: withoutNoise(informed - base), exact: true };
  }
  // Too many combinations to list: a seeded sample, so the same scenario always gives the same estimate. Each
  // sample's gain is measured against what the best strategy without information earns in that same sample,
  // which has the same expectation as `base` but cancels most of the sampling noise (and is never negative).
  const strategy = rollback({ tree, value: values.likely, mode: 'expected', known: ctx.known }).chosen;
  const random = mulberry32(0x5eed);
  let sum = 0;
  let sumSquares = 0;
  for (let k = 0; k < SAMPLES; k++) {
    open.forEach((s, i) => {
      let u = random();
      const list = branches[i]!;
      let c = list[list.length - 1]!;
      for (const candidate of list) {
        u -= tree.probability[candidate]!;
        if (u < 0) {
          c = candidate;
          break;
        }
      }
      known[s] = c;
    });
    const gain = best(known) - expectedFromStart(tree, values.likely, known, strategy);
    sum += gain;
    sumSquares += gain * gain;
  }
  const mean = sum / SAMPLES;
  const variance = Math.max(0, sumSquares / SAMPLES - mean * mean);
  return { value: withoutNoise(mean), exact: false, samples: SAMPLES, standardError: Math.sqrt(variance / SAMPLES) };
}

/** Differences of sums below this are float rounding: EVPI is 0 there, not −1e−17. */
function withoutNoise(x: number): number {
  return Math.abs(x) < 1e-12 ? 0 : x;
}

/** A small, well-known seeded generator (mulberry32): uniform on [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
