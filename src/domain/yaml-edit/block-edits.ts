import { CST } from 'yaml';
import { emptied, insertBlock, lineModel, moveBlock, removeBlock, type LineModel } from './block-lines';
import type { Edited, Step } from './locate';
import { containerRegion, documentRegion, headRegion, itemsRegion, type Region } from './region';
import { entryLines, pairLines, scalarSource, valueLines, type CollectionStyle, type PlainScalar, type ScalarStyle } from './render';
import { isScalarToken, styleOf } from './scalar-swap';
import { entryIndices, indicatorEnd, isCollection, isFlow, isMapToken, itemLayout, padded, type Collection, type Item } from './tree';

/** A block collection being edited: the tree, the path to the collection and the text's line break. */
export interface BlockSite {
  document: CST.Document;
  steps: readonly Step[];
  /** The collection is the value reached by this many steps. */
  depth: number;
  collection: Collection;
  eol: string;
}

type Result = Edited | string;

/** Entry `position` removed; a collection left without entries is written `[]` or `{}` after its key. */
export function deleteEntry(site: BlockSite, position: number): Result {
  const entries = entryIndices(site.collection);
  if (entries.length === 1) return emptyCollection(site);
  if (position === 0) return editEntries(site, 0, 1, (model) => removeBlock(model, 0));
  // The next entry comes too when comments open it: they may be notes on the removed entry's content.
  const next = entries[position + 1];
  const notes = next !== undefined && site.collection.items[next]!.start.some((t) => t.type === 'comment');
  return editEntries(site, position - 1, notes ? position + 1 : position, (model, base) => removeBlock(model, position - base));
}

/** A new entry at `position` (up to the number of entries); `lines` are its block, indented and each ending in a line break. */
export function insertEntry(site: BlockSite, position: number, lines: string[]): Result {
  const count = entryIndices(site.collection).length;
  const [first, last] = position === 0 ? [0, Math.min(1, count - 1)] : position === count ? [count - 1, count - 1] : [position, position];
  return editEntries(site, first, last, (model, base) => insertBlock(model, position - base, lines));
}

export function moveEntry(site: BlockSite, from: number, to: number): Result {
  const first = Math.min(from, to);
  return editEntries(site, first, Math.max(from, to), (model, base) => moveBlock(model, from - base, to - base));
}

/**
 * Rewrites entries [first, last] of the collection and what lies between
 * them. The text edited is those entries alone when that is enough: after
 * the edit it still starts where they started (the first entry's line
 * holds nothing but indentation before the key, or no comment sits between
 * the collection's key and its first entry). Otherwise, or if the short text
 * does not read back, it is the entry that holds the collection, or the
 * document. `edit` gets the model and the position of its first block among
 * the entries.
 */
function editEntries(site: BlockSite, first: number, last: number, edit: (model: LineModel, base: number) => string): Result {
  const { document, steps, depth, collection, eol } = site;
  const entries = entryIndices(collection);
  const to = last + 1 < entries.length ? entries[last + 1]! : collection.items.length;
  const attempts: Array<() => { region: Region; model: LineModel; base: number }> = [];
  if (first > 0 || (entries[0] === 0 && !commentBeforeFirst(site))) {
    attempts.push(() => {
      const region = itemsRegion(document, steps, depth, collection, entries[first]!, to);
      return { region, model: lineModel(region, eol, -1, first === 0), base: first };
    });
  }
  attempts.push(() => ({ ...whole(site, to), base: 0 }));
  let problem = '';
  for (const attempt of attempts) {
    const { region, model, base } = attempt();
    const result = region.graft(edit(model, base));
    if (typeof result !== 'string') return result;
    problem = result;
  }
  return problem;
}

/** The collection's items [0, to) with what precedes its first entry: from the key of the entry holding it, or the document's start. */
function whole(site: BlockSite, to: number): { region: Region; model: LineModel } {
  const { document, steps, depth, collection, eol } = site;
  const region = depth === 0 ? documentRegion(document, collection) : headRegion(document, steps, depth, collection, to);
  return { region, model: lineModel(region, eol, headLine(region), true) };
}

/** The line of the region's text that holds the collection's key (or dash), or -1. */
const headLine = (region: Region) => (region.keyEnd === undefined ? -1 : region.text.slice(0, region.keyEnd).split('\n').length - 1);

function emptyCollection(site: BlockSite): Result {
  const { document, steps, depth, collection, eol } = site;
  const region = depth === 0 ? documentRegion(document, collection) : containerRegion(document, steps, depth, collection);
  const model = lineModel(region, eol, headLine(region), true);
  // After a key (`key: []`); where the collection is a list entry's or the document's, on a line of its own.
  const afterKey = depth > 0 && steps[depth - 1]!.collection.type === 'block-map' ? region.keyEnd : undefined;
  return region.graft(emptied(model, isMapToken(collection) ? '{}' : '[]', afterKey));
}

/** Whether comments sit between the collection's key (or dash) and its first entry. */
function commentBeforeFirst({ document, steps, depth }: BlockSite): boolean {
  if (depth === 0) return document.start.some((t) => t.type === 'comment');
  return afterIndicatorTokens(steps[depth - 1]!).some((t) => t.type === 'comment');
}

/** The tokens of an entry from its `:` (map) or `-` (list) to its value. */
function afterIndicatorTokens({ collection, raw }: Step): CST.SourceToken[] {
  const item = collection.items[raw]!;
  return item.sep ?? item.start.slice(item.start.findIndex((t) => t.type === 'seq-item-ind'));
}

/**
 * The entry's value replaced by `value`, from just after its `:` or `-` (a
 * tag there, which would change what the new value reads as, goes too) to
 * the end of the value's last line; a comment on the key's line is kept
 * there. Whatever follows the value's last line stays as it is.
 */
export function replaceValue(site: BlockSite, raw: number, value: unknown, blockless: boolean): Result {
  const { document, steps, depth, collection, eol } = site;
  const region = itemsRegion(document, steps, depth, collection, raw, raw + 1);
  const from = region.column + indicatorEnd(collection.items[raw]!);
  const contentEnd = region.column + itemLayout(collection.items[raw]!).contentEnd;
  const newline = region.text.indexOf('\n', contentEnd);
  const lineEnd = newline < 0 ? region.text.length : region.text[newline - 1] === '\r' ? newline - 1 : newline;
  const comment = keyLineComment({ collection, raw }, region.text.slice(from, contentEnd).includes('\n'));
  const position = entryIndices(collection).indexOf(raw);
  return region.graft(region.text.slice(0, from) + afterIndicator(value, collection, position, { comment, eol, blockless }) + region.text.slice(lineEnd));
}

/** The text after an entry's `:` or `-` that writes `value`: on the same line, or as indented lines below. */
function afterIndicator(value: unknown, collection: Collection, position: number, { comment, eol, blockless }: { comment: string | undefined; eol: string; blockless: boolean }): string {
  const inner = collection.indent + 2;
  const note = comment ? ` ${comment}` : '';
  const old = collection.items[entryIndices(collection)[position]!]!.value;
  if (value === null || typeof value !== 'object') {
    const style: ScalarStyle | undefined = isScalarToken(old) ? styleOf(old) : undefined;
    const src = scalarSource(value as PlainScalar, { inFlow: false, bodyIndent: inner, width: 80, eol, blockless, ...(style ? { style } : {}) });
    return src.block ? ` ${src.header}${note}${eol}${src.body.slice(0, -eol.length)}` : ` ${src.source}${note}`;
  }
  if (Object.keys(value).length === 0) return ` ${Array.isArray(value) ? '[]' : '{}'}${note}`;
  const style = { ...styleFor(value, collection, position, true), blockless };
  if (style.flow) return ` ${valueLines(value, style)[0]}${note}`;
  const pad = (l: string) => (l === '' ? '' : ' '.repeat(inner) + l);
  if (collection.type === 'block-seq') {
    const [first, ...rest] = entryLines(value, style);
    return [` ${first}${note}`, ...rest.map(pad)].join(eol);
  }
  return [note, ...valueLines(value, style).map(pad)].join(eol);
}

/** The lines (each with its line break) of a new entry at `position` of a block collection, at its indent. */
export function entryBlock(collection: Collection, position: number, key: string | undefined, value: unknown, eol: string, blockless: boolean): string[] {
  const shape = value !== null && typeof value === 'object' && Object.keys(value).length > 0 ? styleFor(value, collection, position, false) : { flow: false, padding: false };
  const style = { ...shape, blockless };
  const indent = ' '.repeat(collection.indent);
  const lines =
    key === undefined
      ? entryLines(value, style).map((l, i) => (i === 0 ? `${indent}- ${l}` : l === '' ? l : `${indent}  ${l}`))
      : pairLines(key, value, style).map((l) => (l === '' ? l : indent + l));
  return lines.map((l) => l + eol);
}

/**
 * Flow or block for a collection written at `position`: one replacing a
 * non-empty flow collection stays flow, one replacing a block collection
 * stays block; otherwise it follows the nearest entry (before, then after)
 * that holds a collection (in a list, one of the same kind). A block one
 * copies that entry's nested flow collections.
 */
function styleFor(value: object, collection: Collection, position: number, replacing: boolean): CollectionStyle {
  const entries = entryIndices(collection);
  const old = replacing ? collection.items[entries[position]!]!.value : undefined;
  const near = [...entries.slice(0, position).reverse(), ...entries.slice(replacing ? position + 1 : position)];
  const nearest = near
    .map((r) => collection.items[r]!.value)
    .find((v): v is Collection => isCollection(v) && v.items.length > 0 && (collection.type === 'block-map' || isMapToken(v) === !Array.isArray(value)));
  const template = isCollection(old) && old.items.length > 0 ? old : nearest;
  if (template && isFlow(template)) return { flow: true, padding: padded(template) };
  const like = template && isMapToken(template) === !Array.isArray(value) ? template : undefined;
  const flowInside = like && firstFlow(like);
  return { flow: false, padding: flowInside ? padded(flowInside) : false, like };
}

/** The first non-empty flow collection among a block collection's values, looking deeper entry by entry. */
function firstFlow(collection: Collection): CST.FlowCollection | undefined {
  for (const raw of entryIndices(collection)) {
    const value = collection.items[raw]!.value;
    if (!isCollection(value)) continue;
    if (isFlow(value)) {
      if (value.items.length > 0) return value;
    } else {
      const inner = firstFlow(value);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The comment on the line of an entry's key or dash, kept when its value is replaced. */
function keyLineComment(step: Step, valueEndsBelow: boolean): string | undefined {
  const between = afterIndicatorTokens(step);
  const newline = between.findIndex((t) => t.type === 'newline');
  const onKeyLine = between.slice(0, newline < 0 ? between.length : newline).find((t) => t.type === 'comment');
  if (onKeyLine) return onKeyLine.source;
  const value: Item['value'] = step.collection.items[step.raw]!.value;
  if (value?.type === 'block-scalar') return (value.props as CST.SourceToken[]).find((t) => t.type === 'comment')?.source;
  if (!value || valueEndsBelow) return undefined;
  const trailing = value.type === 'flow-collection' ? value.end : 'end' in value ? (value.end as CST.SourceToken[] | undefined) : undefined;
  return trailing?.find((t) => t.type === 'comment')?.source;
}
