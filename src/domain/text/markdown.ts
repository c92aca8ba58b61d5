import { oneLine } from './controls';

/**
 * Text from scenario files and users, made safe to place inside a line of
 * Markdown: it renders as the same characters (controls shown as visible
 * escapes) and cannot open a link, autolink, mention, image, table cell, code
 * span, emphasis, math or HTML tag, nor break the line. GitHub-flavoured
 * Markdown turns bare `https://…`, `www.…` and `name@host` into links, so the
 * `:` before `//`, the `.` after `www` and every `@` are escaped too.
 */
export function mdInline(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~#!&@$]/g, (ch) => `\\${ch}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** As `mdInline`, for text that starts a line: it cannot open a heading, list, rule or indented code block either. */
export function mdLine(text: string): string {
  return mdLineStart(mdInline(text));
}

/** Escapes what would open a block at the start of a line already escaped by `mdInline` (the runs of a line are escaped one by one). */
export function mdLineStart(markdown: string): string {
  return markdown
    .replace(/^ +/, '')
    .replace(/^[+\-=]/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
