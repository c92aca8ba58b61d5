/**
 * A source's text as it reads, with every character traced back to where it
 * came from. A brief arrives as plain text, Markdown or HTML pasted as text;
 * the reader and the copy check work on this plain view, while offsets they
 * give back point into the text as pasted, so the app can mark it there.
 */
export interface Projection {
  /** The text without tags and link targets, entities decoded; pasted HTML's blocks, headings and list items as lines. */
  text: string;
  /** Character i of `text` comes from `raw.slice(from[i], to[i])` (empty for a line break HTML's tags stand for). */
  from: Int32Array;
  to: Int32Array;
}

/** A non-empty projected range [start, end) as offsets into the raw text. */
export function rawRange(p: Projection, start: number, end: number): { start: number; end: number } {
  return { start: p.from[start]!, end: p.to[end - 1]! };
}

/** Tags that make a block of their own in HTML: enough of them say the text is HTML, not text with a stray tag. */
const BLOCK_TAG = /<\/?(p|div|h[1-6]|li|ul|ol|br|table|tr|td|th|section|article|body|html|header|footer|main|blockquote|nav|aside|figure|figcaption|dl|dt|dd|pre|hr)\b[^<>]*>/i;
const BLOCK_TAGS = new RegExp(BLOCK_TAG.source, 'gi');
/** HTML has a block tag on most lines; text taken from a web page may keep a stray `<br>`, but rarely one in ten lines. */
const LINES_PER_BLOCK_TAG = 10;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/y;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<[!?][^<>]*>/y;
const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const MARKDOWN_LINK = /!?\[([^[\]\n]*)\]\([^()\s]*\)/y;
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg']);
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201C', rdquo: '\u201D',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', shy: '', zwj: '', zwnj: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', bull: '\u2022', middot: '\u00B7',
};

function decodeEntity(body: string): string | undefined {
  if (body[0] !== '#') return NAMED[body];
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}

class Builder {
  private readonly chars: string[] = [];
  private readonly fromList: number[] = [];
  private readonly toList: number[] = [];

  push(text: string, from: number, to: number): void {
    for (let k = 0; k < text.length; k++) {
      this.chars.push(text[k]!);
      this.fromList.push(from);
      this.toList.push(to);
    }
  }

  last(): string | undefined {
    return this.chars.at(-1);
  }

  done(): Projection {
    return { text: this.chars.join(''), from: Int32Array.from(this.fromList), to: Int32Array.from(this.toList) };
  }
}

/**
 * Tries the markup that may start at `i` (a tag, a comment, an entity, a
 * Markdown link); returns where reading goes on, or undefined for an ordinary character.
 */
function inlineMarkup(raw: string, i: number, out: Builder, tag: (closing: boolean, name: string, start: number, end: number) => number): number | undefined {
  const c = raw[i];
  if (c === '<') {
    COMMENT.lastIndex = i;
    const comment = COMMENT.exec(raw);
    if (comment) return i + comment[0].length;
    TAG.lastIndex = i;
    const m = TAG.exec(raw);
    if (m) return tag(m[1] === '/', m[2]!.toLowerCase(), i, i + m[0].length);
  } else if (c === '&') {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(raw);
    const decoded = m ? decodeEntity(m[1]!) : undefined;
    if (m && decoded !== undefined) {
      out.push(decoded, i, i + m[0].length);
      return i + m[0].length;
    }
  } else if (c === '[' || (c === '!' && raw[i + 1] === '[')) {
    MARKDOWN_LINK.lastIndex = i;
    const m = MARKDOWN_LINK.exec(raw);
    if (m) {
      // The link's words stay where they are; its target is not text anyone wrote.
      const textStart = raw.indexOf('[', i) + 1;
      for (let k = 0; k < m[1]!.length; k++) out.push(m[1]![k]!, textStart + k, textStart + k + 1);
      return i + m[0].length;
    }
  }
  return undefined;
}

/** Where the element `name` opened before `from` ends, or the end of the text. */
function skipElement(raw: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, 'ig');
  close.lastIndex = from;
  const m = close.exec(raw);
  return m ? m.index + m[0].length : raw.length;
}

/** Plain text or Markdown: lines stay as they are; inline tags (`<u>…</u>`), entities and link targets go. */
function projectPlain(raw: string): Projection {
  const out = new Builder();
  const tag = (closing: boolean, name: string, _start: number, end: number) => (HIDDEN.has(name) && !closing ? skipElement(raw, name, end) : end);
  let i = 0;
  while (i < raw.length) {
    const next = inlineMarkup(raw, i, out, tag);
    if (next !== undefined) {
      i = next;
      continue;
    }
    out.push(raw[i]!, i, i + 1);
    i++;
  }
  return out.done();
}

/**
 * HTML: whitespace runs fold to one space, and the block tags make the lines
 * the reader expects of text (a heading as a Markdown `#` line, a list item
 * as a bullet indented by its depth, paragraphs apart). Breaks are emitted
 * lazily, before the next visible character, so `<li><p>…</p></li>` stays one bullet.
 */
function projectHtml(raw: string): Projection {
  const out = new Builder();
  let pendingBreak = 0;
  let pendingItem: { start: number; end: number } | undefined;
  let listDepth = 0;
  let itemDepth = 0;
  let where = 0;

  const wantBreak = (n: number) => {
    pendingBreak = Math.max(pendingBreak, itemDepth > 0 ? Math.min(n, 1) : n);
  };
  const flush = () => {
    if (pendingItem) {
      out.push(`\n${'  '.repeat(Math.max(0, listDepth - 1))}- `, pendingItem.start, pendingItem.end);
      pendingItem = undefined;
    } else if (pendingBreak > 0 && out.last() !== undefined) {
      // A line inside a list item is indented, so that it reads as the item's continuation.
      out.push('\n'.repeat(pendingBreak) + (itemDepth > 0 ? '  '.repeat(listDepth) : ''), where, where);
    }
    pendingBreak = 0;
  };
  const tag = (closing: boolean, name: string, start: number, end: number): number => {
    where = start;
    if (HIDDEN.has(name)) return closing ? end : skipElement(raw, name, end);
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      wantBreak(2);
      if (!closing) {
        flush();
        out.push(`${'#'.repeat(Number(heading[1]))} `, start, end);
      }
    } else if (name === 'li') {
      if (closing) itemDepth = Math.max(0, itemDepth - 1);
      else {
        itemDepth++;
        pendingItem = { start, end };
      }
      wantBreak(1);
    } else if (name === 'ul' || name === 'ol') {
      listDepth = Math.max(0, listDepth + (closing ? -1 : 1));
      wantBreak(listDepth === 0 ? 2 : 1);
    } else if (name === 'br' || name === 'tr') wantBreak(1);
    else if (name === 'td' || name === 'th') {
      if (!closing && pendingBreak === 0 && !pendingItem && out.last() !== undefined && !/\s/.test(out.last()!)) out.push(' ', start, end);
    } else if (BLOCK_TAG.test(`<${name}>`)) wantBreak(2);
    return end;
  };

  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === '<' || c === '&') {
      if (c === '&') flush();
      const next = inlineMarkup(raw, i, out, tag);
      if (next !== undefined) {
        i = next;
        continue;
      }
    }
    if (/\s/.test(c)) {
      const last = out.last();
      if (pendingBreak === 0 && !pendingItem && last !== undefined && !/\s/.test(last)) out.push(' ', i, i + 1);
    } else {
      flush();
      out.push(c, i, i + 1);
    }
    i++;
  }
  return out.done();
}

/** The text as it reads: HTML when it holds a block-level tag for every ten lines of text or fewer, else plain text or Markdown. */
export function projectSource(raw: string): Projection {
  let tags = 0;
  for (BLOCK_TAGS.lastIndex = 0; BLOCK_TAGS.exec(raw) !== null; ) tags++;
  const lines = raw.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
  return tags > 0 && tags * LINES_PER_BLOCK_TAG >= lines ? projectHtml(raw) : projectPlain(raw);
}
