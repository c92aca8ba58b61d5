import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/domain/scenario';
import { read } from '../../support/files';

const minimal = read('tests/fixtures/valid/minimal.yaml');

/** The minimal scenario with `source.text` set to `name`, loaded. */
function withText(name: string) {
  return loadScenario(minimal.replace('date: 2024-03-01 }', `date: 2024-03-01, text: ${JSON.stringify(name)} }`), 'f.yaml');
}

describe('source.text, the file of the source text beside the scenario', () => {
  it('takes a plain file name', () => {
    for (const name of ['iraq-brief.txt', 'brief 2021.md', 'brief_v2.html', 'Brief-\u00E9t\u00E9.txt', 'brief']) {
      const result = withText(name);
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(result.scenario.source.text).toBe(name);
    }
  });

  it('refuses a path, a folder, a hidden file and names that are not the same file on every computer, saying why, at source.text', () => {
    const refusals: Array<[string, RegExp]> = [
      ['/etc/passwd', /not an absolute path: the text is saved next to the scenario/],
      ['C:\\briefs\\iraq.txt', /not an absolute path/],
      ['\\\\server\\share\\iraq.txt', /not an absolute path/],
      ['~/iraq.txt', /not an absolute path/],
      ['briefs/iraq.txt', /plain file name, with no folder/],
      ['..\\iraq.txt', /plain file name, with no folder/],
      ['..', /names a folder/],
      ['.', /names a folder/],
      ['.hidden.txt', /must not start with "\.": that makes a hidden file/],
      [' iraq.txt', /must not start or end with a space/],
      ['iraq.txt ', /must not start or end with a space/],
      ['iraq:brief.txt', /may hold only letters, digits, spaces/],
      ['iraq\u0000.txt', /may hold only letters, digits, spaces/],
      ['', /must name the file/],
      [`${'a'.repeat(252)}.txt`, /longer than the 255 characters/],
    ];
    for (const [name, message] of refusals) {
      const result = withText(name);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.problems, name).toHaveLength(1);
      expect(result.problems[0]!.path).toBe('source.text');
      expect(result.problems[0]!.line).toBe(6);
      expect(result.problems[0]!.message, name).toMatch(message);
    }
  });
});
