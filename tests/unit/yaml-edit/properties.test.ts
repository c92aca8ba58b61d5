import fc from 'fast-check';
import { CST } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyYamlEdit, type YamlEdit } from '../../../src/domain/yaml-edit';
import { readEditable } from '../../../src/domain/yaml-edit/editable-text';
import { read } from '../../support/files';
import { applyToData, dataOf, expectedAfter, expectSameData, nodesOf, onlyLinesChanged, type NodeInfo, type Span } from '../../support/yaml-edit';

const FIXTURES = [
  'tests/fixtures/yaml-edit/layouts.yaml',
  'tests/fixtures/yaml-edit/markers-and-tags.yaml',
  'tests/fixtures/yaml-edit/indents.yaml',
  'tests/fixtures/yaml-edit/list-at-top.yaml',
  'tests/fixtures/valid/two-options.yaml',
  'tests/fixtures/valid/three-profiles.yaml',
  'tests/fixtures/valid/minimal.yaml',
  'tests/fixtures/decision-trees/goferbroke.yaml',
  'tests/fixtures/hostile/hostile.yaml',
];

/** Strings YAML could misread, or that need quotes, escapes or lines of their own. */
const TRICKY = ['yes', 'No', 'on', 'y', '~', 'null', 'true', '1.0', '0x1F', '1e3', '.inf', '2001-12-14', '1:20', ': ', 'a: b', 'a #b', '#x', '*a', '&a', '!x', '%x', '@x', '`x', '|x', '>x', '{x', '[x', 'x]', 'a, b', '- x', '? x', '---', '...', '"q"', "'s'", 'a\nb', 'a\n', '\nlead', '  lead', '  lead\nand a line', '\n  x', 'trail ', 'tab\tin', 'x\u2028y', 'bell\u0007', 'é', '😀', 'back\\slash', ''];
const KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'a key', 'yes', '1', 'x: y', '#k', 'new'];

const text = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 6 }));
const scalar = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, 5e-324, 1e21));
const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ minLength: 1, maxLength: 8 }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(key, tie('value'), { maxKeys: 3 })),
}));

/** Plain objects as the YAML reader gives them back (fast-check's may have no prototype). */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v === null || typeof v !== 'object') return v;
  const out = {};
  for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: plain((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

interface Planned {
  edit: YamlEdit;
  /** The lines of the old text the edit may change (one past a collection's end for additions). */
  allowed: Span;
}

/** Edits of every kind at the places a text has, each with the lines it may touch. */
function plannedEdit(source: string): fc.Arbitrary<Planned> {
  const nodes = nodesOf(source);
  const lines = source.split('\n');
  const byPath = new Map(nodes.map((n) => [JSON.stringify(n.path), n]));
  const at = (path: readonly (string | number)[]) => byPath.get(JSON.stringify(path))!;
  // Comment lines right after a collection belong to its last entry's block; additions may go after them.
  // And comment lines right above a collection written without a key line (the document's own) belong to its first entry.
  const start = (n: NodeInfo) => {
    let first = n.span.first;
    while (first > 0 && /^\s*#/.test(lines[first - 1]!)) first--;
    return first;
  };
  const end = (n: NodeInfo) => {
    let last = n.span.last;
    while (last + 1 < lines.length && /^\s*#/.test(lines[last + 1]!)) last++;
    return last + 1;
  };
  // Entries from..to of a collection with what lies between them and their neighbours; a flow collection is rewritten whole.
  const between = (parent: NodeInfo, from: number, to: number): Span => {
    if (parent.flow) return parent.span;
    const kids = nodes.filter((n) => n.path.length === parent.path.length + 1 && JSON.stringify(n.path.slice(0, -1)) === JSON.stringify(parent.path));
    const before = kids[from - 1];
    const after = kids[to + 1];
    return { first: before ? before.span.last + 1 : start(parent), last: after ? after.span.first - 1 : end(parent) };
  };
  const entries = nodes.filter((n) => n.path.length > 0);
  const maps = nodes.filter((n) => n.kind === 'map');
  const lists = nodes.filter((n) => n.kind === 'list');
  const parentOf = (n: NodeInfo) => at(n.path.slice(0, -1));
  const position = (n: NodeInfo) => {
    const kids = nodes.filter((k) => k.path.length === n.path.length && JSON.stringify(k.path.slice(0, -1)) === JSON.stringify(n.path.slice(0, -1)));
    return kids.indexOf(n);
  };
  const kinds: Array<fc.Arbitrary<Planned>> = [];
  if (entries.length > 0) {
    kinds.push(
      fc.record({ n: fc.constantFrom(...entries), value }).map(({ n, value }) => ({ edit: { kind: 'set', path: n.path, value }, allowed: n.span })),
      fc.record({ n: fc.constantFrom(...entries) }).map(({ n }) => {
        const parent = parentOf(n);
        const allowed = parent.size === 1 ? { first: parent.span.first, last: end(parent) } : between(parent, position(n), position(n));
        // The first entry of a map written on a list item's line (`- id: x`) gives that line to the next entry.
        if (position(n) === 0 && parent.size > 1 && !parent.flow) allowed.last += 1;
        return { edit: { kind: 'delete', path: n.path }, allowed };
      }),
    );
  }
  if (maps.length > 0) {
    kinds.push(
      fc
        .record({ n: fc.constantFrom(...maps), key, value, list: fc.boolean() })
        .filter(({ n, key }) => !byPath.has(JSON.stringify([...n.path, key])))
        .map(({ n, key, value, list }) => ({
          edit: list ? { kind: 'insert', path: [...n.path, key], index: 0, value } : { kind: 'set', path: [...n.path, key], value },
          allowed: { first: n.span.first, last: end(n) },
        })),
    );
  }
  if (lists.length > 0) {
    kinds.push(
      fc.constantFrom(...lists).chain((n) =>
        fc.record({ index: fc.integer({ min: 0, max: n.size }), value }).map(({ index, value }) => {
          const allowed = n.size === 0 ? { first: n.span.first, last: end(n) } : between(n, index, index - 1);
          // A new first entry takes the line of a list written on a list item's line (`- - a`); the old one moves down.
          if (index === 0 && n.size > 0 && !n.flow) allowed.last += 1;
          return { edit: { kind: 'insert', path: n.path, index, value }, allowed };
        }),
      ),
    );
    const nonEmpty = lists.filter((n) => n.size > 0);
    if (nonEmpty.length > 0) {
      kinds.push(
        fc.constantFrom(...nonEmpty).chain((n) =>
          fc.record({ from: fc.nat(n.size - 1), to: fc.nat(n.size - 1) }).map(({ from, to }) => ({ edit: { kind: 'move', path: n.path, from, to }, allowed: between(n, Math.min(from, to), Math.max(from, to)) })),
        ),
      );
    }
  }
  return fc.oneof(...kinds);
}

function applied(source: string, edit: YamlEdit): string {
  const result = applyYamlEdit(source, edit);
  if (!result.ok) throw new Error(`refused: ${result.problem}\nedit: ${JSON.stringify(edit)}\ntext:\n${source}`);
  return result.text;
}

/** The tree kept for the text (used by the next edit instead of parsing) is the text, character for character. */
function expectKeptTreeIsText(result: string) {
  const kept = readEditable(result);
  if (!kept.ok) throw new Error(kept.problem);
  const { text, start, document } = kept.editable;
  expect(text).toBe(result);
  expect(CST.stringify(document)).toBe(result.slice(start, start + CST.stringify(document).length));
}

/** One random edit of `source`: the result parses to the data asked for, and no line outside the edited place changes. */
function oneEdit(file: string, runs?: number) {
  const source = read(file);
  const original = dataOf(source);
  const expectOnlyAllowedLines = onlyLinesChanged(source);
  fc.assert(
    fc.property(plannedEdit(source), ({ edit, allowed }) => {
      const result = applied(source, edit);
      expectSameData(dataOf(result), plain(expectedAfter(original, edit)));
      expectOnlyAllowedLines(result, allowed);
      expectKeptTreeIsText(result);
    }),
    runs === undefined ? {} : { numRuns: runs },
  );
}

describe.each(FIXTURES)('random edits of %s', (file) => {
  it('always parse, give the data the edit asks for, and change no line outside the edited place', { timeout: 30_000 }, () => oneEdit(file));

  it('chained one after another, each on the text the last returned, keep giving the data asked for', { timeout: 30_000 }, () => {
    const source = read(file);
    const original = dataOf(source);
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 5 }), (seeds) => {
        let current = source;
        const expected = structuredClone(original);
        for (const seed of seeds) {
          const { edit } = fc.sample(plannedEdit(current), { seed, numRuns: 1 })[0]!;
          current = applied(current, edit);
          applyToData(expected, { ...edit, ...('value' in edit ? { value: plain(edit.value) } : {}) } as YamlEdit);
          expectSameData(dataOf(current), expected);
        }
        expectKeptTreeIsText(current);
      }),
      { numRuns: 40 },
    );
  });
});

describe('random edits of the bundled scenario', () => {
  it('give the data asked for and change no line outside the edited place', { timeout: 60_000 }, () => oneEdit('scenarios/iraq-pm-drone-strike-2021.yaml', 25));
});
