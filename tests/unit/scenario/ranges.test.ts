import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/domain/scenario';
import { read } from '../../support/files';

/** Ranges a group would argue over: on baseline scores, on effects and on branch probabilities. */
const minimal = read('tests/fixtures/valid/minimal.yaml');
const load = (text: string) => loadScenario(text, 'ranges.yaml');

describe('score and probability ranges', () => {
  it('are read: effects keep their most likely value, and the range beside it', () => {
    const result = load(
      minimal
        .replace('safety: { score: 5, rationale: Middle. }', 'safety: { score: 5, low: 4, high: 6, rationale: Middle. }')
        .replace('effects: { safety: 2 }', 'effects: { safety: { value: 2, low: 1, high: 3 } }')
        .replace('probability: 0.7 }', 'probability: 0.7, probabilityRange: { low: 0.6, high: 0.8 } }'),
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    const option = result.scenario.options[0]!;
    expect(option.baseline.safety).toEqual({ score: 5, low: 4, high: 6, rationale: 'Middle.' });
    const when = option.machine.states.when!;
    if (when.kind === 'outcome') throw new Error('fixture');
    expect(when.choices[0]).toMatchObject({ effects: { safety: 2 }, effectRanges: { safety: { low: 1, high: 3 } } });
    expect(when.choices[1]).toMatchObject({ effects: {}, effectRanges: {} });
  });

  it.each([
    ['a low end above the score', 'safety: { score: 5, rationale: Middle. }', 'safety: { score: 5, low: 6, rationale: Middle. }', 'options[0].baseline.safety.low', /the low end \(6\) must be at most the score \(5\)/],
    ['a high end below the value', 'effects: { safety: 2 }', 'effects: { safety: { value: 2, high: 1 } }', 'options[0].machine.states.when.choices[0].effects.safety.high', /the high end \(1\) must be at least the most likely value \(2\)/],
    ['a probability outside its range', 'probability: 0.7 }', 'probability: 0.7, probabilityRange: { low: 0.1, high: 0.5 } }', 'options[0].machine.states.storm.choices[0].probabilityRange', /must contain the probability/],
    ['an effect neither number nor range', 'effects: { safety: 2 }', 'effects: { safety: lots }', 'options[0].machine.states.when.choices[0].effects.safety', /must be a number, or \{ value, low, high \}/],
    ['a range that leaves the scale at its high end', 'effects: { safety: 2 }', 'effects: { safety: { value: 2, high: 6 } }', 'options[0].machine.states.when.choices[0].effects.safety', /reaches 11 at the high end of its ranges, above the top of its scale \(10\)/],
    ['a range that leaves the scale at its low end', 'safety: { score: 5, rationale: Middle. }', 'safety: { score: 5, low: 0, rationale: Middle. }', 'options[0].machine.states.storm.choices[1].effects.safety', /reaches -1 at the low end of its ranges, below the bottom of its scale \(0\)/],
  ])('%s is refused where it is written', (_, from, to, path, message) => {
    const result = load(minimal.replace(from, to));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toContain(path);
    expect(result.problems.find((p) => p.path === path)!.message).toMatch(message);
  });
});
