import { Composer, CST, Parser } from 'yaml';
import { itemsOffset, replaceAt, spliceItems, valueOffset, type Edited, type Step } from './locate';
import { entryIndices, indicatorEnd, isEntry, itemLayout, sourceLength, textLength, type Collection, type Item } from './tree';

/**
 * A stretch of the document's text that an edit rewrites: whole items of
 * one block collection, written out from the start of their first line
 * (`column` spaces stand for what precedes the first item on its line).
 * After the edit the text is parsed again on its own, at the same columns,
 * and its tokens replace the old ones; the rest of the tree is untouched.
 */
export interface Region {
  text: string;
  column: number;
  /** The collection being edited, and where its first item's text starts in `text`. */
  collection: Collection;
  base: number;
  /** Offsets in `text` of the edited collection's entries: where each begins and where its content ends. */
  entries: Array<{ raw: number; begin: number; contentEnd: number }>;
  /** When the text holds the key (or dash) of the entry that holds the collection: the offset just after it and any anchor or tag. */
  keyEnd?: number;
  /** The parsed new text in place of the old: the new tree and the change to the text, or a problem. */
  graft(text: string): Edited | string;
}

/** Items [from, to) of the collection at `depth`. */
export function itemsRegion(document: CST.Document, steps: readonly Step[], depth: number, collection: Collection, from: number, to: number): Region {
  const column = columnBefore(collection, from);
  const text = ' '.repeat(column) + collection.items.slice(from, to).map(CST.stringify).join('');
  return {
    text,
    column,
    collection,
    base: column,
    entries: entriesOf(collection, column, from, to),
    graft(next) {
      const items = readItems(next, column, collection);
      if (typeof items === 'string') return items;
      const start = itemsOffset(collection, from, valueOffset(document, steps, depth));
      return {
        document: replaceAt(document, steps, depth, spliceItems(collection, from, to, items)),
        splice: { from: start, to: start + text.length - column, text: next.slice(column) },
      };
    },
  };
}

/**
 * The entry that holds the collection at `depth` (its key and all), so that
 * what sits between the key and the collection's first entry (comments, the
 * line break) can change too.
 */
export function containerRegion(document: CST.Document, steps: readonly Step[], depth: number, collection: Collection): Region {
  const { collection: outer, raw } = steps[depth - 1]!;
  let end = raw + 1;
  while (end < outer.items.length && !isEntry(outer, outer.items[end]!)) end++;
  const region = itemsRegion(document, steps, depth - 1, outer, raw, end);
  const base = region.column + itemLayout(outer.items[raw]!).valueStart;
  return { ...region, collection, base, entries: entriesOf(collection, base, 0, collection.items.length), keyEnd: region.column + indicatorEnd(outer.items[raw]!, true) };
}

/**
 * The key (or dash) of the entry holding the collection at `depth`, what
 * follows it up to the first entry, and items [0, to) of the collection: the
 * first entries with whatever precedes them, at the cost of those entries
 * alone rather than the whole collection.
 */
export function headRegion(document: CST.Document, steps: readonly Step[], depth: number, collection: Collection, to: number): Region {
  const { collection: outer, raw } = steps[depth - 1]!;
  const holder = outer.items[raw]!;
  const dash = holder.start.findIndex((t) => t.type === 'seq-item-ind');
  const kept = dash < 0 ? holder.start : holder.start.slice(0, dash);
  const head: Item = { ...holder, start: holder.start.slice(kept.length), value: undefined };
  const column = outer.indent;
  const base = column + textLength(head);
  const text = ' '.repeat(column) + CST.stringify(head) + collection.items.slice(0, to).map(CST.stringify).join('');
  return {
    text,
    column,
    collection,
    base,
    entries: entriesOf(collection, base, 0, to),
    keyEnd: column + indicatorEnd(head, true),
    graft(next) {
      const items = readItems(next, column, outer);
      if (typeof items === 'string') return items;
      const [entry, ...after] = items;
      const value = entry!.value;
      if (!value || value.type !== collection.type || value.indent !== collection.indent) return 'the edited text would change the shape of the document around it';
      // Comments the parser put after the entry (shallower than the collection) close the collection's part of the text.
      const trailing = after.flatMap((item) => item.start);
      const inner = [...(value as Collection).items, ...(trailing.length > 0 ? [{ start: trailing }] : []), ...collection.items.slice(to)];
      const rebuilt: Item = { ...entry!, start: [...kept, ...entry!.start], value: { ...value, items: inner } as Collection };
      const start = itemsOffset(outer, raw, valueOffset(document, steps, depth - 1)) + sourceLength(kept);
      return {
        document: replaceAt(document, steps, depth - 1, spliceItems(outer, raw, raw + 1, [rebuilt])),
        splice: { from: start, to: start + text.length - column, text: next.slice(column) },
      };
    },
  };
}

/** The whole document, for the top-level collection. */
export function documentRegion(document: CST.Document, collection: Collection): Region {
  const base = sourceLength(document.start);
  const text = CST.stringify(document);
  return {
    text,
    column: 0,
    collection,
    base,
    entries: entriesOf(collection, base, 0, collection.items.length),
    graft(next) {
      const parsed = parseRegion(next);
      if (typeof parsed === 'string') return parsed;
      const { before, doc } = parsed;
      return { document: { ...doc, start: [...before, ...doc.start] }, splice: { from: 0, to: text.length, text: next } };
    },
  };
}

function entriesOf(collection: Collection, base: number, from: number, to: number): Region['entries'] {
  const out: Region['entries'] = [];
  let offset = base;
  for (let raw = from; raw < to; raw++) {
    const item = collection.items[raw]!;
    if (isEntry(collection, item)) {
      const layout = itemLayout(item);
      out.push({ raw, begin: offset + layout.begin, contentEnd: offset + layout.contentEnd });
    }
    offset += textLength(item);
  }
  return out;
}

/** The column at which item `raw` of a block collection starts: its first item starts at the collection's indent. */
function columnBefore(collection: Collection, raw: number): number {
  let after = 0;
  for (let i = raw - 1; i >= 0; i--) {
    const text = CST.stringify(collection.items[i]!);
    const newline = text.lastIndexOf('\n');
    if (newline >= 0) return after + text.length - newline - 1;
    after += text.length;
  }
  return collection.indent + after;
}

type Parsed = { before: CST.SourceToken[]; doc: CST.Document };

/** A piece of text parsed on its own as one document, with what precedes the document (comments at its start). */
export function parseRegion(text: string): Parsed | string {
  const tokens = [...new Parser().parse(text)];
  const docs = tokens.filter((t): t is CST.Document => t.type === 'document');
  if (docs.length !== 1) return 'the edited text would not stay one YAML document';
  for (const doc of new Composer({ logLevel: 'silent' }).compose(tokens, true, text.length)) {
    if (doc.errors.length > 0) return `the edited text would not be valid YAML (${doc.errors[0]!.message.split('\n')[0]})`;
  }
  const at = tokens.indexOf(docs[0]!);
  if (at !== tokens.length - 1) return 'the edited text would not stay one YAML document';
  return { before: tokens.slice(0, at) as CST.SourceToken[], doc: docs[0]! };
}

/**
 * The items of a region's new text, parsed on its own: a collection of the
 * same kind at the same indent, with whatever the parser put around it
 * (leading comments, trailing ones at a shallower indent) kept as items.
 */
function readItems(text: string, column: number, like: Collection): Item[] | string {
  const parsed = parseRegion(text);
  if (typeof parsed === 'string') return parsed;
  const { before, doc } = parsed;
  const value = doc.value;
  if (!value || value.type !== like.type || value.indent !== like.indent) return 'the edited text would change the shape of the document around it';
  const items = (value as Collection).items.slice();
  const lead = stripColumn([...before, ...doc.start, ...items[0]!.start], column);
  if (lead === undefined) return 'the edited text would not line up with the text before it';
  items[0] = { ...items[0]!, start: lead };
  if (doc.end && doc.end.length > 0) items.push({ start: doc.end });
  if (items.map(CST.stringify).join('') !== text.slice(column)) return 'the edited text could not be read back exactly';
  if (entryIndices({ ...(value as Collection), items } as Collection).length === 0) return 'the edited text would leave the collection without entries';
  return items;
}

/** The tokens without the `column` spaces that stood in for the text before the region on its first line. */
function stripColumn(tokens: CST.SourceToken[], column: number): CST.SourceToken[] | undefined {
  if (column === 0) return tokens;
  const first = tokens[0];
  if (first?.type !== 'space' || first.source.length < column || /[^ ]/.test(first.source.slice(0, column))) return undefined;
  return first.source.length === column ? tokens.slice(1) : [{ ...first, source: first.source.slice(column) }, ...tokens.slice(1)];
}
