import { describe, expect, it } from 'vitest';
import { citationFor, citationProblem, readSourceText } from '../../../src/domain/source-text';
import { read } from '../../support/files';

const note = read('tests/fixtures/source-text/harbour-note.txt');
const TITLE = 'Storm Warning for the Harbour';
const model = readSourceText(note, { title: TITLE });

/** The offsets of a passage of the note, from the first words to the last, both included. */
function passage(from: string, to = from): [number, number] {
  const start = note.indexOf(from);
  const end = note.indexOf(to, start) + to.length;
  if (start < 0 || end < start + to.length) throw new Error(`the note has no passage from ${from} to ${to}`);
  return [start, end];
}

function cite(from: string, to?: string) {
  return citationFor(model, ...passage(from, to));
}

describe('citationFor', () => {
  it('cites the opening paragraph under the title', () => {
    expect(cite('expected to reach')).toEqual({ section: TITLE, locator: 'opening paragraph' });
  });

  it('cites a bullet, a sub-bullet, and a sub-bullet from its second line', () => {
    expect(cite('Winds of up to')).toEqual({ section: 'Situation', locator: 'bullet 1' });
    expect(cite('near the breakwater')).toEqual({ section: 'Situation', locator: 'bullet 1, sub-point 1' });
    expect(cite('two days')).toEqual({ section: 'Situation', locator: 'bullet 1, sub-point 2' });
    expect(cite('fishing boats')).toEqual({ section: 'Situation', locator: 'bullet 2' });
  });

  it('cites a paragraph after bullets by its own number', () => {
    expect(cite('Closing early')).toEqual({ section: 'Options', locator: 'paragraph 1' });
  });

  it('cites a passage across blocks of one section as a run, a bullet with its sub-points, or from the first to the last', () => {
    expect(cite('Close the harbour', 'boats are back')).toEqual({ section: 'Options', locator: 'bullets 1-2' });
    expect(cite('forecast for Friday night.', 'Gusts may')).toEqual({ section: 'Situation', locator: 'bullet 1 and sub-point 1' });
    expect(cite('Winds', 'two days')).toEqual({ section: 'Situation', locator: 'bullet 1 and sub-points 1-2' });
    expect(cite('breakwater', 'stable')).toEqual({ section: 'Situation', locator: 'bullet 1, sub-points 1-2' });
    expect(cite('two days', 'Twelve')).toEqual({ section: 'Situation', locator: 'bullet 1, sub-point 2 to bullet 2' });
    expect(cite('once the boats', 'Closing early')).toEqual({ section: 'Options', locator: 'bullet 2 to paragraph 1' });
  });

  it('takes offsets in either order, and a caret inside a block for that block', () => {
    const [start, end] = passage('Gusts may reach');
    expect(citationFor(model, end, start)).toEqual({ section: 'Situation', locator: 'bullet 1, sub-point 1' });
    expect(citationFor(model, start + 3, start + 3)).toEqual({ section: 'Situation', locator: 'bullet 1, sub-point 1' });
  });

  it('counts only the blocks a passage touches: a heading or blank space taken with a block adds nothing', () => {
    expect(cite('Situation\n', 'Winds')).toEqual({ section: 'Situation', locator: 'bullet 1' });
    expect(cite('at sea.', 'Options')).toEqual({ section: 'Situation', locator: 'bullet 2' });
  });

  it('gives nothing for a heading, a title line, blank space, a passage across two sections, or text before any heading of an untitled text', () => {
    expect(cite('Situation\n')).toBeUndefined();
    expect(cite('A. Analyst - Example')).toBeUndefined();
    expect(cite('Harbour Note')).toBeUndefined();
    const blank = note.indexOf('\n\n- Close') + 1;
    expect(citationFor(model, blank, blank)).toBeUndefined();
    expect(cite('still at sea', 'Close the harbour')).toBeUndefined();
    const untitled = readSourceText('- first point.\n- second point.\n');
    expect(citationFor(untitled, 2, 5)).toBeUndefined();
  });

  it('cites the section a passage sits in, not the first of the same name', () => {
    const text = 'Title\n\nOpening text.\n\nNotes\n\n- a\n\nMiddle\n\n- b\n\nNotes\n\n- c\n- d\n';
    const twice = readSourceText(text);
    const d = text.indexOf('- d');
    expect(citationFor(twice, d, d + 3)).toEqual({ section: 'Notes', locator: 'bullet 2' });
    expect(citationProblem(twice, { section: 'Notes', locator: 'bullet 2' })).toBeUndefined();
    expect(citationProblem(twice, { section: 'Notes', locator: 'bullet 3' })).toBe('"Notes" has 1 bullet, so there is no bullet 3');
  });

  it('gives, for every block of the note, a citation that citationProblem accepts', () => {
    for (const block of model.blocks) {
      const found = citationFor(model, block.start, block.end);
      expect(found, block.text).toBeDefined();
      expect(citationProblem(model, found!), block.text).toBeUndefined();
    }
  });
});

describe('citationProblem', () => {
  it('accepts headings whatever their case, spacing and quotes, and locators it reads and those it does not', () => {
    const accepted = [
      { section: TITLE },
      { section: '  storm   WARNING for the harbour ', locator: 'opening paragraph, sentence 2' },
      { section: 'Situation', locator: 'bullet 1, sub-point 2' },
      { section: 'situation', locator: 'bullets 1-2' },
      { section: 'Situation', locator: 'bullet 1 and its sub-points 1 and 2' },
      { section: 'Situation', locator: 'bullet 2 (the one on the boats)' },
      { section: 'Options', locator: 'paragraph after the bullets' },
      { section: 'Options', locator: 'bullet 2 to paragraph 1' },
      { section: 'Options', locator: 'chart' },
    ];
    for (const c of accepted) expect(citationProblem(model, c), JSON.stringify(c)).toBeUndefined();
    const curly = readSourceText('The Port\u2019s \u201CPlan\u201D \u2013 Now\n\n- a\n');
    expect(citationProblem(curly, { section: 'the port\'s "plan" - now', locator: 'bullet 1' })).toBeUndefined();
  });

  it('names a heading the text lacks, with the nearest one or the headings there are', () => {
    expect(citationProblem(model, { section: 'Situaton' })).toBe('the source text has no heading "Situaton" (did you mean "Situation"?)');
    expect(citationProblem(model, { section: 'Recommendations', locator: 'bullet 1' })).toBe(
      `the source text has no heading "Recommendations" (its headings: "${TITLE}", "Situation", "Options")`,
    );
    // A title line other than the title is not a heading.
    expect(citationProblem(model, { section: 'A. Analyst - Example' })).toMatch(/^the source text has no heading "A\. Analyst - Example"/);
    expect(citationProblem(readSourceText('Only text here.'), { section: 'Any' })).toBe('the source text has no heading "Any"; the text has no headings');
  });

  it('names a numbered paragraph, bullet or sub-point beyond what the section has', () => {
    const problems: Array<[string, string, string]> = [
      ['Situation', 'bullet 3', '"Situation" has 2 bullets, so there is no bullet 3'],
      ['Situation', 'bullet 1, sub-point 3', 'bullet 1 of "Situation" has 2 sub-points, so there is no sub-point 3'],
      ['Situation', 'bullet 2, sub-point 1', 'bullet 2 of "Situation" has no sub-points, so there is no sub-point 1'],
      ['Situation', 'paragraph 1', '"Situation" has no paragraphs, so there is no paragraph 1'],
      ['Options', 'paragraph 2, sentence 1', '"Options" has 1 paragraph, so there is no paragraph 2'],
      ['Options', 'bullets 1-3', '"Options" has 2 bullets, so there is no bullet 3'],
      ['Options', 'bullet 2 to paragraph 4', '"Options" has 1 paragraph, so there is no paragraph 4'],
      ['Options', 'Bullet 0', '"Options" has 2 bullets, so there is no bullet 0 (they are numbered from 1)'],
      ['Situation', 'opening paragraph', '"Situation" has no paragraphs, so there is no paragraph 1'],
    ];
    for (const [section, locator, message] of problems) expect(citationProblem(model, { section, locator }), locator).toBe(message);
  });
});
