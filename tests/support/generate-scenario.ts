import { stringify } from 'yaml';

/**
 * A synthetic, valid scenario of a given size for benchmarks: each option's
 * machine is a layered DAG of decision and chance states (two choices each)
 * ending in two outcomes; effects are ±1 and baselines sit mid-scale, so every
 * path stays on its 0..100 scales.
 */
export function generateScenarioText(options: number, criteria: number, statesPerOption: number): string {
  const criterionIds = Array.from({ length: criteria }, (_, j) => `c${j}`);
  const inner = statesPerOption - 2;
  const makeMachine = (o: number) => {
    const states: Record<string, unknown> = {};
    for (let s = 0; s < inner; s++) {
      const next = (k: number) => (s + k < inner ? `s${s + k}` : `end${k - 1}`);
      const effects = (k: number) => ({ [criterionIds[(o + s + k) % criteria]!]: k === 1 ? 1 : -1 });
      const chance = s % 3 === 2;
      states[`s${s}`] = {
        kind: chance ? 'chance' : 'decision',
        prompt: `Question ${s}`,
        choices: [1, 2].map((k) => ({ id: `k${k}`, label: `Choice ${k}`, target: next(k), effects: effects(k), ...(chance ? { probability: k === 1 ? 0.6 : 0.4 } : {}) })),
      };
    }
    states.end0 = { kind: 'outcome', summary: 'First ending.' };
    states.end1 = { kind: 'outcome', summary: 'Second ending.' };
    return { initial: 's0', states };
  };
  return stringify({
    id: `bench-${options}x${criteria}`,
    title: `Benchmark ${options} options × ${criteria} criteria`,
    version: '1.0.0',
    summary: 'Generated for benchmarks.',
    source: { title: 'Generated', author: 'bench', organisation: 'policy-options', date: '2026-01-01' },
    facts: [{ id: 'f0', text: 'A generated fact.', cite: { section: 'None' } }],
    actors: [],
    criteria: criterionIds.map((id, j) => ({ id, label: `Criterion ${j}`, description: 'Generated.', direction: j % 2 ? 'cost' : 'benefit', scale: { min: 0, max: 100 }, weight: 1 + (j % 5) })),
    options: Array.from({ length: options }, (_, o) => ({
      id: `o${o}`,
      label: `Option ${o}`,
      summary: 'Generated.',
      baseline: Object.fromEntries(criterionIds.map((id, j) => [id, { score: 30 + ((o * 7 + j * 13) % 40), rationale: 'Generated.' }])),
      machine: makeMachine(o),
    })),
  });
}

/**
 * A valid scenario with one option whose machine is a chain of `length`
 * states, each with `branches` choices that all lead to the next one (so
 * `branches ** length` paths), as decisions or as equally likely chance states.
 * The last choice of state s changes the one criterion (0–10, baseline
 * `baseline`) by `effect(s)`, if given.
 */
export function generateChainScenarioText(
  length: number,
  { branches = 1, kind = 'decision', effect, baseline = 5 }: { branches?: number; kind?: 'decision' | 'chance'; effect?: (state: number) => number; baseline?: number } = {},
): string {
  const states: Record<string, unknown> = {};
  for (let s = 0; s < length; s++) {
    states[`s${s}`] = {
      kind,
      prompt: `Step ${s}`,
      choices: Array.from({ length: branches }, (_, k) => ({
        id: `k${k}`,
        label: `Choice ${k}`,
        target: s + 1 < length ? `s${s + 1}` : 'end',
        ...(kind === 'chance' ? { probability: 1 / branches } : {}),
        ...(effect && k === branches - 1 ? { effects: { c0: effect(s) } } : {}),
      })),
    };
  }
  states.end = { kind: 'outcome', summary: 'The end of the chain.' };
  return stringify({
    id: `chain-${length}`,
    title: `A chain of ${length} states`,
    version: '1.0.0',
    summary: 'Generated to test long machines.',
    source: { title: 'Generated', author: 'tests', organisation: 'policy-options', date: '2026-01-01' },
    facts: [{ id: 'f0', text: 'A generated fact.', cite: { section: 'None' } }],
    actors: [],
    criteria: [{ id: 'c0', label: 'Criterion', description: 'Generated.', direction: 'benefit', scale: { min: 0, max: 10 }, weight: 1 }],
    options: [{ id: 'chain', label: 'The chain', summary: 'Generated.', baseline: { c0: { score: baseline, rationale: 'Generated.' } }, machine: { initial: 's0', states } }],
  });
}
