import fc from 'fast-check';
import { loadScenario, type Scenario } from '../../src/domain/scenario';

/**
 * Small random scenarios for property tests, written in the file format and
 * read by the loader (so they are valid by the same rules as any file): a few
 * options, each a layered acyclic machine of decision and chance states with
 * one to three choices, effects (some with ranges) on two criteria, and
 * probabilities that are exact sums of twelfths.
 */
export interface RandomScenarioInput {
  weights: [number, number];
  options: Array<{
    baseline: [number, number];
    layers: Array<Array<{ chance: boolean; choices: Array<{ to: number; effects: [number, number]; spread: number; share: number }> }>>;
  }>;
}

const choiceArb = fc.record({ to: fc.nat(3), effects: fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), spread: fc.integer({ min: 0, max: 2 }), share: fc.integer({ min: 1, max: 4 }) });
const stateArb = fc.record({ chance: fc.boolean(), choices: fc.array(choiceArb, { minLength: 1, maxLength: 3 }) });
const optionArb = fc.record({
  baseline: fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 })),
  layers: fc.array(fc.array(stateArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
});
export const randomScenarioInput: fc.Arbitrary<RandomScenarioInput> = fc.record({
  weights: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 })),
  options: fc.array(optionArb, { minLength: 1, maxLength: 3 }),
});

/** The scenario file (as JSON text) for a random input; every choice leads to a state in a later layer or to the outcome. */
export function randomScenarioText(input: RandomScenarioInput): string {
  const options = input.options.map((o, i) => {
    const states: Record<string, unknown> = {};
    const name = (layer: number, k: number) => (layer >= o.layers.length ? 'end' : `l${layer}s${Math.min(k, o.layers[layer]!.length - 1)}`);
    o.layers.forEach((layer, l) =>
      layer.forEach((state, k) => {
        const total = state.choices.reduce((n, c) => n + c.share, 0);
        states[name(l, k)] = {
          kind: state.chance ? 'chance' : 'decision',
          prompt: `Question ${l}.${k}`,
          choices: state.choices.map((c, x) => ({
            id: `c${x}`,
            label: `Choice ${x}`,
            // Forward only: to the next layer (by the choice's pick), or to the end.
            target: name(l + 1 + (c.to % 2), c.to),
            effects: { a: c.spread ? { value: c.effects[0], low: c.effects[0] - c.spread, high: c.effects[0] + c.spread } : c.effects[0], b: c.effects[1] },
            ...(state.chance ? { probability: c.share / total } : {}),
          })),
        };
      }),
    );
    states.end = { kind: 'outcome', summary: 'End.' };
    // Only states reachable from the first are kept: the loader refuses unreachable ones.
    return { id: `o${i}`, label: `Option ${i}`, summary: 'Random.', baseline: { a: { score: o.baseline[0], rationale: 'r' }, b: { score: o.baseline[1], rationale: 'r' } }, machine: { initial: 'l0s0', states: reachable(states) } };
  });
  return JSON.stringify({
    id: 'random',
    title: 'Random',
    version: '1',
    summary: 'Random.',
    source: { title: 't', author: 'a', organisation: 'o', date: '2026-01-01' },
    facts: [{ id: 'f', text: 'f', cite: { section: 's' } }],
    actors: [],
    criteria: [
      { id: 'a', label: 'A', description: 'd', direction: 'benefit', scale: { min: -100, max: 100 }, weight: input.weights[0] },
      { id: 'b', label: 'B', description: 'd', direction: 'cost', scale: { min: -100, max: 100 }, weight: input.weights[1] },
    ],
    options,
  });
}

function reachable(states: Record<string, unknown>): Record<string, unknown> {
  const seen = new Set(['l0s0']);
  const stack = ['l0s0'];
  while (stack.length) {
    const s = states[stack.pop()!] as { choices?: Array<{ target: string }> };
    for (const c of s.choices ?? []) if (!seen.has(c.target)) (seen.add(c.target), stack.push(c.target));
  }
  return Object.fromEntries(Object.entries(states).filter(([id]) => seen.has(id)));
}

export function randomScenario(input: RandomScenarioInput): Scenario {
  const result = loadScenario(randomScenarioText(input), 'random.json');
  if (!result.ok) throw new Error(`generated scenario refused: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.scenario;
}
