// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderMemoHtml, renderMemoMarkdown, type MemoDocument } from '../../../src/domain/memo';
import { renderMemoDocx } from '../../../src/domain/memo/render-docx';
import { withAnonymous, withBallot, withDetails, withParticipant, type Judgements, type Participant, type Workshop } from '../../../src/domain/workshop';
import { loadValid } from '../../support/files';
import { memoCase, parseHtml } from '../../support/memo';
import { advanced, AT, direct, workshopWith } from '../../support/workshop';

/**
 * Issue 14: in anonymous mode no participant's name reaches the memo in any
 * format; otherwise names, roles and organisations, however hostile (they are
 * checked where they come in, but a memo must not rely on it), come out as
 * the same characters in plain text: no structure, markup, field or control.
 */
const PROFILES = 'tests/fixtures/valid/three-profiles.yaml';
const profiles = loadValid(PROFILES);

/** Three participants in two revealed rounds, the first dissenting in round 2 with a score view, the others moving (see workshop-section.test.ts). */
function roomOf(people: readonly Participant[], reason = 'A is weaker than it looks.'): Workshop {
  let w = advanced(people.reduce((ws, p) => withParticipant(ws, p, AT), workshopWith(profiles, [])), 'START');
  const ballots = (round: ReadonlyArray<Judgements>) => round.forEach((j, i) => (w = withBallot(w, people[i]!.id, j, AT)));
  ballots([direct({ c1: 7, c2: 3 }), direct({ c1: 2, c2: 8 }), direct({ c1: 6, c2: 4 })]);
  w = advanced(w, 'REVEAL', 'DISCUSS', 'NEXT_ROUND');
  ballots([{ ...direct({ c1: 7, c2: 3 }), scores: [{ option: 'a', criterion: 'c1', score: 0.8, reason }] }, direct({ c1: 9, c2: 11 }), direct({ c1: 1, c2: 1 })]);
  return advanced(w, 'REVEAL');
}

/** The memo in all three formats: Markdown, HTML, and the Word package's XML parts. */
async function formats(doc: MemoDocument): Promise<{ md: string; html: string; xml: Record<string, string> }> {
  const files = unzipSync(await renderMemoDocx(doc));
  const xml = Object.fromEntries(Object.entries(files).filter(([path]) => /\.(xml|rels)$/.test(path)).map(([path, data]) => [path, strFromU8(data)]));
  return { md: renderMemoMarkdown(doc), html: renderMemoHtml(doc), xml };
}

/** The text of every paragraph of a Word XML part, runs joined, entities read. */
function wordText(xml: string): string {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p\b[^>]*>(.*?)<\/w:p>/gs)].map(([, inner]) => unescape([...inner!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))).join('\n');
}

describe('an anonymous workshop in the memo', async () => {
  const people: Participant[] = [
    { id: 'zq', name: 'Zelda Quixotic', role: 'Chief Whisperer', organisation: 'Ministry of Quills' },
    { id: 'yb', name: 'Yorick Blimpton', role: 'Deputy Listener', organisation: 'Office of Echoes' },
    { id: 'xf', name: 'Xanthe Flumm', role: 'Night Reader', organisation: 'Bureau of Lamps' },
  ];
  const workshop = withAnonymous(roomOf(people), true, AT);
  const { doc } = memoCase(PROFILES, (s) => s, { workshop });
  const { md, html, xml } = await formats(doc);
  const page = parseHtml(html).body.textContent!;
  const word = Object.values(xml).map(wordText).join('\n');
  const private_ = people.flatMap((p) => [p.name, p.role, p.organisation, ...p.name.split(' ')]);

  it('gives only the number of participants, and no name, role or organisation in Markdown, HTML or Word', () => {
    expect(md).toContain('It had 3 participants. It was anonymous, so no one is named here');
    for (const text of private_) {
      expect(md, text).not.toContain(text);
      expect(html, text).not.toContain(text);
      expect(page, text).not.toContain(text);
      expect(word, text).not.toContain(text);
      for (const part of Object.values(xml)) expect(part, text).not.toContain(text);
    }
  });

  it('refers to anyone it must by their place in the list, in every format', () => {
    for (const [text, strong] of [[md, '**'], [page, ''], [word, '']] as const) {
      expect(text).toContain("With Participant 1's weights, A leads.");
      expect(text).toContain(`${strong}Participant 1:${strong} A on First: 0.8`);
      expect(text).toContain(`${strong}Participant 2:${strong} First from 20.0% to 45.0% (+25.0)`);
    }
  });

  it('shows no participant table', () => {
    expect(doc.sections.find((s) => s.id === 'workshop')!.blocks.some((b) => b.kind === 'table')).toBe(false);
  });
});

describe('hostile participant names in the memo', async () => {
  const CONTROLS = 'ESC\u001b[2J NUL\u0000 BEL\u0007 DEL\u007f \u2028 \u202Eoverride left open \u2067isolate';
  const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">js</a>';
  const MARKDOWN = '# Heading | a | b | [link](https://evil.example) ![img](https://evil.example/x.png) *em* __strong__ `code` ~~del~~';
  const FIELD = '{ HYPERLINK "https://evil.example" } =cmd|\' /C calc\'!A0 <w:fldSimple w:instr="HYPERLINK"/>';
  const LONG = 'W'.repeat(5_000);
  const people: Participant[] = [
    { id: 'p1', name: `${SCRIPT} ${CONTROLS}`, role: MARKDOWN, organisation: FIELD },
    { id: 'p2', name: MARKDOWN, role: CONTROLS, organisation: SCRIPT },
    { id: 'p3', name: LONG, role: FIELD, organisation: LONG },
  ];
  const workshop = withDetails(roomOf(people, `${SCRIPT} ${MARKDOWN}`), { title: `${MARKDOWN} ${CONTROLS}`, date: '2026-12-01', facilitator: SCRIPT }, AT);
  const { doc } = memoCase(PROFILES, (s) => s, { workshop });
  const { md, html, xml } = await formats(doc);
  const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
  const parts = doc.sections.flatMap((s) => s.parts ?? []);

  it('makes no structure, link, image or markup of them in Markdown, and keeps every character', () => {
    const rendered = micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    const tags = (tag: string) => (rendered.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
    for (const tag of ['a', 'img', 'script', 'em', 'code', 'del', 'h1']) expect(tags(tag), tag).toBe(tag === 'h1' ? 1 : 0);
    expect(tags('h2')).toBe(doc.sections.length);
    expect(tags('h3')).toBe(parts.length);
    expect(md).not.toMatch(RAW_CONTROL);
    expect(md).toContain(LONG);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    // The participant table keeps its three columns: a name's "|" is a character, not a cell.
    expect(rendered).toContain('<td># Heading | a | b | [link](https://evil.example)');
    expect(md).toContain('\\\\u{202E}override left open');
  });

  it('makes no element of them in HTML, and shows them as text', () => {
    const document = parseHtml(html);
    expect(html).not.toMatch(/<(script|img|iframe|a|link|object|embed|form)\b/i);
    expect(html).not.toMatch(RAW_CONTROL);
    const text = document.body.textContent!;
    expect(text).toContain(SCRIPT);
    expect(text).toContain(MARKDOWN);
    expect(text).toContain(LONG);
    expect(text).toContain('\\u{1B}[2J NUL\\u{00} BEL\\u{07} DEL\\u{7F} \\u{2028} \\u{202E}override left open \\u{2067}isolate');
    expect(text).toContain(`With ${SCRIPT} ESC\\u{1B}[2J`);
    const rows = [...document.querySelectorAll('table')].find((t) => t.querySelector('th')?.textContent === 'Participant')!.querySelectorAll('tbody tr');
    expect([...rows].map((r) => r.querySelectorAll('td').length)).toEqual([3, 3, 3]);
  });

  it('makes no field, hyperlink or raw control of them in Word, and keeps them whole', () => {
    const document = xml['word/document.xml']!;
    for (const [path, part] of Object.entries(xml)) {
      expect(() => parseXml(part), path).not.toThrow();
      expect(part, path).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    }
    expect(document).not.toMatch(/<w:fldSimple|<w:hyperlink|<w:fldChar|<w:instrText|<script|<img/);
    const text = wordText(document);
    expect(text).toContain(SCRIPT);
    expect(text).toContain(FIELD);
    expect(text).toContain(LONG);
    expect(text).toContain('\\u{202E}override left open');
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
