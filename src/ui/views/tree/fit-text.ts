/**
 * Scenario text inside the SVG, fitted to a width without measuring it: SVG
 * text does not wrap, and layout must not wait for fonts or a DOM (it runs
 * in jsdom too). Widths are estimated in em, generously, and the view clips
 * each label to its slot as well, so an estimate that falls short (a label in
 * capitals, say) can at worst lose a letter, never overlap the next branch.
 */

/**
 * Advance widths in em, by class of character, measured on the app's sans-serif
 * (DejaVu Sans, the widest of the usual system fonts) and rounded up. CJK,
 * Hangul, full-width forms, emoji and the widest Latin letters take a full em.
 */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const THIN = /[ .,:;'!|()[\]{}ijlIftr-]/;
const WIDEST = /[mwMW%@]/;
const BROAD = /[A-Z0-9&#]/;
/** Bold text (the plan's labels) is about an eighth wider. */
const BOLD = 1.13;
const ELLIPSIS = '…';

function advanceOf(char: string): number {
  return WIDE.test(char) || WIDEST.test(char) ? 1 : THIN.test(char) ? 0.36 : BROAD.test(char) ? 0.74 : 0.62;
}

export interface FittedText {
  lines: string[];
  /** Some of the text did not fit; the last line ends in "…". */
  truncated: boolean;
}

/**
 * Breaks text into at most `maxLines` lines of at most `widthEm` (estimated), at spaces
 * where it can (a word longer than a line is broken anywhere), ending the last
 * line with "…" when text is left over. Works on code points, so a surrogate
 * pair is never split; line breaks and runs of spaces count as one space,
 * as SVG shows them.
 */
export function fitText(text: string, widthEm: number, maxLines: number, { bold = false } = {}): FittedText {
  const advance = bold ? (char: string) => BOLD * advanceOf(char) : advanceOf;
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let width = 0;
    while (end < chars.length && width + advance(chars[end]!) <= widthEm) width += advance(chars[end++]!);
    // A line narrower than one character still takes one, so the text always moves on.
    if (end === start) width += advance(chars[end++]!);
    if (end === chars.length) {
      lines.push(chars.slice(start).join(''));
      break;
    }
    if (lines.length === maxLines - 1) {
      const room = widthEm - advance(ELLIPSIS);
      while (end > start && width > room) width -= advance(chars[--end]!);
      lines.push(`${chars.slice(start, end).join('').trimEnd()}${ELLIPSIS}`);
      return { lines, truncated: true };
    }
    const space = chars.lastIndexOf(' ', end);
    if (space > start) end = space;
    lines.push(chars.slice(start, end).join('').trimEnd());
    start = end;
    while (chars[start] === ' ') start++;
  }
  return { lines, truncated: false };
}
