import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMemo, type MemoDocument } from '../../../src/domain/memo';
import { contributionsChart } from '../../../src/domain/memo/bar-chart-png';
import { points } from '../../../src/domain/text/format';
import { renderMemoDocx } from '../../../src/domain/memo/render-docx';
import { scenarioContentHash, type Scenario } from '../../../src/domain/scenario';
import { createSession, serialiseSession, type Memo } from '../../../src/domain/session';
import { loadValid } from '../../support/files';
import { decodePng } from '../../support/png';

/**
 * The Word memo, unzipped and read as XML: the structure a reader of the
 * document (and Word's navigation pane) sees, the banner on every page, the
 * chart as a real PNG, nothing from the scenario or the group turned into a
 * field, a hyperlink or markup, and the same bytes for the same memo.
 */
function memoFor(scenario: Scenario, memo: Partial<Memo> = {}, date = '2026-12-01'): MemoDocument {
  const base = createSession(scenario, new Date('2026-12-01T09:00:00Z'));
  const session = { ...base, memo: { ...base.memo, ...memo } };
  return buildMemo({
    scenario,
    scenarioHash: scenarioContentHash(scenario),
    session,
    sessionHash: bytesToHex(sha256(utf8ToBytes(serialiseSession(session)))),
    date,
    monteCarlo: { samples: 500, settings: { seed: 7, weights: { kind: 'uniform' }, ranges: false } },
  });
}

/** The package's XML parts as text, and its media as bytes. */
function unpack(bytes: Uint8Array): { xml: Record<string, string>; media: Record<string, Uint8Array> } {
  const files = Object.entries(unzipSync(bytes));
  return {
    xml: Object.fromEntries(files.filter(([path]) => /\.(xml|rels)$/.test(path)).map(([path, data]) => [path, new TextDecoder().decode(data)])),
    media: Object.fromEntries(files.filter(([path]) => path.startsWith('word/media/'))),
  };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each paragraph's style and text, breaks as "\n", in document order. */
function paragraphs(xml: string): Array<{ style: string | undefined; text: string; xml: string }> {
  return [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map(([whole, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner!)?.[1],
    text: unescapeXml([...inner!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('')),
    xml: whole,
  }));
}

/** Each table as rows of cells, with each cell's text and whether it is right-aligned. */
function tables(xml: string): Array<{ header: boolean; rows: Array<Array<{ text: string; right: boolean }>> }> {
  return [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map(([, table]) => ({
    header: /<w:tblHeader\/>/.test(table!),
    rows: [...table!.matchAll(/<w:tr\b[^>]*>(.*?)<\/w:tr>/gs)].map(([, row]) =>
      [...row!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map(([, cell]) => ({ text: paragraphs(cell!).map((p) => p.text).join('\n'), right: /<w:jc w:val="right"\/>/.test(cell!) })),
    ),
  }));
}

const blocks = (memo: MemoDocument) => memo.sections.flatMap((s) => [...s.blocks, ...(s.parts ?? []).flatMap((p) => p.blocks)]);

describe('the Word memo of the bundled brief', async () => {
  const scenario = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');
  const memo = memoFor(scenario, { to: 'The National Security Advisor', from: 'Iraq working group' });
  const bytes = await renderMemoDocx(memo);
  const pkg = unpack(bytes);
  const document = pkg.xml['word/document.xml']!;
  const body = paragraphs(document);

  it('has the memo, its sections and the options as Title, Heading 1 and Heading 2, in order', () => {
    const headings = body.filter((p) => p.style && /^(Title|Heading\d)$/.test(p.style)).map((p) => `${p.style}: ${p.text}`);
    expect(headings).toEqual(['Title: Decision memorandum', ...memo.sections.flatMap((s) => [`Heading1: ${s.title}`, ...(s.parts ?? []).map((p) => `Heading2: ${p.title}`)])]);
    expect(memo.sections.find((s) => s.id === 'options')!.parts).toHaveLength(scenario.options.length);
    const styles = pkg.xml['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>/s);
    expect(styles).toMatch(/w:styleId="Heading2">.*?<w:outlineLvl w:val="1"\/>/s);
  });

  it('opens with the status and the heading block', () => {
    expect(body[1]!.text).toBe('DRAFT');
    expect(tables(document)[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['TO', 'The National Security Advisor'],
      ['FROM', 'Iraq working group'],
      ['DATE', '2026-12-01'],
      ['SUBJECT', scenario.title],
    ]);
  });

  it('writes every table as a Word table whose header row repeats on each page and whose number columns are right-aligned', () => {
    const found = tables(document);
    // The heading block, each table, and two for the chart (the bars, and their numbers).
    const memoTables = blocks(memo).filter((b) => b.kind === 'table');
    const charts = blocks(memo).filter((b) => b.kind === 'contributions');
    expect(found).toHaveLength(1 + memoTables.length + 2 * charts.length);
    expect(found.slice(1).every((t) => t.header)).toBe(true);
    const comparison = blocks(memo).find((b) => b.kind === 'table' && b.header[0] === 'Rank')!;
    if (comparison.kind !== 'table') throw new Error('not a table');
    const written = found.find((t) => t.rows[0]!.map((c) => c.text).join('|') === comparison.header.join('|'))!;
    expect(written.rows.slice(1).map((r) => r.map((c) => c.text))).toEqual(comparison.rows);
    for (const row of written.rows) expect(row.map((c) => c.right)).toEqual(comparison.numeric);
  });

  it('writes lists as Word lists, numbered ones restarting at 1', () => {
    const lists = blocks(memo).filter((b) => b.kind === 'list');
    const items = body.filter((p) => p.xml.includes('<w:numPr>'));
    expect(items).toHaveLength(lists.reduce((n, l) => n + (l.kind === 'list' ? l.items.length : 0), 0));
    const numIds = (ordered: boolean) => {
      const texts = new Set(lists.flatMap((l) => (l.kind === 'list' && l.ordered === ordered ? l.items.map((item) => item.map((r) => r.text).join('')) : [])));
      return new Set(items.filter((p) => texts.has(p.text)).map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p.xml)![1]));
    };
    expect(numIds(true).size).toBe(lists.filter((l) => l.kind === 'list' && l.ordered).length);
    expect(pkg.xml['word/numbering.xml']).toMatch(/<w:numFmt w:val="decimal"\/>/);
    expect(pkg.xml['word/numbering.xml']).toMatch(/<w:numFmt w:val="bullet"\/>/);
  });

  it('puts the marking, centred and bold, in the header and footer of every page, with the page number and count', () => {
    const rels = pkg.xml['word/_rels/document.xml.rels']!;
    const sectPr = /<w:sectPr>.*<\/w:sectPr>/s.exec(document)![0];
    for (const [kind, file] of [
      ['header', 'header1.xml'],
      ['footer', 'footer1.xml'],
    ] as const) {
      const id = new RegExp(`Id="(rId\\d+)"[^>]*Target="${file}"|Target="${file}"[^>]*Id="(rId\\d+)"`).exec(rels)!;
      expect(sectPr).toContain(`<w:${kind}Reference w:type="default" r:id="${id[1] ?? id[2]}"/>`);
      const banner = paragraphs(pkg.xml[`word/${file}`]!).filter((p) => p.text === 'UNCLASSIFIED');
      expect(banner).toHaveLength(1);
      expect(banner[0]!.xml).toContain('<w:jc w:val="center"/>');
      expect(banner[0]!.xml).toContain('<w:b/>');
    }
    expect(paragraphs(pkg.xml['word/header1.xml']!).map((p) => p.text)).toEqual(['UNCLASSIFIED', 'DRAFT']);
    expect(paragraphs(pkg.xml['word/footer1.xml']!).map((p) => p.text)).toEqual(['Page  of ', 'UNCLASSIFIED']);
    expect([...pkg.xml['word/footer1.xml']!.matchAll(/<w:instrText[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['PAGE', 'NUMPAGES']);
  });

  it('draws the contributions chart as a table of options, each with its bar as a PNG that decodes, and the numbers in a table keyed by colour', () => {
    const rels = pkg.xml['word/_rels/document.xml.rels']!;
    const block = blocks(memo).find((b) => b.kind === 'contributions')!;
    if (block.kind !== 'contributions') throw new Error('no chart');
    expect(pkg.xml['[Content_Types].xml']).toContain('<Default ContentType="image/png" Extension="png"/>');
    // One bar per option, in the memo's order, each on the chart's fixed 0–100 scale.
    const embedded = [...document.matchAll(/r:embed="(rId[^"]+)"/g)].map((m) => m[1]!);
    expect(embedded).toHaveLength(block.rows.length);
    embedded.forEach((id, i) => {
      const target = new RegExp(`<Relationship Id="${id}" Type="[^"]+/image" Target="(media/[^"]+\\.png)"/>`).exec(rels)![1]!;
      const png = pkg.media[`word/${target}`]!;
      const bar = contributionsChart({ ...block, rows: [block.rows[i]!] });
      expect(png).toEqual(bar.png);
      const decoded = decodePng(png);
      expect([decoded.width, decoded.height]).toEqual([bar.width * 2, bar.height * 2]);
    });
    const alt = [...document.matchAll(/<wp:docPr id="(\d+)" name="Contributions bar \d+" descr="([^"]+)" title="([^"]+)"/g)];
    expect(alt.map((m) => m[1])).toEqual(block.rows.map((_, i) => String(i + 1)));
    expect(alt[0]![2]).toMatch(/points out of 100, split by criterion in the colours of the key below; the largest parts: /);
    const bars = tables(document).find((t) => t.rows[0]![2]?.text === 'What each criterion adds')!;
    expect(bars.rows.slice(1).map((r) => [r[0]!.text, r[1]!.text, r[3]!.text])).toEqual(block.rows.map((r, i) => [String(i + 1), r.label, points(r.total)]));
    const numbers = tables(document).find((t) => t.rows[0]![1]?.text === 'Criterion')!;
    expect(numbers.rows[0]!.slice(2).map((c) => c.text)).toEqual(block.rows.map((_, i) => String(i + 1)));
    expect(numbers.rows.slice(1).map((r) => r[1]!.text)).toEqual([...block.criteria, 'Total']);
    const swatches = [...document.matchAll(/<w:shd w:fill="([0-9A-F]{6})" w:color="([^"]+)" w:val="(clear|diagStripe)"\/><\/w:tcPr><w:p\/>/g)];
    expect(swatches).toHaveLength(block.criteria.length);
  });

  it('ends with a line to initial for each choice of the decision', () => {
    const decision = blocks(memo).find((b) => b.kind === 'decision')!;
    if (decision.kind !== 'decision') throw new Error('no decision');
    const lines = body.filter((p) => decision.choices.includes(p.text));
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line.xml).toMatch(/<w:tab w:val="right" w:pos="9360" w:leader="underscore"\/>/);
      expect(line.xml).toContain('<w:r><w:tab/></w:r>');
    }
  });

  it('has no field, hyperlink or macro anywhere but the page numbers in the footer', () => {
    for (const [path, xml] of Object.entries(pkg.xml)) {
      expect(xml, path).not.toMatch(path === 'word/footer1.xml' ? /<w:fldSimple|<w:hyperlink/ : /<w:fldSimple|<w:hyperlink|<w:fldChar|<w:instrText/);
      expect(xml, path).not.toMatch(/TargetMode="External"|relationships\/hyperlink|vbaProject/);
    }
  });

  it('gives the same bytes for the same memo, whatever the clock says', async () => {
    vi.useFakeTimers({ now: new Date('2031-07-04T23:59:30Z'), toFake: ['Date'] });
    const later = await renderMemoDocx(memoFor(scenario, { to: 'The National Security Advisor', from: 'Iraq working group' }));
    vi.useRealTimers();
    expect(later).toEqual(bytes);
    expect(pkg.xml['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T00:00:00Z</dcterms:created>');
    expect(pkg.xml['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T00:00:00Z</dcterms:modified>');
  });

  it('dates the document and its zip entries with the memo date, so another date gives other bytes', async () => {
    const other = await renderMemoDocx({ ...memo, heading: { ...memo.heading, date: '2027-01-15' } });
    expect(other).not.toEqual(bytes);
    expect(unpack(other).xml['docProps/core.xml']).toContain('2027-01-15T00:00:00Z');
    expect(zipEntryDates(bytes)).toEqual(new Set(['2026-12-01 12:00']));
    expect(zipEntryDates(other)).toEqual(new Set(['2027-01-15 12:00']));
  });

  afterEach(() => void vi.useRealTimers());
});

describe('the Word memo of a hostile scenario and hostile memo fields', async () => {
  const scenario = loadValid('tests/fixtures/hostile/hostile.yaml');
  const payload = `${scenario.source.author} ${scenario.source.organisation} ${scenario.version}`;
  const long = `${'W'.repeat(5000)} end`;
  const memo = memoFor(scenario, {
    to: `to ${payload}`,
    from: `from ${scenario.source.series}`,
    subject: `subject ${long}`,
    marking: 'custom',
    customMarking: 'SECRET//{ HYPERLINK "https://evil.example" }\u001b[31m\u202e',
    bottomLine: `bottom line ${payload} ${long}`,
    notes: { constructor: `notes ${payload}`, valueof: 'line one\nline two' },
    dissent: { valueof: `dissent ${payload}` },
    overallDissent: `overall =HYPERLINK("https://evil.example","click") <w:fldSimple w:instr="HYPERLINK"/>`,
    openQuestions: '{ HYPERLINK "https://evil.example" } \u0000\uFFFF\uD800',
  });
  const bytes = await renderMemoDocx(memo);
  const pkg = unpack(bytes);
  const document = pkg.xml['word/document.xml']!;
  const text = paragraphs(document).map((p) => p.text);

  it('writes every part as well-formed XML 1.0, with no raw control, bidi override or non-character', () => {
    for (const [path, xml] of Object.entries(pkg.xml)) {
      expect(() => parseXml(xml), path).not.toThrow();
      expect(xml, path).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    }
    expect(text).toContain('Open questions: { HYPERLINK "https://evil.example" } \\u{00}\\u{FFFF}\\u{D800}');
    expect(document).toContain('ESC\\u{1B}[2J\\u{1B}[31mred\\u{1B}[0m NUL\\u{00} BEL\\u{07}');
  });

  it('keeps markup, script, fields and formulas as plain text, and makes no field or hyperlink of them', () => {
    expect(document).not.toMatch(/<w:fldSimple|<w:hyperlink|<w:fldChar|<w:instrText|<script|<img|<iframe/);
    expect(pkg.xml['word/_rels/document.xml.rels']).not.toMatch(/hyperlink|TargetMode="External"/);
    expect(document).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;&lt;a href=&quot;javascript:alert(1)&quot;&gt;js&lt;/a&gt;');
    expect(document).toContain('overall =HYPERLINK(&quot;https://evil.example&quot;,&quot;click&quot;) &lt;w:fldSimple w:instr=&quot;HYPERLINK&quot;/&gt;');
    expect(text.some((t) => t.includes('=HYPERLINK("https://evil.example","click") +SUM(1,2) -1+1 @SUM(A1) =cmd|\' /C calc\'!A0 { HYPERLINK "https://evil.example" } {{ field }}'))).toBe(true);
  });

  it('carries 5,000-character strings whole, and a note typed over two lines as two lines', () => {
    expect(text.filter((t) => t === `subject ${long}` || t.endsWith(` ${long}`))).toHaveLength(2);
    expect(pkg.xml['docProps/core.xml']).toContain(`<dc:title>subject ${long}</dc:title>`);
    expect(text).toContain('Group notes: line one\nline two');
  });

  it('shows a free-text marking, made safe, as the banner in the header and footer', () => {
    const marking = 'SECRET//{ HYPERLINK "https://evil.example" }\\u{1B}[31m\\u{202E}';
    expect(paragraphs(pkg.xml['word/header1.xml']!)[0]!.text).toBe(marking);
    expect(paragraphs(pkg.xml['word/footer1.xml']!).at(-1)!.text).toBe(marking);
    expect(pkg.xml['word/header1.xml']).not.toMatch(/<w:fldSimple|<w:hyperlink|<w:instrText/);
  });

  it('gives the same bytes again', async () => {
    expect(await renderMemoDocx(memo)).toEqual(bytes);
  });
});

/** Parses strictly as XML 1.0 with namespaces, as Word does: a character XML cannot hold, escaped or not, throws. */
function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** The date and time of every entry in a zip's central directory, from its DOS fields. */
function zipEntryDates(zip: Uint8Array): Set<string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // the end-of-central-directory record, without a comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const dates = new Set<string>();
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    dates.add(`${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}`);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return dates;
}
