import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, htmlText, htmlWrappable } from '../../../src/domain/text/html';
import { shorten } from '../../../src/domain/text/quote';

/** The escapes the HTML memo rests on, one by one. */
describe('text for HTML and CSS', () => {
  it('escapes every character that could start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(htmlText('line\nbreak\tand \u001b[2J \u202Eoverride')).toBe('line break and \\u{1B}[2J \\u{202E}override');
  });

  it('lets very long words wrap, and leaves ordinary ones whole', () => {
    expect(htmlWrappable('a counter-drone defence')).toBe('a counter-drone defence');
    expect(htmlWrappable(`${'W'.repeat(50)} <b>`)).toBe(`${'W'.repeat(24)}<wbr>${'W'.repeat(24)}<wbr>WW &lt;b&gt;`);
    // Escaped after cutting: an entity is never split by a break.
    expect(htmlWrappable('&'.repeat(25))).toBe(`${'&amp;'.repeat(24)}<wbr>&amp;`);
  });

  it('writes a CSS string that no quote, backslash, line break or closing tag can leave', () => {
    expect(cssString('UNCLASSIFIED // DRAFT')).toBe('"UNCLASSIFIED \\00002F \\00002F  DRAFT"');
    expect(cssString('"}</style>\\\n')).toBe('"\\000022 \\00007D \\00003C \\00002F style\\00003E \\00005C  "');
    expect(cssString('كتائب')).toBe('"\\000643 \\00062A \\000627 \\000626 \\000628 "');
  });
});

describe('shortened text', () => {
  it('never cuts a character in two', () => {
    expect(shorten(`${'a'.repeat(8)}😀😀`, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(shorten(`${'a'.repeat(7)}😀😀`, 10)).toBe(`${'a'.repeat(7)}😀…`);
  });
});
