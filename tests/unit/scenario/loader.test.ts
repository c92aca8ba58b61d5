import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioContentHash } from '../../../src/domain/scenario';
import { read } from '../../support/files';

describe('loading scenarios', () => {
  it('reads JSON as well as YAML, to the same scenario', () => {
    const yamlText = read('tests/fixtures/valid/two-options.yaml');
    const jsonText = JSON.stringify(parse(yamlText), null, 2);
    const fromYaml = loadScenario(yamlText, 'a.yaml');
    const fromJson = loadScenario(jsonText, 'a.json');
    expect(fromYaml.ok && fromJson.ok).toBe(true);
    if (fromYaml.ok && fromJson.ok) expect(fromJson.scenario).toEqual(fromYaml.scenario);
  });

  it('locates problems in JSON files too', () => {
    const data = parse(read('tests/fixtures/valid/two-options.yaml'));
    data.criteria[1].direction = 'sideways';
    const text = JSON.stringify(data, null, 2);
    const result = loadScenario(text, 'bad.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [problem] = result.problems;
    const expectedLine = text.split('\n').findIndex((l) => l.includes('"sideways"')) + 1;
    expect(problem).toMatchObject({ path: 'criteria[1].direction', line: expectedLine });
  });

  it('fills in empty effects so every choice has them', () => {
    const result = loadScenario(read('tests/fixtures/valid/two-options.yaml'), 'x.yaml');
    if (!result.ok) throw new Error('invalid');
    const state = result.scenario.options[0]!.machine.states.when!;
    expect(state.kind === 'decision' && state.choices[1]!.effects).toEqual({});
  });

  it('gives a content hash that ignores layout and comments but not meaning', () => {
    const text = read('tests/fixtures/valid/two-options.yaml');
    const load = (t: string) => {
      const r = loadScenario(t, 'x.yaml');
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return scenarioContentHash(r.scenario);
    };
    const original = load(text);
    expect(original).toMatch(/^[0-9a-f]{64}$/);
    expect(load(`# another comment\n${text.replace(/^# A small.*$/m, '')}`)).toBe(original);
    expect(load(text.replace('weight: 3', 'weight: 4'))).not.toBe(original);
  });

  it('treats a list where a block belongs as a type problem, in plain words', () => {
    const text = read('tests/fixtures/valid/minimal.yaml').replace('source: { title: Note, author: A. Analyst, organisation: Example, date: 2024-03-01 }', 'source: [Note]');
    const result = loadScenario(text, 'x.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: 'source', message: 'must be a block of named fields, but is a list', line: 6 });
  });
});
