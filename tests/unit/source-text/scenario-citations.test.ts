import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/domain/scenario';
import { sourceTextFileProblems } from '../../../src/domain/source-text';
import { read } from '../../support/files';

const scenarioText = read('tests/fixtures/source-text/harbour.yaml');
const note = read('tests/fixtures/source-text/harbour-note.txt');
const loaded = loadScenario(scenarioText, 'harbour.yaml');
if (!loaded.ok) throw new Error('the harbour fixture should load');

const bytes = (text: string) => new TextEncoder().encode(text);
const placed = (text: string) => loaded.place(sourceTextFileProblems(loaded.scenario, { ok: true, bytes: bytes(text) })).map((p) => `${p.line} ${p.path}: ${p.message}`);

describe('sourceTextFileProblems: a scenario checked against its source text', () => {
  it('finds every citation of the harbour scenario in its note, with a byte-order mark or Windows line ends too', () => {
    expect(placed(note)).toEqual([]);
    expect(placed(`\uFEFF${note.replace(/\n/g, '\r\n')}`)).toEqual([]);
  });

  it('reports every citation against an empty text', () => {
    expect(placed('')).toHaveLength(5);
    expect(placed('')[0]).toBe('8 facts[0].cite.section: the source text has no heading "Storm Warning for the Harbour"; the text has no headings');
  });

  it('reports a lost heading at each citation of it, facts and recommendations alike, on their lines', () => {
    expect(placed(note.replace('\nOptions\n', '\nChoices\n'))).toEqual([
      '11 facts[3].cite.section: the source text has no heading "Options" (its headings: "Storm Warning for the Harbour", "Situation", "Choices")',
      '20 options[0].recommendedIn.section: the source text has no heading "Options" (its headings: "Storm Warning for the Harbour", "Situation", "Choices")',
    ]);
  });

  it('reports a numbered locator beyond its section at the locator', () => {
    // Numbers are checked, not words: with the first sub-point gone, the second is "sub-point 1".
    expect(placed(note.replace(' - Gusts may reach 120 km/h near the breakwater.\n', ''))).toEqual([]);
    expect(placed(note.replace('- Twelve fishing boats are still at sea.\n', ''))).toEqual(['10 facts[2].cite.locator: "Situation" has 1 bullet, so there is no bullet 2']);
  });

  it('says, once, at source.text, why the file cannot be used', () => {
    expect(loaded.place(sourceTextFileProblems(loaded.scenario, { ok: false, why: 'there is no such file' })).map((p) => `${p.line} ${p.path}: ${p.message}`)).toEqual([
      '6 source.text: the source\'s text "harbour-note.txt" cannot be read: there is no such file',
    ]);
    const latin1 = new Uint8Array([...bytes('Title\n\nCaf'), 0xe9, ...bytes('\n')]);
    expect(sourceTextFileProblems(loaded.scenario, { ok: true, bytes: latin1 }).map((p) => p.message)).toEqual([
      'the source\'s text "harbour-note.txt" cannot be used: at its line 3, column 4, the byte 0xE9 here is not valid UTF-8: the file seems to be in another encoding (such as Latin-1 or Windows-1252); save it as UTF-8',
    ]);
    expect(sourceTextFileProblems(loaded.scenario, { ok: true, bytes: new Uint8Array([65, 0, 66]) })[0]!.message).toMatch(/NUL byte here, so it is not a text file .*a source's text is a plain text file/);
  });

  it('checks nothing for a scenario that names no source text', () => {
    const without = loadScenario(scenarioText.replace(', text: harbour-note.txt', ''), 'harbour.yaml');
    expect(without.ok && sourceTextFileProblems(without.scenario, { ok: false, why: 'unused' })).toEqual([]);
  });
});
