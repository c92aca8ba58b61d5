import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { lineAt } from '../../src/domain/text/line-position';
import type { YamlEdit, YamlPath } from '../../src/domain/yaml-edit';
import { ROOT } from './files';

/** Every YAML file in scenarios/ and under tests/fixtures, as repository-relative paths. */
export function yamlFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.ya?ml$/.test(name) ? [relative(ROOT, path)] : [];
    });
  return [...walk(join(ROOT, 'scenarios')), ...walk(join(ROOT, 'tests/fixtures'))].sort();
}

/** Whether the YAML library reads the text without errors. */
export function parses(text: string): boolean {
  return parseDocument(text).errors.length === 0;
}

/** The data a text reads as; throws (failing the test) if it does not read. */
export function dataOf(text: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`the text does not parse: ${doc.errors[0]!.message}\n${text}`);
  return doc.toJS();
}

/** The 0-based line of each offset. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => lineAt(starts, offset);
}

/** Lines [first, last] (0-based, inclusive) a node's entry is written on: from its key (or its value, in a list) to the end of its value. */
export interface Span {
  first: number;
  last: number;
}

export interface NodeInfo {
  path: YamlPath;
  node: Node | null;
  span: Span;
  kind: 'map' | 'list' | 'scalar';
  /** Written in flow style (`{...}`, `[...]`), or inside a collection that is. */
  flow: boolean;
  /** For collections: how many entries they have. */
  size: number;
}

/** Every node of a document with its path and the lines of its entry. */
export function nodesOf(text: string): NodeInfo[] {
  const doc = parseDocument(text) as Document.Parsed;
  const line = lineIndex(text);
  const out: NodeInfo[] = [];
  const end = (node: Node | null, fallback: number) => (node?.range ? Math.max(node.range[0], node.range[1] - 1) : fallback);
  // A block collection's own range runs on over the comments after it; its lines end with its last entry's.
  const visit = (node: Node | null, path: YamlPath, from: number, inFlow = false): Span => {
    const kind = isMap(node) ? 'map' : isSeq(node) ? 'list' : 'scalar';
    const flow = inFlow || ((isMap(node) || isSeq(node)) && node.flow === true);
    const info: NodeInfo = { path, node, span: { first: line(from), last: line(end(node, from)) }, kind, flow, size: isMap(node) || isSeq(node) ? node.items.length : 0 };
    out.push(info);
    const spans: Span[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = pair.key as Node;
        spans.push(visit(pair.value as Node | null, [...path, String((pair.key as { value: unknown }).value)], key.range![0], flow));
      }
    } else if (isSeq(node)) {
      // A block list's entry starts at its dash, which may stand on a line of its own.
      const start = (item: Node | null) => (item?.range ? (flow ? item.range[0] : text.lastIndexOf('-', item.range[0])) : from);
      node.items.forEach((item, i) => spans.push(visit(item as Node | null, [...path, i], start(item as Node | null), flow)));
    }
    if (!flow && spans.length > 0) info.span.last = spans[spans.length - 1]!.last;
    return info.span;
  };
  visit(doc.contents as Node | null, [], (doc.contents as Node | null)?.range?.[0] ?? 0);
  return out;
}

/**
 * Fails unless two data values are deeply equal (numbers by Object.is).
 * Data with keys such as `valueOf` and `constructor` is compared by Node's
 * own check, since expect's matchers call methods by those names.
 */
export function expectSameData(actual: unknown, expected: unknown, at = '(top level)'): void {
  if (isDeepStrictEqual(actual, expected)) return;
  if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object' && Array.isArray(actual) === Array.isArray(expected)) {
    const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    for (const key of keys) expectSameData(a[key], e[key], `${at}.${key}`);
    if (keys.join() !== Object.keys(actual).join()) throw new Error(`${at}: keys ${JSON.stringify(Object.keys(actual))}, expected ${JSON.stringify(Object.keys(expected))}`);
  }
  throw new Error(`${at}: ${JSON.stringify(actual)} (${Object.is(actual, -0) ? '-0' : typeof actual}), expected ${JSON.stringify(expected)} (${Object.is(expected, -0) ? '-0' : typeof expected})`);
}

/**
 * A check that an edit of `before` changed none of its lines outside [first,
 * last] (0-based): the lines before and after that range are still there,
 * whole, at the start and end of the result.
 */
export function onlyLinesChanged(before: string): (after: string, span: Span) => void {
  const starts = [0];
  for (let i = 0; i < before.length; i++) if (before[i] === '\n') starts.push(i + 1);
  return (after, { first, last }) => {
    const head = before.slice(0, starts[first] ?? before.length);
    const tail = before.slice(starts[last + 1] ?? before.length);
    if (!after.startsWith(head) || !after.endsWith(tail) || after.length < head.length + tail.length) {
      throw new Error(`lines outside ${first + 1}-${last + 1} changed:\n${after.slice(0, 3000)}`);
    }
  };
}

/** What the data should be after an edit, by the edit's meaning. */
export function expectedAfter(data: unknown, edit: YamlEdit): unknown {
  return applyToData(structuredClone(data), edit);
}

/** The edit made on the data itself (which it changes). Keys are defined, so `__proto__` is a key like another. */
export function applyToData(copy: unknown, edit: YamlEdit): unknown {
  const path = edit.path;
  // Own properties only: a key named `toString` that is not there is missing, not Object.prototype's method.
  const get = (node: unknown, segment: string | number) => (Object.hasOwn(node as object, segment) ? (node as Record<string | number, unknown>)[segment] : undefined);
  const parentOf = (p: YamlPath) => p.slice(0, -1).reduce<unknown>(get, copy) as Record<string | number, unknown>;
  const put = (target: Record<string | number, unknown>, key: string | number, value: unknown) => {
    if (Array.isArray(target)) target[key as number] = value;
    else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  };
  switch (edit.kind) {
    case 'set':
      put(parentOf(path), path[path.length - 1]!, edit.value);
      return copy;
    case 'delete': {
      const parent = parentOf(path);
      const last = path[path.length - 1]!;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      return copy;
    }
    case 'insert': {
      const parent = path.length === 0 ? undefined : parentOf(path);
      const list = parent ? get(parent, path[path.length - 1]!) : copy;
      if (list === undefined || list === null) put(parent!, path[path.length - 1]!, [edit.value]);
      else (list as unknown[]).splice(edit.index, 0, edit.value);
      return copy;
    }
    case 'move': {
      const list = (path.length === 0 ? copy : get(parentOf(path), path[path.length - 1]!)) as unknown[];
      list.splice(edit.to, 0, ...list.splice(edit.from, 1));
      return copy;
    }
  }
}
