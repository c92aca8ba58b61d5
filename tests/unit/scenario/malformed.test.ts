import { describe, expect, it } from 'vitest';
import { loadScenario, type Problem } from '../../../src/domain/scenario';
import { read } from '../../support/files';

/**
 * Each fixture breaks the valid `minimal.yaml` in one place. The expected line
 * and column point at what a person must edit (counted by hand in the fixture;
 * line 1 is the comment saying what is wrong).
 */
const CASES: Array<{ fixture: string; line: number; column?: number; path: string; message: RegExp }> = [
  { fixture: 'syntax-error', line: 9, path: '(syntax)', message: /indentation|closing/ },
  { fixture: 'missing-field', line: 14, path: 'options[0].summary', message: /required field "summary" is missing/ },
  { fixture: 'unknown-field', line: 12, path: 'criteria[0].weigth', message: /unknown field "weigth" \(did you mean "weight"\?\)/ },
  { fixture: 'bad-direction', line: 12, path: 'criteria[0].direction', message: /"benefit" .* or "cost"/ },
  { fixture: 'bad-target', line: 26, column: 46, path: 'options[0].machine.states.when.choices[0].target', message: /leads to "stom", which is not a state .*did you mean "storm"/ },
  { fixture: 'probabilities', line: 32, path: 'options[0].machine.states.storm.choices', message: /add up to 1\.1, not 1/ },
  { fixture: 'unreachable-state', line: 35, path: 'options[0].machine.states.orphan', message: /cannot be reached from the first state "when"/ },
  { fixture: 'cycle', line: 32, path: 'options[0].machine.states.storm.choices[0].target', message: /loops: "when" → "storm" → "when"/ },
  { fixture: 'unknown-criterion', line: 26, path: 'options[0].machine.states.when.choices[0].effects.safty', message: /"safty" is not a criterion \(did you mean "safety"\?\)/ },
  { fixture: 'duplicate-fact-id', line: 9, path: 'facts[1].id', message: /"f1" is already used by facts\[0\]/ },
  { fixture: 'scale-overflow', line: 26, path: 'options[0].machine.states.when.choices[0].effects.safety', message: /path "when" → "storm", the score on "Safety" reaches 11, above the top of its scale \(10\)/ },
  { fixture: 'missing-baseline', line: 19, path: 'options[0].baseline', message: /no baseline score for "cost"/ },
  { fixture: 'wrong-type', line: 18, path: 'options[0].baseline.safety.score', message: /must be a number, but is the text "high"/ },
  { fixture: 'bad-state-kind', line: 29, path: 'options[0].machine.states.storm.kind', message: /"decision", "chance" or "outcome"/ },
  { fixture: 'duplicate-state', line: 35, path: '(syntax)', message: /appears twice/ },
  { fixture: 'unknown-fact', line: 27, path: 'options[0].machine.states.when.choices[1].facts[0]', message: /"f2" is not a fact/ },
  { fixture: 'outcome-with-choices', line: 34, path: 'options[0].machine.states.done.choices', message: /unknown field "choices"; the fields allowed here are "kind", "summary"/ },
  { fixture: 'bad-date', line: 6, path: 'source.date', message: /YYYY-MM-DD/ },
  { fixture: 'no-choices', line: 25, path: 'options[0].machine.states.when.choices', message: /needs at least one choice/ },
  { fixture: 'empty', line: 1, path: '(top level)', message: /file is empty/ },
];

function problemsOf(fixture: string): Problem[] {
  const file = `tests/fixtures/malformed/${fixture}.yaml`;
  const result = loadScenario(read(file), file);
  if (result.ok) throw new Error(`${file} was accepted`);
  return result.problems;
}

describe('malformed scenario files', () => {
  it.each(CASES)('$fixture: refused at line $line, $path', ({ fixture, line, column, path, message }) => {
    const problems = problemsOf(fixture);
    const match = problems.find((p) => p.path === path);
    expect(match, `problems were: ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(match!.message).toMatch(message);
    expect(match!.line).toBe(line);
    if (column !== undefined) expect(match!.column).toBe(column);
    expect(match!.file).toBe(`tests/fixtures/malformed/${fixture}.yaml`);
  });

  it('reports every problem at once, not only the first', () => {
    const text = read('tests/fixtures/valid/minimal.yaml')
      .replace('target: stom', 'target: stom')
      .replace('target: storm, effects', 'target: nowhere, effects')
      .replace('probability: 0.3', 'probability: 0.5')
      .replace('{ id: f1, text: A fact.', '{ id: f1, text: A fact.')
      .concat('        orphan: { kind: outcome, summary: Unreached. }\n');
    const result = loadScenario(text, 'many.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(
      ['options[0].machine.states.orphan', 'options[0].machine.states.storm.choices', 'options[0].machine.states.when.choices[0].target'].sort(),
    );
  });

  it('accepts the valid base the fixtures are made from', () => {
    expect(loadScenario(read('tests/fixtures/valid/minimal.yaml'), 'minimal.yaml').ok).toBe(true);
  });
});
