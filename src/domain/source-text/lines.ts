import { headingKey, readable } from './text-keys';

/** One line of the projected text: [start, end) without its line break. */
export interface Line {
  start: number;
  end: number;
  text: string;
  kind: 'blank' | 'markdown-heading' | 'bullet' | 'text';
}

/** Longest line still taken for a heading, in words and in characters: a chart's caption is longer. */
const HEADING_WORDS = 12;
const HEADING_CHARACTERS = 120;

const MARKDOWN_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** A list marker: a dash, star, plus or bullet character, or a number with "." or ")", then a space. */
const BULLET = /^([ \t]*)(?:[-*+\u2022\u25E6\u25AA\u2023\u2219\u00B7\u2013]|\d{1,3}[.)])(?:[ \t]+|$)/;
/** A horizontal rule (`---`, `***`, `===`) separates, as a blank line does. */
const RULE = /^\s*([-*_=~])(?:\s*\1){2,}\s*$/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    lines.push({ start, end, text: line, kind: kindOf(line) });
    if (!m) return lines;
    start = m.index + m[0].length;
  }
}

function kindOf(line: string): Line['kind'] {
  if (/^\s*$/.test(line) || RULE.test(line)) return 'blank';
  if (MARKDOWN_HEADING.test(line)) return MARKDOWN_HEADING.exec(line)![1] ? 'markdown-heading' : 'blank';
  return BULLET.test(line) ? 'bullet' : 'text';
}

/** The words of a Markdown heading line. */
export function markdownHeadingText(line: Line): string {
  return readable(MARKDOWN_HEADING.exec(line.text)?.[1] ?? '');
}

/** A bullet line's indent (a tab counts four) and where its text starts after the marker. */
export function bulletParts(line: Line): { indent: number; textStart: number } {
  const m = BULLET.exec(line.text)!;
  return { indent: m[1]!.replace(/\t/g, '    ').length, textStart: line.start + m[0].length };
}

/**
 * Whether a line of text could be a heading on its own: short (at most
 * HEADING_WORDS words and HEADING_CHARACTERS characters), holding a letter, and
 * not ending as a sentence or a clause does (".", ",", ";", ":", "…"); a line
 * that reads as the source's title always can.
 */
export function headingLike(line: Line, titleKey: string | undefined): boolean {
  if (line.kind !== 'text') return false;
  const text = readable(line.text);
  if (titleKey !== undefined && headingKey(text) === titleKey) return true;
  if (text.length > HEADING_CHARACTERS || !/\p{L}/u.test(text)) return false;
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= HEADING_WORDS && !/[.,;:\u2026]$/.test(text.replace(/["'\u2019\u201D)\]]+$/, ''));
}
