import { Composer, CST, Parser } from 'yaml';
import { replaceAt, valueOffset, type Edited, type Step } from './locate';
import { pairLines, scalarSource, valueLines, type PlainScalar } from './render';
import { entryIndices, indicatorEnd, itemLayout, padded, textLength } from './tree';

/**
 * Edits inside a flow collection (`{ a: 1, b: 2 }`, `[x, y]`) are made on
 * its text from bracket to bracket, which is then parsed on its own and put
 * back; what follows the closing bracket on its line stays as it was. The
 * separators between entries are reused, so an entry added to a collection
 * written one entry a line goes on a line of its own.
 */
export interface FlowSite {
  document: CST.Document;
  steps: readonly Step[];
  depth: number;
  collection: CST.FlowCollection;
}

type Result = Edited | string;

interface Layout {
  text: string;
  open: string;
  close: string;
  entries: Array<{ raw: number; begin: number; valueFrom: number; contentEnd: number }>;
}

function layout(collection: CST.FlowCollection): Layout {
  const close = collection.end[0]?.type === 'flow-map-end' || collection.end[0]?.type === 'flow-seq-end' ? collection.end[0].source : '';
  const entries: Layout['entries'] = [];
  let offset = collection.start.source.length;
  const indices = new Set(entryIndices(collection));
  collection.items.forEach((item, raw) => {
    if (indices.has(raw)) {
      const l = itemLayout(item);
      const colon = item.sep ? indicatorEnd(item) : l.valueStart;
      entries.push({ raw, begin: offset + l.begin, valueFrom: offset + colon, contentEnd: offset + l.contentEnd });
    }
    offset += textLength(item);
  });
  const text = collection.start.source + collection.items.map(CST.stringify).join('') + close;
  return { text, open: collection.start.source, close, entries };
}

/** The text of a value inside this flow collection. */
export function flowValueText(value: unknown, collection: CST.FlowCollection): string {
  if (value === null || typeof value !== 'object') return (scalarSource(value as PlainScalar, { inFlow: true, bodyIndent: 0, width: 0, eol: '\n' }) as { source: string }).source;
  return valueLines(value, { flow: true, padding: padded(collection) })[0]!;
}

/** The text of a new `key: value` entry of this flow map. */
export function flowPairText(key: string, value: unknown, collection: CST.FlowCollection): string {
  return pairLines(key, value, { flow: true, padding: padded(collection) })[0]!;
}

export function flowDelete(site: FlowSite, position: number): Result {
  const { text, open, close, entries } = layout(site.collection);
  if (entries.length === 1) return graft(site, open + close);
  const [from, to] = position === 0 ? [entries[0]!.begin, entries[1]!.begin] : [entries[position - 1]!.contentEnd, entries[position]!.contentEnd];
  return graft(site, text.slice(0, from) + text.slice(to));
}

/** `entry` (a value, or `key: value`) inserted at `position`, separated as the entries around it are. */
export function flowInsert(site: FlowSite, position: number, entry: string): Result {
  const { text, open, close, entries } = layout(site.collection);
  const count = entries.length;
  if (count === 0) return graft(site, open + entry + close);
  const pair = Math.min(position, count - 2);
  const separator = count > 1 ? text.slice(entries[pair]!.contentEnd, entries[pair + 1]!.begin) : ', ';
  if (position === count) {
    const end = entries[count - 1]!.contentEnd;
    return graft(site, text.slice(0, end) + separator + entry + text.slice(end));
  }
  const begin = entries[position]!.begin;
  return graft(site, text.slice(0, begin) + entry + separator + text.slice(begin));
}

/** Entries keep their own text; the separators stay in place. */
export function flowMove(site: FlowSite, from: number, to: number): Result {
  const { text, entries } = layout(site.collection);
  const pieces = entries.map((e) => text.slice(e.begin, e.contentEnd));
  pieces.splice(to, 0, ...pieces.splice(from, 1));
  let out = text;
  for (let i = entries.length - 1; i >= 0; i--) out = out.slice(0, entries[i]!.begin) + pieces[i]! + out.slice(entries[i]!.contentEnd);
  return graft(site, out);
}

/** The value of entry `position` replaced by `written`, from just after its `:` (a list entry from its start). */
export function flowReplace(site: FlowSite, position: number, written: string): Result {
  const { text, entries } = layout(site.collection);
  const entry = entries[position]!;
  const item = site.collection.items[entry.raw]!;
  if (!item.sep && item.key) return graft(site, `${text.slice(0, entry.contentEnd)}: ${written}${text.slice(entry.contentEnd)}`);
  const from = item.sep ? entry.valueFrom : entry.begin;
  return graft(site, `${text.slice(0, from)}${item.sep ? ' ' : ''}${written}${text.slice(Math.max(entry.contentEnd, from))}`);
}

function graft(site: FlowSite, text: string): Result {
  const tokens = [...new Parser().parse(text)];
  const doc = tokens[0];
  if (tokens.length !== 1 || doc?.type !== 'document' || doc.start.length > 0 || (doc.end?.length ?? 0) > 0) return 'the edited collection would not read back as one flow collection';
  for (const composed of new Composer({ logLevel: 'silent' }).compose(tokens, true, text.length)) {
    if (composed.errors.length > 0) return `the edited collection would not be valid YAML (${composed.errors[0]!.message.split('\n')[0]})`;
  }
  const value = doc.value;
  if (value?.type !== 'flow-collection' || value.start.source !== site.collection.start.source || CST.stringify(value) !== text) {
    return 'the edited collection would not read back as one flow collection';
  }
  // What followed the closing bracket (a comment, the line break) stays.
  const token: CST.FlowCollection = { ...value, end: [...value.end, ...site.collection.end.slice(1)] };
  const from = valueOffset(site.document, site.steps, site.depth);
  return { document: replaceAt(site.document, site.steps, site.depth, token), splice: { from, to: from + layout(site.collection).text.length, text } };
}
