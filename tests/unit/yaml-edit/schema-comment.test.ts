import { describe, expect, it } from 'vitest';
import { withSchemaComment } from '../../../src/domain/yaml-edit';
import { read } from '../../support/files';

describe('withSchemaComment', () => {
  it('keeps the bundled scenario as it is: its first line is the modeline', () => {
    const text = read('scenarios/iraq-pm-drone-strike-2021.yaml');
    expect(withSchemaComment(text)).toBe(text);
  });

  it('keeps a modeline with another schema, and one among the opening comments', () => {
    const fixture = read('tests/fixtures/valid/two-options.yaml');
    expect(withSchemaComment(fixture)).toBe(fixture);
    const second = '# A scenario.\n# yaml-language-server: $schema=https://example.org/s.json\nid: x\n';
    expect(withSchemaComment(second)).toBe(second);
  });

  it('adds the modeline first when there is none, with the text\'s own line break and after a byte order mark', () => {
    expect(withSchemaComment('id: x\n')).toBe('# yaml-language-server: $schema=./scenario.schema.json\nid: x\n');
    expect(withSchemaComment('# note\r\nid: x\r\n')).toBe('# yaml-language-server: $schema=./scenario.schema.json\r\n# note\r\nid: x\r\n');
    expect(withSchemaComment('\uFEFFid: x\n', '../scenario.schema.json')).toBe('\uFEFF# yaml-language-server: $schema=../scenario.schema.json\nid: x\n');
    expect(withSchemaComment('')).toBe('# yaml-language-server: $schema=./scenario.schema.json\n');
  });

  it('does not take a modeline written inside the document for the file\'s own', () => {
    const text = 'id: x\nnote: |\n  # yaml-language-server: $schema=./other.json\n';
    expect(withSchemaComment(text)).toBe(`# yaml-language-server: $schema=./scenario.schema.json\n${text}`);
  });
});
