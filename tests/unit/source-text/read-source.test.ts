import { describe, expect, it } from 'vitest';
import { readSourceText, type SourceModel } from '../../../src/domain/source-text';
import { read } from '../../support/files';

const note = read('tests/fixtures/source-text/harbour-note.txt');
const TITLE = 'Storm Warning for the Harbour';

/** Each block as "section | locator-ish | text", and what its offsets cover in the raw text. */
function outline(model: SourceModel, raw: string) {
  return model.blocks.map((b) => ({ at: `${b.section} | ${b.kind} ${b.number}${b.sub === undefined ? '' : `.${b.sub}`}`, text: b.text, raw: raw.slice(b.start, b.end) }));
}

describe('readSourceText on plain text', () => {
  it('finds the title among the title lines by the source title, the headings, and numbered paragraphs, bullets and sub-bullets', () => {
    const model = readSourceText(note, { title: TITLE });
    expect(model.sections.map((s) => s.heading)).toEqual([TITLE, 'Situation', 'Options']);
    expect(outline(model, note)).toEqual([
      { at: `${TITLE} | paragraph 1`, text: 'A storm is expected to reach the harbour on Friday night. The harbour master has asked for a decision by Thursday.', raw: 'A storm is expected to reach the harbour on Friday night. The harbour master has asked for a decision by Thursday.' },
      { at: 'Situation | bullet 1', text: 'Winds of up to 90 km/h are forecast for Friday night.', raw: '- Winds of up to <u>90 km/h</u> are forecast for Friday night.' },
      { at: 'Situation | bullet 1.1', text: 'Gusts may reach 120 km/h near the breakwater.', raw: '- Gusts may reach 120 km/h near the breakwater.' },
      { at: 'Situation | bullet 1.2', text: 'The forecast has been stable for two days.', raw: '- The forecast has been stable for\n two days.' },
      { at: 'Situation | bullet 2', text: 'Twelve fishing boats are still at sea.', raw: '- Twelve fishing boats are still at sea.' },
      { at: 'Options | bullet 1', text: 'Close the harbour at once.', raw: '- Close the harbour at once.' },
      { at: 'Options | bullet 2', text: 'Close it on Friday morning, once the boats are back.', raw: '- Close it on Friday morning, once the boats are back.' },
      { at: 'Options | paragraph 1', text: 'Closing early costs a day of trade.', raw: 'Closing early costs a day of trade.' },
    ]);
  });

  it('covers the whole text with sections, each from its heading to the next', () => {
    const model = readSourceText(note, { title: TITLE });
    expect(model.sections[0]!.start).toBe(0);
    expect(note.slice(model.sections[1]!.start).startsWith('Situation\n')).toBe(true);
    for (let k = 1; k < model.sections.length; k++) expect(model.sections[k]!.start).toBe(model.sections[k - 1]!.end);
    expect(model.sections.at(-1)!.end).toBe(note.length);
  });

  it('takes the first title line for the title when no source title is given or none of them reads so', () => {
    expect(readSourceText(note).sections[0]!.heading).toBe('Harbour Note - March 2024');
    expect(readSourceText(note, { title: 'Another Brief' }).sections[0]!.heading).toBe('Harbour Note - March 2024');
    // Case and spacing aside.
    expect(readSourceText(note, { title: '  storm warning  for the HARBOUR ' }).sections[0]!.heading).toBe(TITLE);
  });

  it('takes a plain heading straight after the title, with no text between, for a title line (a byline looks the same)', () => {
    const model = readSourceText('Title\n\nPlan\n\n- one\n');
    expect(model.sections.map((s) => s.heading)).toEqual(['Title']);
    expect(model.blocks.map((b) => `${b.section}: ${b.text}`)).toEqual(['Title: one']);
  });

  it('keeps a chart caption before a heading, a long caption and a lone last line as text, and a hard-wrapped opening as a paragraph', () => {
    const text = [
      'Drones struck the house of the prime minister',
      'early on Sunday, and two of them were shot down.',
      '',
      'Background',
      '',
      '- Attacks have grown since 2019.',
      '',
      'Attacks per Year Since 2019',
      '',
      'What Comes Next',
      '',
      'Attacks Per Year Against Personnel and Interests in the Region From 2018 to the Present Day',
      '- More are likely.',
      '',
      'Sources and notes',
    ].join('\r\n');
    const model = readSourceText(text);
    expect(model.sections.map((s) => s.heading)).toEqual(['', 'Background', 'What Comes Next']);
    expect(outline(model, text).map((b) => `${b.at} | ${b.text}`)).toEqual([
      ' | paragraph 1 | Drones struck the house of the prime minister early on Sunday, and two of them were shot down.',
      'Background | bullet 1 | Attacks have grown since 2019.',
      'Background | paragraph 1 | Attacks per Year Since 2019',
      'What Comes Next | paragraph 1 | Attacks Per Year Against Personnel and Interests in the Region From 2018 to the Present Day',
      'What Comes Next | bullet 1 | More are likely.',
      'What Comes Next | paragraph 2 | Sources and notes',
    ]);
  });

  it('numbers bullets through the section across paragraphs, and starts sub-points afresh after a paragraph', () => {
    const text = 'Plan\n\n- one\n  - one.a\n\nA paragraph.\n\n  - two, indented after a paragraph\n    - two.a\n- three\n';
    const model = readSourceText(text);
    expect(outline(model, text).map((b) => `${b.at} | ${b.text}`)).toEqual([
      'Plan | bullet 1 | one',
      'Plan | bullet 1.1 | one.a',
      'Plan | paragraph 1 | A paragraph.',
      'Plan | bullet 2 | two, indented after a paragraph',
      'Plan | bullet 2.1 | two.a',
      'Plan | bullet 3 | three',
    ]);
  });

  it('reads an empty text, a text of blank lines and a text with no headings', () => {
    expect(readSourceText('')).toEqual({ sections: [], blocks: [] });
    expect(readSourceText('\n \n\t\n')).toEqual({ sections: [], blocks: [] });
    const flat = readSourceText('Just one sentence of text.');
    expect(flat.sections).toEqual([{ heading: '', start: 0, end: 26 }]);
    expect(flat.blocks.map((b) => b.text)).toEqual(['Just one sentence of text.']);
  });
});

describe('readSourceText on Markdown', () => {
  const markdown = [
    '# Storm Warning',
    '',
    'By A. Analyst',
    '',
    'A storm is **expected** on _Friday_. See [the forecast](https://example.org/forecast).',
    '',
    '## Situation',
    '',
    '* Winds of 90 km/h.',
    '    * Gusts of 120 km/h.',
    '* Twelve boats at sea.',
    '',
    '1. First numbered point.',
    '2. Second numbered point.',
    '',
    '---',
    '',
    '### Options ###',
    'Close at once.',
  ].join('\n');

  it('takes # headings, the first as the title, and numbered items as bullets; a byline is neither heading nor text', () => {
    const model = readSourceText(markdown);
    expect(model.sections.map((s) => s.heading)).toEqual(['Storm Warning', 'Situation', 'Options']);
    expect(outline(model, markdown).map((b) => `${b.at} | ${b.text}`)).toEqual([
      'Storm Warning | paragraph 1 | A storm is expected on Friday. See the forecast.',
      'Situation | bullet 1 | Winds of 90 km/h.',
      'Situation | bullet 1.1 | Gusts of 120 km/h.',
      'Situation | bullet 2 | Twelve boats at sea.',
      'Situation | bullet 3 | First numbered point.',
      'Situation | bullet 4 | Second numbered point.',
      'Options | paragraph 1 | Close at once.',
    ]);
    expect(markdown.slice(model.sections[2]!.start, model.sections[2]!.start + 11)).toBe('### Options');
  });

  it('opens a section at a # heading that follows the title among the title lines', () => {
    const model = readSourceText('# Title\n\n## Summary\n\nText under the summary.\n');
    expect(model.sections.map((s) => s.heading)).toEqual(['Title', 'Summary']);
    expect(model.blocks.map((b) => `${b.section}: ${b.text}`)).toEqual(['Summary: Text under the summary.']);
  });
});

describe('readSourceText on HTML pasted as text', () => {
  const html = [
    '<!DOCTYPE html>',
    '<html><head><title>Not the text</title><style>p { color: red }</style></head>',
    '<body>',
    '<h1>Storm Warning</h1>',
    '<p>A storm is <em>expected</em> on Friday &amp; Saturday.</p>',
    '<h2>Situation</h2>',
    '<ul>',
    '  <li>Winds of 90&nbsp;km/h.',
    '    <ul><li>Gusts of 120 km/h.</li><li><p>Gusts of 130 km/h at sea.</p></li></ul>',
    '  </li>',
    '  <li>Twelve boats',
    '      still at sea.</li>',
    '</ul>',
    '<!-- a comment <p>not text</p> -->',
    '<p><strong>Options</strong></p>',
    '<p>Close at once.<br>Or wait.</p>',
    '<script>document.write("<p>not text</p>")</script>',
    '</body></html>',
  ].join('\n');

  it('reads headings, paragraphs and nested lists from the tags, with offsets into the HTML', () => {
    const model = readSourceText(html);
    expect(model.sections.map((s) => s.heading)).toEqual(['Storm Warning', 'Situation', 'Options']);
    expect(outline(model, html)).toEqual([
      { at: 'Storm Warning | paragraph 1', text: 'A storm is expected on Friday & Saturday.', raw: 'A storm is <em>expected</em> on Friday &amp; Saturday.' },
      { at: 'Situation | bullet 1', text: 'Winds of 90 km/h.', raw: '<li>Winds of 90&nbsp;km/h.' },
      { at: 'Situation | bullet 1.1', text: 'Gusts of 120 km/h.', raw: '<li>Gusts of 120 km/h.' },
      { at: 'Situation | bullet 1.2', text: 'Gusts of 130 km/h at sea.', raw: '<li><p>Gusts of 130 km/h at sea.' },
      { at: 'Situation | bullet 2', text: 'Twelve boats still at sea.', raw: '<li>Twelve boats\n      still at sea.' },
      { at: 'Options | paragraph 1', text: 'Close at once. Or wait.', raw: 'Close at once.<br>Or wait.' },
    ]);
    expect(html.slice(model.sections[1]!.start).startsWith('<h2>Situation')).toBe(true);
  });

  it('strips inline tags from plain text without taking it for HTML', () => {
    const text = 'Title\n\n- A <u>linked</u> word &amp; a < b comparison.\n';
    const model = readSourceText(text);
    expect(model.blocks.map((b) => b.text)).toEqual(['A linked word & a < b comparison.']);
  });

  it('reads a plain text with a stray block tag, one in more than ten lines, as plain text', () => {
    const lines = ['Title', '', 'Points', '', ...Array.from({ length: 10 }, (_, k) => `- point ${k + 1}${k === 4 ? '<br>' : ''}`)];
    const model = readSourceText(lines.join('\n'));
    expect(model.blocks.map((b) => `${b.section} ${b.kind} ${b.number}: ${b.text}`)).toEqual(Array.from({ length: 10 }, (_, k) => `Title bullet ${k + 1}: point ${k + 1}`));
    // With a tag for every ten lines of text or fewer, it is HTML, whose line breaks are spaces.
    expect(readSourceText('- one\n- two<br>\n').blocks.map((b) => b.text)).toEqual(['one - two']);
  });
});
