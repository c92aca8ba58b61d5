import { describe, expect, it } from 'vitest';
import { applyYamlEdit, type YamlEdit } from '../../../src/domain/yaml-edit';
import { read } from '../../support/files';
import { applyToData, dataOf, expectedAfter, expectSameData, nodesOf, onlyLinesChanged, parses, yamlFiles } from '../../support/yaml-edit';

const BUNDLED = 'scenarios/iraq-pm-drone-strike-2021.yaml';

/** New values that test the writer: strings YAML would misread, text needing quotes or lines, other types. */
const VARIANTS: Array<(old: unknown) => unknown> = [
  (old) => (typeof old === 'string' ? `${old} (edited)` : typeof old === 'number' ? old + 1.25 : 'words'),
  () => 'yes',
  () => '1.0',
  (old) => `#${String(old)}`,
  (old) => `${String(old)}: and more, [with] {brackets}`,
  (old) => `${String(old)}\nand a second line`,
  () => '',
  () => 0.1 + 0.2,
  () => null,
  () => '*not an alias',
  (old) => String(old).slice(0, 7),
  () => -0,
];

function scalarEdits(text: string): Array<{ edit: YamlEdit & { kind: 'set' }; first: number; last: number }> {
  return nodesOf(text)
    .filter((n) => n.kind === 'scalar' && n.path.length > 0)
    .map((n, i) => ({ edit: { kind: 'set', path: n.path, value: VARIANTS[i % VARIANTS.length]!((n.node as { value?: unknown } | null)?.value) }, ...n.span }));
}

describe('setting every scalar of the bundled scenario', () => {
  const text = read(BUNDLED);
  const edits = scalarEdits(text);

  it('changes only the lines of that scalar, each on its own', { timeout: 60_000 }, () => {
    expect(edits.length).toBeGreaterThan(3000);
    const expectOnlyItsLines = onlyLinesChanged(text);
    for (const { edit, first, last } of edits) {
      const result = applyYamlEdit(text, edit);
      if (!result.ok) throw new Error(`${JSON.stringify(edit.path)}: ${result.problem}`);
      expectOnlyItsLines(result.text, { first, last });
    }
  });

  it('gives the original data with exactly those values changed, all of them set one after another', { timeout: 60_000 }, () => {
    let current = text;
    const expected = dataOf(text);
    for (const { edit } of edits) {
      const result = applyYamlEdit(current, edit);
      if (!result.ok) throw new Error(`${JSON.stringify(edit.path)}: ${result.problem}`);
      current = result.text;
      applyToData(expected, edit);
    }
    expectSameData(dataOf(current), expected);
  });

  it('gives the original data with only that value changed, for a sample of single edits', { timeout: 60_000 }, () => {
    const original = dataOf(text);
    for (const { edit } of edits.filter((_, i) => i % 157 === 0)) {
      const result = applyYamlEdit(text, edit);
      if (!result.ok) throw new Error(result.problem);
      expectSameData(dataOf(result.text), expectedAfter(original, edit));
    }
  });
});

describe('setting every scalar of every other YAML file that parses', () => {
  const files = yamlFiles().filter((f) => f !== BUNDLED && parses(read(f)));

  it.each(files)('%s: only that scalar\'s lines change, and the data is the original with that value changed', (file) => {
    const text = read(file);
    const original = dataOf(text);
    const expectOnlyItsLines = onlyLinesChanged(text);
    for (const { edit, first, last } of scalarEdits(text)) {
      const result = applyYamlEdit(text, edit);
      if (!result.ok) throw new Error(`${JSON.stringify(edit.path)}: ${result.problem}`);
      expectOnlyItsLines(result.text, { first, last });
      expectSameData(dataOf(result.text), expectedAfter(original, edit));
    }
  });
});
