// @vitest-environment jsdom
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { renderMemoHtml, renderMemoMarkdown, type Block, type MemoDocument } from '../../../src/domain/memo';
import { memoCase, parseHtml, withMemoText } from '../../support/memo';

/**
 * Issue 13: nothing a scenario file or a user writes can give the memo
 * structure, markup, links or script. The hostile fixture's every string, and
 * a session whose every memo field holds HTML, script, Markdown, a Word field,
 * formulas, control and bidi characters and a 5,000-character word, come out
 * as the same characters in plain text.
 */
const PAYLOAD = [
  '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">js</a></style></bdi>',
  '# Heading\n| a | b |\n|---|---|\n[link](https://evil.example) ![img](https://evil.example/x.png) *em* __strong__ `code` ~~del~~\n> quote\n- item\n1. item\n---',
  '{ HYPERLINK "https://evil.example" } =cmd|\' /C calc\'!A0 =HYPERLINK("https://evil.example") @SUM(A1)',
  'https://evil.example www.evil.example ops@evil.example &amp; &#60;',
  'ESC\u001b[2J NUL\u0000 BEL\u0007 DEL\u007f NEL\u0085 \u2028 \u202Eoverride left open \u2067isolate',
  'W'.repeat(5_000),
].join(' ');
const MARKING = '</style><script>alert(4)</script>"; } body { display: none } @page { @top-center { content: "X';

const hostile = withMemoText({
  to: PAYLOAD,
  from: PAYLOAD,
  subject: PAYLOAD,
  marking: 'custom',
  customMarking: MARKING,
  bottomLine: `= ${PAYLOAD}`,
  notes: { constructor: PAYLOAD, valueof: `- ${PAYLOAD}` },
  dissent: { constructor: `1. ${PAYLOAD}`, valueof: `    ${PAYLOAD}` },
  overallDissent: `> ${PAYLOAD}`,
  openQuestions: `    indented ${PAYLOAD}`,
});
const { doc } = memoCase('tests/fixtures/hostile/hostile.yaml', hostile);
const md = renderMemoMarkdown(doc);
const html = renderMemoHtml(doc);
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** Every block in the memo, parts included. */
const blocks: Block[] = doc.sections.flatMap((s) => [...s.blocks, ...(s.parts ?? []).flatMap((p) => p.blocks)]);
const count = (kind: Block['kind']) => blocks.filter((b) => b.kind === kind);

describe('the Markdown memo of a hostile scenario and session', () => {
  const rendered = micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const tags = (tag: string) => (rendered.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;

  it('makes no link, image, tag, code, emphasis or quotation out of the text', () => {
    for (const tag of ['a', 'img', 'script', 'iframe', 'style', 'b', 'blockquote', 'hr', 'del', 'pre', 'code', 'em']) expect(tags(tag), tag).toBe(0);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(rendered).toContain('https://evil.example www.evil.example ops@evil.example &amp;amp; &amp;#60;');
    expect(rendered).toContain('{ HYPERLINK &quot;https://evil.example&quot; } =cmd|\' /C calc\'!A0');
  });

  it('has only the structure the memo itself writes', () => {
    const strongRuns = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs] : b.kind === 'list' ? b.items : [])).flat().filter((r) => r.strong && r.text.trim());
    const tables = count('table').length + count('contributions').length;
    expect(tags('h1')).toBe(1);
    expect(tags('h2')).toBe(doc.sections.length);
    expect(tags('h3')).toBe(doc.sections.flatMap((s) => s.parts ?? []).length);
    expect(tags('table')).toBe(tables);
    expect(tags('tr')).toBe([...count('table'), ...count('contributions')].reduce((n, b) => n + 1 + (b.kind === 'table' || b.kind === 'contributions' ? b.rows.length : 0), 0));
    expect(tags('li')).toBe(count('list').reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 0), 0));
    expect(tags('ul') + tags('ol')).toBe(count('list').length);
    // Two banners and four heading labels, then the memo's own bold runs.
    expect(tags('strong')).toBe(2 + 4 + strongRuns.length);
    // Each paragraph, the heading block, the two banners, each chart title and each decision line.
    const decisions = count('decision').reduce((n, b) => n + (b.kind === 'decision' ? b.choices.length : 0), 0);
    expect(tags('p')).toBe(count('paragraph').length + 1 + 2 + count('contributions').length + decisions);
  });

  it('keeps every character, with controls and direction overrides shown as visible escapes', () => {
    expect(md).not.toMatch(RAW_CONTROL);
    expect(md).toContain('ESC\\\\u{1B}\\[2J NUL\\\\u{00} BEL\\\\u{07} DEL\\\\u{7F} NEL\\\\u{85} \\\\u{2028} \\\\u{202E}override left open');
    expect(md).toContain('W'.repeat(5_000));
    expect(md).toContain("كتائب حزب الله (Kata'ib Hezbollah) 2021");
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
  });
});

describe('the HTML memo of a hostile scenario and session', () => {
  const document = parseHtml(html);
  const elements = [...document.querySelectorAll('*')];
  const ALLOWED = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'p', 'h1', 'h2', 'h3', 'section', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'strong', 'bdi', 'wbr', 'span', 'figure', 'figcaption', 'svg', 'defs', 'pattern', 'rect', 'line', 'text']);

  it('holds no element the memo does not write itself: no script, image, frame, link or form', () => {
    expect(html).not.toMatch(/<(script|img|iframe|a|link|object|embed|form|base|input|button)\b/i);
    expect(elements.map((e) => e.localName).filter((name) => !ALLOWED.has(name))).toEqual([]);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelectorAll('main, .banner').length).toBe(3);
  });

  it('holds no attribute that loads, links or runs anything', () => {
    const risky = elements.flatMap((e) => [...e.attributes].filter((a) => /^on|^(href|src|srcset|srcdoc|action|formaction|style|xlink:href|background)$/i.test(a.name)).map((a) => `${e.localName} ${a.name}`));
    expect(risky).toEqual([]);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });

  it('shows every payload as text, in the page and in the chart', () => {
    const text = document.body.textContent!;
    expect(text).toContain('<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">js</a></style></bdi>');
    expect(text).toContain('[link](https://evil.example) ![img](https://evil.example/x.png) *em* __strong__ `code` ~~del~~ > quote - item 1. item ---');
    expect(text).toContain('{ HYPERLINK "https://evil.example" } =cmd|\' /C calc\'!A0');
    expect(text).toContain('https://evil.example www.evil.example ops@evil.example &amp; &#60;');
    expect(text).toContain('W'.repeat(5_000));
    // The chart's bars are labelled on one line, cut short; the table after it gives the labels whole.
    const labels = [...document.querySelectorAll('figure svg text')].map((t) => t.textContent!).filter((t) => /^\d+\. /.test(t));
    expect(labels).toEqual([expect.stringMatching(/^1\. option: W{81}…$/), expect.stringMatching(/^2\. .+/)]);
  });

  it('puts the marking into the stylesheet only as an escaped CSS string', () => {
    const css = document.querySelector('style')!.textContent!;
    expect(css).not.toContain('</');
    expect(css).not.toContain('display: none');
    expect(css.match(/content: "[^"]*";/g)).toHaveLength(2);
    expect([...document.querySelectorAll('.banner')].map((b) => b.textContent)).toEqual([`${MARKING} // DRAFT`, `${MARKING} // DRAFT`]);
  });

  it('keeps controls out and right-to-left text isolated', () => {
    expect(html).not.toMatch(RAW_CONTROL);
    expect(document.body.textContent).toContain('\\u{202E}override left open');
    const arabic = [...document.querySelectorAll('bdi')].find((b) => b.textContent!.includes('كتائب حزب الله'));
    expect(arabic).toBeDefined();
  });
});

describe('a memo with more criteria than colours', () => {
  it('stripes the criteria past the twelfth, in the chart and its legend, from patterns it defines', () => {
    const criteria = Array.from({ length: 14 }, (_, j) => `criterion ${j + 1}`);
    const wide: MemoDocument = { ...doc, sections: [{ id: 'comparison', title: 'Comparison', blocks: [{ kind: 'contributions', title: 'Contributions', criteria, rows: [{ label: 'A', values: criteria.map(() => 1 / 14), total: 1 }] }] }] };
    const page = parseHtml(renderMemoHtml(wide));
    const fills = [...page.querySelectorAll('figure > svg > rect')].map((r) => r.getAttribute('fill'));
    expect(fills.slice(0, 12).every((f) => /^#[0-9A-F]{6}$/.test(f!))).toBe(true);
    expect(fills.slice(12)).toEqual(['url(#memo-chart-1-stripe-12)', 'url(#memo-chart-1-stripe-13)']);
    expect([...page.querySelectorAll('pattern')].map((p) => p.id)).toEqual(['memo-chart-1-stripe-12', 'memo-chart-1-stripe-13']);
    expect(page.querySelectorAll('.legend .swatch')).toHaveLength(14);
  });
});
