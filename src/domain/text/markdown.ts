/**
 * Text from scenario files and users, made safe to place inside a line of
 * Markdown: it renders as the same characters and cannot open a link, table
 * cell, code span, emphasis or HTML tag, nor break the line.
 */
export function mdInline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~#!&]/g, (ch) => `\\${ch}`);
}

/** As `mdInline`, for text that starts a line: it cannot open a heading, list or rule either. */
export function mdLine(text: string): string {
  return mdInline(text)
    .replace(/^[+\-=]/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
