import { describe, expect, it } from 'vitest';
import { applyYamlEdits } from '../../../src/domain/yaml-edit';
import { read } from '../../support/files';
import { parses, yamlFiles } from '../../support/yaml-edit';

const files = yamlFiles();

describe('a round trip with no edit', () => {
  it('covers the bundled scenarios and every fixture kind', () => {
    expect(files).toContain('scenarios/iraq-pm-drone-strike-2021.yaml');
    for (const dir of ['valid', 'malformed', 'hostile', 'decision-trees', 'yaml-edit']) expect(files.some((f) => f.startsWith(`tests/fixtures/${dir}/`))).toBe(true);
  });

  it.each(files)('%s comes back byte for byte when it parses, and is refused when it does not', (file) => {
    const text = read(file);
    const result = applyYamlEdits(text, []);
    if (parses(text)) expect(result).toEqual({ ok: true, text });
    else expect(result).toMatchObject({ ok: false, problem: expect.stringMatching(/^the text is not valid YAML \(line \d+, column \d+\): /) });
  });

  it('keeps line endings, a byte order mark and a missing final line break as they are', () => {
    for (const text of ['\uFEFFa: 1\r\nb: [x, y]\r\n', 'a: 1\nb: 2', '# only a comment\n', '', '---\na: 1\n...\n']) {
      expect(applyYamlEdits(text, [])).toEqual({ ok: true, text });
    }
  });
});
