import { describe, expect, it } from 'vitest';
import { addCriterion, addFact, addOption, addPreset, addStateFrom, danglingAfterDelete, deleteState, freshId, removeCriterion, rescaleBranches, type Operation } from '../../../src/domain/editor/operations';
import { NEW_SCENARIO_TEXT } from '../../../src/domain/editor/template';
import { loadScenario } from '../../../src/domain/scenario';
import { parseYamlSource } from '../../../src/domain/scenario/yaml-source';
import { applyYamlEdits } from '../../../src/domain/yaml-edit';
import { read } from '../../support/files';

const text = read('tests/fixtures/valid/two-options.yaml');
const data = (t: string) => parseYamlSource(t).data as Record<string, unknown>;

/** The text after an operation, which must apply. */
function after(t: string, operation: Operation): string {
  if (!operation.ok) throw new Error(operation.problem);
  const applied = applyYamlEdits(t, operation.edits);
  if (!applied.ok) throw new Error(applied.problem);
  return applied.text;
}

const problems = (t: string) => {
  const loaded = loadScenario(t, 'edited.yaml');
  return loaded.ok ? [] : loaded.problems.map((p) => `${p.path}: ${p.message}`);
};

describe("the editor's operations", () => {
  it('start a new scenario from a template that passes every check', () => {
    expect(problems(NEW_SCENARIO_TEXT)).toEqual([]);
  });

  it('pick the first id not taken', () => {
    expect(freshId('fact', ['a'])).toBe('fact');
    expect(freshId('fact', ['fact', 'fact-2'])).toBe('fact-3');
  });

  it('add a fact, a criterion (scored in every option) and an option, and the scenario still passes', () => {
    let t = after(text, addFact(data(text), { text: 'Storms close the port about twice a year.', section: 'Port', locator: 'paragraph 2' }));
    t = after(t, addCriterion(data(t)));
    t = after(t, addOption(data(t)));
    expect(problems(t)).toEqual([]);
    const loaded = loadScenario(t, 'edited.yaml');
    expect(loaded.ok && loaded.scenario.facts.at(-1)).toMatchObject({ id: 'fact', cite: { section: 'Port', locator: 'paragraph 2' } });
    expect(loaded.ok && loaded.scenario.options.every((o) => Object.hasOwn(o.baseline, 'criterion'))).toBe(true);
  });

  it('add a weight preset with a weight on every criterion, creating the list when there is none', () => {
    const t = after(text, addPreset(data(text)));
    expect(problems(t)).toEqual([]);
    const loaded = loadScenario(t, 'edited.yaml');
    expect(loaded.ok && loaded.scenario.weightPresets).toEqual([expect.objectContaining({ id: 'preset', weights: { safety: 3, cost: 1 } })]);
  });

  it('remove a criterion with every score and effect that names it', () => {
    const t = after(text, removeCriterion(data(text), 1));
    expect(problems(t)).toEqual([]);
    expect(t).not.toMatch(/\bcost\b:/);
  });

  it('add a decision between a choice and where it led, so every path still ends', () => {
    const t = after(text, addStateFrom(data(text), 0, 'when', 0, 'decision'));
    expect(problems(t)).toEqual([]);
    const loaded = loadScenario(t, 'edited.yaml');
    const when = loaded.ok ? loaded.scenario.options[0]!.machine.states.when : undefined;
    expect(when?.kind === 'decision' && when.choices[0]!.target).toBe('decide');
  });

  it('say what a deleted state would leave dangling, before and as it deletes', () => {
    expect(danglingAfterDelete(data(text), 0, 'storm')).toEqual(['"Close now" in "when" leads there', '"Close tomorrow" in "when" leads there']);
    const operation = deleteState(data(text), 0, 'storm');
    expect(operation.ok && operation.notes).toHaveLength(2);
    expect(problems(after(text, operation)).join('\n')).toMatch(/storm/);
  });

  it('rescale the other branches so that an uncertain outcome sums to 1 again', () => {
    const broken = applyYamlEdits(text, [{ kind: 'set', path: ['options', 0, 'machine', 'states', 'storm', 'choices', 0, 'probability'], value: 0.9 }]);
    if (!broken.ok) throw new Error(broken.problem);
    expect(problems(broken.text).join('\n')).toMatch(/sum/);
    const fixed = after(broken.text, rescaleBranches(data(broken.text), 0, 'storm', 0));
    expect(problems(fixed)).toEqual([]);
  });

  it('refuse what cannot apply, with why', () => {
    expect(addStateFrom(data(text), 0, 'nowhere', 0, 'outcome')).toEqual({ ok: false, problem: 'option 1 has no choice 1 in state "nowhere"' });
    expect(removeCriterion(data(text), 9).ok).toBe(false);
  });
});
