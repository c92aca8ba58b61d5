import { Document, isMap, isScalar, isSeq, Scalar, visit, YAMLMap, YAMLSeq, type CST, type Node, type ToStringOptions } from 'yaml';
import { LIMITS } from '../scenario/limits';
import { findEntry } from './locate';
import { entryIndices, isCollection } from './tree';

/**
 * New YAML is written by the library's own stringifier, one piece at a time,
 * at the left margin; the caller indents it to where it goes. `compat`
 * quotes strings that YAML 1.1 tools would read as something else too
 * (`yes`, `on`, `1:20`), not only those YAML 1.2 would.
 */
const DOCUMENT_OPTIONS = { compat: 'yaml-1.1', aliasDuplicateObjects: false } as const;

/** No folding, one-line double quotes: what is written stays on the lines it is given. */
const ONE_LINE: ToStringOptions = { lineWidth: 0, minContentWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY, indent: 2, indentSeq: true };

export type ScalarStyle = Scalar.Type;

export type ScalarSource =
  | { block: false; source: string }
  /** `body` is every line of the block, indented and each ending in a line break. */
  | { block: true; header: string; body: string };

export interface ScalarPlace {
  inFlow: boolean;
  /** Indentation of a block scalar's lines. */
  bodyIndent: number;
  /** Longest line a folded block may have, indentation included. */
  width: number;
  eol: string;
  /** The style of the value being replaced, kept where the new value allows it. */
  style?: ScalarStyle;
  /** No block scalar: comment lines indented under the place would read as its text. */
  blockless?: boolean;
}

export type PlainScalar = string | number | boolean | null;

/** The source of a scalar written where `place` says. */
export function scalarSource(value: PlainScalar, place: ScalarPlace): ScalarSource {
  const doc = new Document(null, DOCUMENT_OPTIONS);
  const node = doc.createNode(value) as Scalar;
  if (typeof value === 'string') node.type = stringStyle(value, place);
  if (place.inFlow) {
    // Written as the one entry of a flow list, so the library quotes what a flow collection would misread (`,`, `[`, `}`).
    const list = new YAMLSeq();
    list.flow = true;
    list.items.push(node);
    doc.contents = list;
    return { block: false, source: trimEnd(doc.toString({ ...ONE_LINE, flowCollectionPadding: false })).slice(1, -1) };
  }
  doc.contents = node;
  const folded = node.type === Scalar.BLOCK_FOLDED;
  const text = trimEnd(doc.toString({ ...ONE_LINE, lineWidth: folded ? Math.max(20, place.width - place.bodyIndent) : 0 }));
  if (text[0] !== '|' && text[0] !== '>') return { block: false, source: text };
  const [header, ...lines] = text.split('\n');
  // An indentation digit in the header counts from the margin the block was written at; a value that
  // needs one (its first line starts with a space) is written double-quoted instead.
  if (/\d/.test(header!)) return scalarSource(value, { ...place, style: Scalar.QUOTE_DOUBLE, blockless: true });
  const pad = ' '.repeat(place.bodyIndent);
  return { block: true, header: header!, body: lines.map((l) => (l === '' ? '' : pad + l) + place.eol).join('') };
}

function stringStyle(value: string, place: ScalarPlace): ScalarStyle {
  const block = place.style === Scalar.BLOCK_FOLDED || place.style === Scalar.BLOCK_LITERAL;
  if (place.inFlow || place.blockless) return value.includes('\n') ? Scalar.QUOTE_DOUBLE : block || !place.style ? Scalar.PLAIN : place.style;
  if (value.includes('\n')) return block ? place.style! : Scalar.BLOCK_LITERAL;
  return place.style ?? Scalar.PLAIN;
}

export interface CollectionStyle {
  flow: boolean;
  /** Spaces inside a flow collection's brackets: `{ a: 1 }` rather than `{a: 1}`. */
  padding: boolean;
  /** A collection already in the text whose nested collections the new block one copies: flow where it has flow under the same key. */
  like?: CST.Token | undefined;
  /** No block scalars inside (see ScalarPlace). */
  blockless?: boolean;
}

/** A value as block lines at the left margin (no line breaks), or as one line in flow style. */
export function valueLines(value: unknown, style: CollectionStyle): string[] {
  const doc = new Document(null, DOCUMENT_OPTIONS);
  doc.contents = prepared(doc.createNode(value, { flow: style.flow }) as Node, style);
  return lines(doc, style);
}

/** `key: value` as block lines at the left margin, or as one line in flow style; the library quotes the key as a key. */
export function pairLines(key: string, value: unknown, style: CollectionStyle): string[] {
  const doc = new Document(null, DOCUMENT_OPTIONS);
  const map = new YAMLMap();
  const pair = doc.createPair(key, value, { flow: style.flow });
  pair.value = prepared(pair.value as Node, style);
  map.items.push(pair);
  map.flow = style.flow;
  doc.contents = map;
  const out = lines(doc, style);
  return style.flow ? [out[0]!.slice(style.padding ? 2 : 1, style.padding ? -2 : -1)] : out;
}

/** A list entry's value as lines after "- " (later lines at the left margin of the entry's content). */
export function entryLines(value: unknown, style: CollectionStyle): string[] {
  if (style.flow) return valueLines(value, style);
  const doc = new Document(null, DOCUMENT_OPTIONS);
  const seq = new YAMLSeq();
  seq.items.push(prepared(doc.createNode(value) as Node, style));
  doc.contents = seq;
  const [first, ...rest] = lines(doc, style);
  return [first!.slice(2), ...rest.map((l) => (l === '' ? l : l.slice(2)))];
}

function lines(doc: Document, style: CollectionStyle): string[] {
  return trimEnd(doc.toString({ ...ONE_LINE, flowCollectionPadding: style.padding })).split('\n');
}

/**
 * Strings inside a flow collection (or where no block scalar may go) keep to
 * one line: a line break is written `\n`, in double quotes. A block
 * collection takes the flow style of its template's nested collections.
 */
function prepared(node: Node, style: CollectionStyle): Node {
  if (style.flow || style.blockless) oneLine(node);
  if (!style.flow) shape(node, style.like);
  return node;
}

function oneLine(node: Node): void {
  const quote = (scalar: Scalar) => {
    if (typeof scalar.value === 'string' && scalar.value.includes('\n')) scalar.type = Scalar.QUOTE_DOUBLE;
  };
  if (isScalar(node)) quote(node);
  else visit(node, { Scalar: (_key, scalar) => quote(scalar) });
}

function shape(node: Node, like: CST.Token | undefined): void {
  if (!isCollection(like) || like.type === 'flow-collection') return;
  const follow = (child: unknown, template: CST.Token | undefined) => {
    if ((isMap(child) || isSeq(child)) && template?.type === 'flow-collection' && template.items.length > 0) oneLine(Object.assign(child, { flow: true }));
    else if (isMap(child) || isSeq(child)) shape(child, template);
  };
  if (isMap(node) && like.type === 'block-map') {
    for (const pair of node.items) {
      const raw = isScalar(pair.key) ? findEntry(like, String(pair.key.value)) : undefined;
      follow(pair.value, raw === undefined ? undefined : like.items[raw]!.value);
    }
  } else if (isSeq(node) && like.type === 'block-seq') {
    const first = entryIndices(like)[0];
    for (const item of node.items) follow(item, first === undefined ? undefined : like.items[first]!.value);
  }
}

const trimEnd = (text: string) => text.replace(/\n$/, '');

/**
 * Why a value cannot be written as plain YAML data (strings, numbers,
 * booleans, null, arrays and plain objects), or undefined when it can.
 * `at` is where in the value, as `.key[0]`.
 */
export function plainDataProblem(value: unknown, at = '', depth = 0, within: unknown[] = []): string | undefined {
  const where = at === '' ? 'the value' : `the value at ${at}`;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return undefined;
  if (typeof value !== 'object') return `${where} is ${value === undefined ? 'undefined' : `a ${typeof value}`}, which YAML cannot hold`;
  if (depth >= LIMITS.depth) return `${where} nests deeper than ${LIMITS.depth} levels`;
  if (within.includes(value)) return `${where} contains itself`;
  const inner = [...within, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `the value at ${at}[${i}] is a hole in the array`;
      const problem = plainDataProblem(value[i], `${at}[${i}]`, depth + 1, inner);
      if (problem) return problem;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) return `${where} is a ${(value as object).constructor?.name ?? 'special object'}, not plain data`;
  for (const key of Object.keys(value)) {
    const problem = plainDataProblem((value as Record<string, unknown>)[key], `${at}.${key}`, depth + 1, inner);
    if (problem) return problem;
  }
  return undefined;
}
