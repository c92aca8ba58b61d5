import { CST } from 'yaml';

/** What the library's syntax tree calls a collection, and one entry (or comment-only line group) of one. */
export type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
export type Item = CST.CollectionItem;

export const isCollection = (token: CST.Token | null | undefined): token is Collection => CST.isCollection(token);
export const isFlow = (c: Collection): c is CST.FlowCollection => c.type === 'flow-collection';
export const isMapToken = (c: Collection): boolean => c.type === 'block-map' || (c.type === 'flow-collection' && c.start.type === 'flow-map-start');
/** Whether a flow collection has spaces inside its brackets: `{ a: 1 }` rather than `{a: 1}`. */
export const padded = (c: CST.FlowCollection): boolean => c.items[0]?.start[0]?.type === 'space';

/**
 * Whether an item is an entry: the parser also makes items of comments alone
 * (after a collection's last entry, or a trailing comma), which the data never sees.
 */
export function isEntry(c: Collection, item: Item): boolean {
  if (c.type === 'block-seq') return item.start.some((t) => t.type === 'seq-item-ind');
  return item.key !== undefined || item.sep !== undefined || item.value !== undefined;
}

/** Positions in `items` of the collection's entries, in order. */
export function entryIndices(c: Collection): number[] {
  const out: number[] = [];
  c.items.forEach((item, i) => {
    if (isEntry(c, item)) out.push(i);
  });
  return out;
}

/** A map entry's key as text, or undefined for a key that is not a scalar. */
export function keyText(item: Item): string | undefined {
  if (!item.key) return undefined;
  return CST.resolveAsScalar(item.key, false, () => undefined)?.value;
}

export const sourceLength = (tokens: readonly CST.SourceToken[] | undefined): number => (tokens ? tokens.reduce((n, t) => n + t.source.length, 0) : 0);

// Tokens are never changed once made (an edit copies what it changes), so a length, once summed, holds.
const lengths = new WeakMap<object, number>();

/** Length of a token's or item's text, summed without building the text. */
export function textLength(t: CST.Token | Item): number {
  const known = lengths.get(t);
  if (known !== undefined) return known;
  let length: number;
  if (!('type' in t)) length = sourceLength(t.start) + (t.key ? textLength(t.key) : 0) + sourceLength(t.sep) + (t.value ? textLength(t.value) : 0);
  else if (t.type === 'block-map' || t.type === 'block-seq') length = itemsLength(t.items);
  else if (t.type === 'flow-collection') length = t.start.source.length + itemsLength(t.items) + sourceLength(t.end);
  else if (t.type === 'block-scalar') return sourceLength(t.props as CST.SourceToken[]) + t.source.length;
  else if (t.type === 'document') return sourceLength(t.start) + (t.value ? textLength(t.value) : 0) + sourceLength(t.end);
  else return t.source.length + ('end' in t ? sourceLength(t.end) : 0);
  lengths.set(t, length);
  return length;
}

function itemsLength(items: readonly Item[]): number {
  let n = 0;
  for (const item of items) n += textLength(item);
  return n;
}

// A comma before a flow collection's entry is punctuation, not the entry's content.
const CONTENT_LESS = new Set(['space', 'newline', 'comment', 'comma']);

/** Offsets within an item's text: where its entry begins (its indicator or key) and where its content ends. */
export interface ItemLayout {
  /** The first character that is not indentation, a blank line or a comment above the entry. */
  begin: number;
  /** After the key and separator: where the value token starts. */
  valueStart: number;
  /** After the last character of content (what follows is spaces, a comment, line breaks). */
  contentEnd: number;
  length: number;
}

export function itemLayout(item: Item): ItemLayout {
  const start = item.start;
  let begin = 0;
  let i = 0;
  for (; i < start.length && CONTENT_LESS.has(start[i]!.type); i++) begin += start[i]!.source.length;
  const startLength = sourceLength(start);
  const keyLength = item.key ? textLength(item.key) : 0;
  const valueStart = startLength + keyLength + sourceLength(item.sep);
  let contentEnd: number;
  if (item.value) contentEnd = valueStart + contentLength(item.value);
  else if (item.sep) contentEnd = startLength + keyLength + endOfLast(item.sep, (t) => !CONTENT_LESS.has(t.type));
  else if (item.key) contentEnd = startLength + contentLength(item.key);
  else contentEnd = endOfLast(start, (t) => !CONTENT_LESS.has(t.type));
  return { begin, valueStart, contentEnd, length: valueStart + (item.value ? textLength(item.value) : 0) };
}

/** Length of a token's text up to the end of its content, leaving out trailing spaces, comments and line breaks. */
export function contentLength(token: CST.Token): number {
  switch (token.type) {
    case 'block-scalar': {
      const props = sourceLength(token.props as CST.SourceToken[]);
      // The body's last line break ends the scalar's last line; with no body, the header is all there is.
      if (token.source === '') return (token.props[0] as CST.SourceToken).source.length;
      return props + token.source.length - (token.source.endsWith('\n') ? 1 : 0) - (token.source.endsWith('\r\n') ? 1 : 0);
    }
    case 'flow-collection': {
      const close = token.end[0];
      const closed = close && (close.type === 'flow-map-end' || close.type === 'flow-seq-end');
      return token.start.source.length + token.items.reduce((n, item) => n + textLength(item), 0) + (closed ? close.source.length : 0);
    }
    case 'block-map':
    case 'block-seq': {
      const entries = entryIndices(token);
      const last = entries[entries.length - 1];
      if (last === undefined) return 0;
      let before = 0;
      for (let i = 0; i < last; i++) before += textLength(token.items[i]!);
      return before + itemLayout(token.items[last]!).contentEnd;
    }
    default:
      return 'source' in token ? token.source.length : 0;
  }
}

function endOfLast(tokens: readonly CST.SourceToken[], counts: (t: CST.SourceToken) => boolean): number {
  let offset = 0;
  let end = 0;
  for (const t of tokens) {
    offset += t.source.length;
    if (counts(t)) end = offset;
  }
  return end;
}

/**
 * Offset in an entry's text just after its indicator (the `:` of a map
 * entry, the `-` of a list entry), and with `props` after an anchor or tag
 * that follows it on its line.
 */
export function indicatorEnd(item: Item, props = false): number {
  let offset = item.sep ? sourceLength(item.start) + (item.key ? textLength(item.key) : 0) : 0;
  let end = offset;
  let seen = false;
  for (const t of item.sep ?? item.start) {
    offset += t.source.length;
    const indicator = t.type === 'map-value-ind' || t.type === 'seq-item-ind';
    if (indicator || (seen && props && (t.type === 'anchor' || t.type === 'tag'))) end = offset;
    seen ||= indicator;
    if (seen && t.type === 'newline') break;
  }
  return end;
}
