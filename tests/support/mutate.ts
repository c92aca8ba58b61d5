/**
 * Seeded text mutations for fuzzing scenario (YAML) and session (JSON) files.
 * Everything random comes from one `Rng`, so a mutant is fully determined by
 * its seed and the text it started from.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: tiny, fast and good enough to spread mutations; not for anything secret. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

/** A 32-bit seed from any parts, so each corpus file and mutant number gets its own stream. */
export function seedFrom(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** One applied mutation: the new text, what was done (for the report) and where (for an excerpt). */
export interface Mutated {
  text: string;
  note: string;
  at: number;
}

export type Mutation = (text: string, rng: Rng) => Mutated;

/** Names that are properties of every plain object, so `obj[id]` finds them even when the file never says so. */
export const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'] as const;

/** Unicode that has broken text handling elsewhere; NUL and U+FFFD are meant to be refused outright. */
const ODD_CHARS = ['\uFFFD', '\u202E', '\u2066', '\u0000', '\u{1F600}', '\u0301', 'e\u0301', '\uFEFF', '\u0085', '\u2028', '\u001B', '\t', '\u007F'];

const TYPE_SWAPS = ['42', '-7.5', '0', '"text"', 'text', '""', '[1, 2]', '[]', '{"a": 1}', '{}', 'null', '~', 'true', 'false'];

const EXTREME_NUMBERS = ['1e308', '-1e308', '1e309', '-1e309', '1e-320', '5e-324', '0.30000000000000004', '0.7000000000000001', '9007199254740993', '.nan', '.inf', '-.inf', '0x10', '1_000', '-0'];

/** A scalar written after `key:` (block or flow, YAML or JSON), up to a comma, bracket, comment or line end. */
const VALUE = /(?<=:[ \t]+)(?![|>])[^\s,{}[\]#][^,{}[\]#\r\n]*?(?=[ \t]*(?:[,}\]\r\n]|[ \t]#|$))/g;

/** An id given to something that other places refer to (ids, states, targets, saved steps). */
const ID_VALUE = /["']?(?:id|initial|target|baselineOption|state|choice)["']?:[ \t]*["']?([a-z0-9][a-z0-9_-]*)/g;

interface Span {
  start: number;
  end: number;
}

function valueSpans(text: string): Span[] {
  return [...text.matchAll(VALUE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function splice(text: string, span: Span, insert: string): string {
  return text.slice(0, span.start) + insert + text.slice(span.end);
}

function show(s: string, max = 40): string {
  const escaped = JSON.stringify(s);
  return escaped.length > max ? `${escaped.slice(0, max)}…(${s.length} chars)` : escaped;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** Replace one scalar value, preferring those `prefer` accepts; a text with no values is left alone. */
function replaceValue(text: string, rng: Rng, family: string, replacement: (old: string) => string, prefer?: (old: string) => boolean): Mutated {
  const spans = valueSpans(text);
  const preferred = prefer ? spans.filter((s) => prefer(text.slice(s.start, s.end))) : [];
  const pool = preferred.length > 0 ? preferred : spans;
  if (pool.length === 0) return { text, note: `${family}: no value to change`, at: 0 };
  const span = rng.pick(pool);
  const old = text.slice(span.start, span.end);
  const next = replacement(old);
  return { text: splice(text, span, next), note: `${family} line ${lineOf(text, span.start)}: ${show(old)} → ${show(next)}`, at: span.start };
}

/** Split on '\n' only, so a CR-only file is one long line here, as it is to the yaml parser. */
function lines(text: string): string[] {
  return text.split('\n');
}

function offsetOfLine(all: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += all[i]!.length + 1;
  return offset;
}

const deleteLine: Mutation = (text, rng) => {
  const all = lines(text);
  const i = rng.int(all.length);
  const [gone] = all.splice(i, 1);
  return { text: all.join('\n'), note: `delete line ${i + 1} ${show(gone ?? '')}`, at: offsetOfLine(all, Math.min(i, all.length - 1)) };
};

const duplicateLine: Mutation = (text, rng) => {
  const all = lines(text);
  const i = rng.int(all.length);
  all.splice(i, 0, all[i]!);
  return { text: all.join('\n'), note: `duplicate line ${i + 1} ${show(all[i]!)}`, at: offsetOfLine(all, i) };
};

const swapLines: Mutation = (text, rng) => {
  const all = lines(text);
  const i = rng.int(all.length);
  // Nearby lines usually belong to the same block, which keeps more mutants parseable.
  const j = rng.chance(0.5) ? Math.min(all.length - 1, i + 1 + rng.int(5)) : rng.int(all.length);
  [all[i], all[j]] = [all[j]!, all[i]!];
  return { text: all.join('\n'), note: `swap lines ${i + 1} and ${j + 1}`, at: offsetOfLine(all, Math.min(i, j)) };
};

const reindent: Mutation = (text, rng) => {
  const all = lines(text);
  const candidates = all.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  if (candidates.length === 0) return { text, note: 'reindent: no line to change', at: 0 };
  const i = rng.pick(candidates);
  const line = all[i]!;
  const how = rng.pick(['+1', '-1', '+2', '-2', 'tab', 'tab-for-spaces'] as const);
  const lead = line.length - line.trimStart().length;
  const changed =
    how === '+1' ? ` ${line}` : how === '+2' ? `  ${line}` : how === '-1' ? line.slice(Math.min(1, lead)) : how === '-2' ? line.slice(Math.min(2, lead)) : how === 'tab' ? `\t${line}` : `\t${line.trimStart()}`;
  all[i] = changed;
  return { text: all.join('\n'), note: `reindent line ${i + 1} ${how}`, at: offsetOfLine(all, i) };
};

const swapType: Mutation = (text, rng) => replaceValue(text, rng, 'swap-type', (old) => rng.pick(TYPE_SWAPS.filter((t) => t !== old)));

const anchors: Mutation = (text, rng) => {
  const spans = valueSpans(text);
  const how = rng.pick(['anchor-then-alias', 'alias-then-anchor', 'undefined-alias', 'alias-named-urgent*', 'alias-to-block', 'alias-bomb'] as const);
  if (how === 'alias-bomb') {
    // 2^n expansions from n short lines: the loader caps alias use, this checks the cap is a refusal, not a crash.
    const levels = 4 + rng.int(8);
    const bomb = Array.from({ length: levels }, (_, k) => (k === 0 ? 'bomb0: &b0 [x, x, x, x]' : `bomb${k}: &b${k} [${Array(4).fill(`*b${k - 1}`).join(', ')}]`));
    return { text: `${text}\n${bomb.join('\n')}\n`, note: `alias-bomb ${levels} levels at end`, at: text.length };
  }
  if (how === 'alias-to-block') {
    // An anchored block (a whole option or state) reused elsewhere makes shared objects and repeated ids.
    const blockKeys = [...text.matchAll(/^([ \t]*(?:- )?[\w$-]+:)[ \t]*$/gm)];
    if (blockKeys.length === 0 || spans.length === 0) return { text, note: 'alias-to-block: no block key', at: 0 };
    const key = rng.pick(blockKeys);
    const later = spans.filter((s) => s.start > key.index);
    const target = later.length > 0 ? rng.pick(later) : rng.pick(spans);
    const withAlias = target.start > key.index ? splice(text, target, '*blk') : text;
    const keyEnd = key.index + key[1]!.length;
    return { text: `${withAlias.slice(0, keyEnd)} &blk${withAlias.slice(keyEnd)}`, note: `alias-to-block: anchor ${show(key[1]!.trim())} line ${lineOf(text, key.index)}, alias line ${lineOf(text, target.start)}`, at: key.index };
  }
  if (spans.length === 0) return { text, note: `${how}: no value`, at: 0 };
  if (how === 'undefined-alias' || how === 'alias-named-urgent*') {
    const span = rng.pick(spans);
    const alias = how === 'undefined-alias' ? '*nope' : '*urgent*';
    return { text: splice(text, span, alias), note: `${how} line ${lineOf(text, span.start)}: ${show(text.slice(span.start, span.end))} → ${alias}`, at: span.start };
  }
  const [p, q] = [rng.pick(spans), rng.pick(spans)].sort((x, y) => x.start - y.start) as [Span, Span];
  if (p.start === q.start) return { text: splice(text, p, `&a ${text.slice(p.start, p.end)}`), note: `anchor without alias line ${lineOf(text, p.start)}`, at: p.start };
  const anchorFirst = how === 'anchor-then-alias';
  const later = splice(text, q, anchorFirst ? '*a' : `&a ${text.slice(q.start, q.end)}`);
  const both = splice(later, p, anchorFirst ? `&a ${text.slice(p.start, p.end)}` : '*a');
  return { text: both, note: `${how}: lines ${lineOf(text, p.start)} and ${lineOf(text, q.start)}`, at: p.start };
};

const unicode: Mutation = (text, rng) => {
  const how = rng.pick(['insert', 'insert', 'insert', 'cr-only', 'crlf', 'bom'] as const);
  if (how === 'cr-only') return { text: text.replace(/\r?\n/g, '\r'), note: 'line endings to CR only', at: 0 };
  if (how === 'crlf') return { text: text.replace(/\r?\n/g, '\r\n'), note: 'line endings to CRLF', at: 0 };
  if (how === 'bom') return { text: `\uFEFF${text}`, note: 'BOM at start', at: 0 };
  const ch = rng.pick(ODD_CHARS);
  const spans = valueSpans(text);
  // Inside a value the text usually still parses, so the character reaches messages and reports.
  const at = spans.length > 0 && rng.chance(0.7) ? (({ start, end }) => (rng.chance(0.5) ? start : end))(rng.pick(spans)) : rng.int(text.length + 1);
  return { text: text.slice(0, at) + ch + text.slice(at), note: `insert ${show(ch)} line ${lineOf(text, at)}`, at };
};

const extremeNumber: Mutation = (text, rng) =>
  replaceValue(text, rng, 'extreme-number', () => rng.pick(EXTREME_NUMBERS), (old) => /^-?\.?\d/.test(old));

const longString: Mutation = (text, rng) => {
  if (rng.chance(0.3)) return renameId(text, rng, 'long-id', 'a'.repeat(5000));
  const filler = rng.chance(0.5) ? 'lorem ipsum '.repeat(417).trim() : 'x'.repeat(5000);
  return replaceValue(text, rng, 'long-string', (old) => (rng.chance(0.5) ? filler : `${old}${filler}`));
};

/** Rename an id everywhere (so references still resolve) or in one place. */
function renameId(text: string, rng: Rng, family: string, name: string): Mutated {
  const ids = [...new Set([...text.matchAll(ID_VALUE)].map((m) => m[1]!))];
  if (ids.length === 0) return { text, note: `${family}: no id`, at: 0 };
  const id = rng.pick(ids);
  const word = new RegExp(`(?<![A-Za-z0-9_-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_-])`, 'g');
  const all = rng.chance(0.7);
  const first = text.search(word);
  const renamed = all ? text.replace(word, () => name) : text.replace(new RegExp(word.source), () => name);
  return { text: renamed, note: `${family}: ${show(id)} → ${show(name)} ${all ? 'everywhere' : 'once'}`, at: Math.max(0, first) };
}

const prototypeId: Mutation = (text, rng) => renameId(text, rng, 'prototype-id', rng.pick(PROTOTYPE_NAMES));

const deepNesting: Mutation = (text, rng) => {
  // Kept under ~1000: deeper, yaml overflows the stack, and a second overflow in one process is a fatal V8 error that would end the whole run.
  const depth = 200 + rng.int(600);
  const how = rng.pick(['flow-list', 'flow-map', 'block-list'] as const);
  if (how === 'block-list') {
    // Compact nested block sequences ("- - - x") need a line of their own.
    const deep = `deep:\n  ${'- '.repeat(depth)}x\n`;
    return { text: `${text}\n${deep}`, note: `block-list ${depth} deep at end`, at: text.length };
  }
  const nested = how === 'flow-list' ? `${'['.repeat(depth)}x${']'.repeat(depth)}` : `${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}`;
  return replaceValue(text, rng, `${how} ${depth} deep`, () => nested);
};

const truncate: Mutation = (text, rng) => {
  const at = rng.int(text.length + 1);
  return { text: text.slice(0, at), note: `truncate at offset ${at} (line ${lineOf(text, at)})`, at: Math.max(0, at - 1) };
};

export const MUTATIONS: Record<string, Mutation> = {
  deleteLine,
  duplicateLine,
  swapLines,
  reindent,
  swapType,
  anchors,
  unicode,
  extremeNumber,
  longString,
  prototypeId,
  deepNesting,
  truncate,
};

/** Apply 1–4 mutations chosen by `rng`; `at` is where the last one struck. */
export function mutate(text: string, rng: Rng): { text: string; notes: string[]; at: number } {
  const families = Object.values(MUTATIONS);
  const count = 1 + rng.int(4);
  let current = text;
  let at = 0;
  const notes: string[] = [];
  for (let k = 0; k < count; k++) {
    const result = rng.pick(families)(current, rng);
    current = result.text;
    at = result.at;
    notes.push(result.note);
  }
  return { text: current, notes, at };
}

/** A few lines of `text` around `offset`, escaped and clipped so control characters and huge lines stay readable. */
export function excerpt(text: string, offset: number, around = 2): string {
  const all = lines(text);
  const line = lineOf(text, offset) - 1;
  const from = Math.max(0, line - around);
  return all
    .slice(from, line + around + 1)
    .map((l, k) => `${String(from + k + 1).padStart(5)} | ${show(l, 120)}`)
    .join('\n');
}
