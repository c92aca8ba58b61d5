import { loadScenario, type Scenario } from '../../src/domain/scenario';

/**
 * A scenario that is just a table of scores: each option a single decision
 * with one choice, so its value is its baseline. For checking weight
 * analyses against hand computations. Criteria are benefits on 0..1.
 */
export function scoreTableScenario(scores: Record<string, number[]>, weights: number[]): Scenario {
  const criteria = weights.map((w, j) => ({ id: `c${j + 1}`, label: `Criterion ${j + 1}`, description: 'd', direction: 'benefit', scale: { min: 0, max: 1 }, weight: w }));
  const options = Object.entries(scores).map(([id, row]) => ({
    id,
    label: id.toUpperCase(),
    summary: 's',
    baseline: Object.fromEntries(row.map((v, j) => [`c${j + 1}`, { score: v, rationale: 'r' }])),
    machine: { initial: 'go', states: { go: { kind: 'decision', prompt: 'Go?', choices: [{ id: 'yes', label: 'Yes', target: 'end' }] }, end: { kind: 'outcome', summary: 'Done.' } } },
  }));
  const result = loadScenario(JSON.stringify({ id: 'table', title: 'Table', version: '1', summary: 's', source: { title: 't', author: 'a', organisation: 'o', date: '2026-01-01' }, facts: [{ id: 'f', text: 'f', cite: { section: 's' } }], actors: [], criteria, options }), 'table.json');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.scenario;
}
