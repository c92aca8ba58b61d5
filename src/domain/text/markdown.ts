/**
 * Text from scenario files and users, made safe to place inline in Markdown:
 * it renders as the same characters and cannot open a heading, list, link,
 * table cell, code span or HTML tag.
 */
export function mdInline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~#!&]/g, (ch) => `\\${ch}`)
    .replace(/^[+\-=]/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
