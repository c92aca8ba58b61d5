import type { CST } from 'yaml';
import { formatPath } from '../scenario/problems';
import { q } from '../text/quote';
import { entryIndices, isCollection, isMapToken, keyText, sourceLength, textLength, type Collection, type Item } from './tree';

export type YamlPath = ReadonlyArray<string | number>;

/** One step down a path: the entry `raw` (a position in `collection.items`) holds the next value. */
export interface Step {
  collection: Collection;
  raw: number;
}

export type Located =
  /** Every segment exists; `steps` has one step per segment. */
  | { found: true; steps: Step[] }
  /** All but the last segment exist and lead to a map without the last key. */
  | { found: false; steps: Step[]; map: Collection; key: string }
  | { problem: string };

/** The value token the first `depth` steps lead to (the document's content at depth 0). */
export function valueAt(document: CST.Document, steps: readonly Step[], depth: number): CST.Token | undefined {
  if (depth === 0) return document.value;
  const { collection, raw } = steps[depth - 1]!;
  return collection.items[raw]!.value;
}

/** The entry of a map with this key, or of a list at this index, as a position in `items`. */
export function findEntry(collection: Collection, segment: string | number): number | undefined {
  const entries = entryIndices(collection);
  if (isMapToken(collection)) return entries.find((raw) => keyText(collection.items[raw]!) === String(segment));
  return typeof segment === 'number' ? entries[segment] : undefined;
}

/** Follows the path through the tree. Keys are compared as text, so `constructor` is a key like any other. */
export function locate(document: CST.Document, path: YamlPath): Located {
  const steps: Step[] = [];
  for (let depth = 0; depth < path.length; depth++) {
    const segment = path[depth]!;
    const here = formatPath(path.slice(0, depth));
    const value = valueAt(document, steps, depth);
    if (value?.type === 'alias') return { problem: `${here} is an alias (${value.source}) of a value written elsewhere; edit that value instead` };
    if (!isCollection(value)) return { problem: `${here} is ${value ? 'a single value' : 'empty'}, not a map or a list, so it has no ${describe(segment)}` };
    if (isMapToken(value)) {
      const raw = findEntry(value, segment);
      if (raw === undefined) {
        if (depth === path.length - 1) return { found: false, steps, map: value, key: String(segment) };
        return { problem: `${here} has no key ${q(String(segment))}` };
      }
      steps.push({ collection: value, raw });
      continue;
    }
    if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0) {
      return { problem: `${here} is a list, whose items are reached by a whole number from 0, not by ${typeof segment === 'number' ? segment : q(segment)}` };
    }
    const raw = findEntry(value, segment);
    if (raw === undefined) return { problem: `${here} has ${count(entryIndices(value).length)}, so there is no item ${segment}` };
    if (value.items[raw]!.sep) return { problem: `${formatPath(path.slice(0, depth + 1))} is a one-pair map written inside a list as "key: value"; edit it in the text` };
    steps.push({ collection: value, raw });
  }
  return { found: true, steps };
}

export function count(n: number): string {
  return n === 1 ? '1 item' : `${n} items`;
}

function describe(segment: string | number): string {
  return typeof segment === 'number' ? `item ${segment}` : `key ${q(segment)}`;
}

/**
 * A document whose collection at `depth` (the value reached by that many
 * steps) is `replacement`. Only the collections and entries on the path are
 * copied; every other token is shared with the old tree.
 */
export function replaceAt(document: CST.Document, steps: readonly Step[], depth: number, replacement: CST.Token): CST.Document {
  let node = replacement;
  for (let i = depth - 1; i >= 0; i--) {
    const { collection, raw } = steps[i]!;
    const items = collection.items.slice();
    items[raw] = { ...items[raw]!, value: node };
    node = { ...collection, items } as Collection;
  }
  return { ...document, value: node };
}

/** A copy of the collection with items [from, to) replaced. */
export function spliceItems(collection: Collection, from: number, to: number, items: readonly Item[]): Collection {
  const next = collection.items.slice();
  next.splice(from, to - from, ...items);
  return { ...collection, items: next } as Collection;
}

/** Offset in the document token's text of the value reached by `depth` steps. */
export function valueOffset(document: CST.Document, steps: readonly Step[], depth: number): number {
  let offset = sourceLength(document.start);
  for (let i = 0; i < depth; i++) {
    const { collection, raw } = steps[i]!;
    offset = itemsOffset(collection, raw, offset);
    const item = collection.items[raw]!;
    offset += sourceLength(item.start) + (item.key ? textLength(item.key) : 0) + sourceLength(item.sep);
  }
  return offset;
}

/** Offset of item `raw` of a collection whose text starts at `offset`. */
export function itemsOffset(collection: Collection, raw: number, offset: number): number {
  let at = offset + (collection.type === 'flow-collection' ? collection.start.source.length : 0);
  for (let j = 0; j < raw; j++) at += textLength(collection.items[j]!);
  return at;
}

/** A change to the document token's text: [from, to) becomes `text`. */
export interface Splice {
  from: number;
  to: number;
  text: string;
}

/** A new tree and the change it makes to the text. */
export interface Edited {
  document: CST.Document;
  splice: Splice;
}
