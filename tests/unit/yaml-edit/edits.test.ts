import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyYamlEdit, applyYamlEdits, type YamlEdit } from '../../../src/domain/yaml-edit';
import { read } from '../../support/files';
import { dataOf, expectSameData } from '../../support/yaml-edit';

/** The text after the edits, failing the test with the problem if one is refused. */
function edited(text: string, ...edits: YamlEdit[]): string {
  const result = applyYamlEdits(text, edits);
  if (!result.ok) throw new Error(result.problem);
  return result.text;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('set, in block collections', () => {
  it.each<[string, string, YamlEdit[], string]>([
    ['a one-line scalar', lines('title: Old', 'summary: x'), [{ kind: 'set', path: ['title'], value: 'New' }], lines('title: New', 'summary: x')],
    ['the comment after it stays', lines('a: 1 # note', 'b: 2'), [{ kind: 'set', path: ['a'], value: 2 }], lines('a: 2 # note', 'b: 2')],
    ['double quotes stay double', lines('a: "x"'), [{ kind: 'set', path: ['a'], value: 'y' }], lines('a: "y"')],
    ['single quotes stay single', lines("a: 'x'"), [{ kind: 'set', path: ['a'], value: "it's" }], lines("a: 'it''s'")],
    ['a list item', lines('- a', '- b'), [{ kind: 'set', path: [1], value: 'c' }], lines('- a', '- c')],
    ['a multi-line string becomes a literal block', lines('a: x', 'b: y'), [{ kind: 'set', path: ['a'], value: 'one\ntwo' }], lines('a: |-', '  one', '  two', 'b: y')],
    ['numbers exactly', lines('a: 1', 'b: 1', 'c: 1', 'd: 1'), [
      { kind: 'set', path: ['a'], value: 0.1 + 0.2 },
      { kind: 'set', path: ['b'], value: -0 },
      { kind: 'set', path: ['c'], value: 1e21 },
      { kind: 'set', path: ['d'], value: Number.NaN },
    ], lines('a: 0.30000000000000004', 'b: -0', 'c: 1e+21', 'd: .nan')],
    ['a map replacing a scalar, the comment kept on the key line', lines('a: 1 # note', 'b: 2'), [{ kind: 'set', path: ['a'], value: { x: 1, list: [1, 2] } }], lines('a: # note', '  x: 1', '  list:', '    - 1', '    - 2', 'b: 2')],
    ['a scalar replacing a map', lines('a:', '  x: 1', '  y: 2', 'b: 3'), [{ kind: 'set', path: ['a'], value: 5 }], lines('a: 5', 'b: 3')],
    ['a map replacing a list item', lines('- a', '- b'), [{ kind: 'set', path: [1], value: { k: 'v', l: [1] } }], lines('- a', '- k: v', '  l:', '    - 1')],
    ['a nested new key goes at the end of its map', lines('a:', '  x: 1', 'b: 2'), [{ kind: 'set', path: ['a', 'z'], value: 2 }], lines('a:', '  x: 1', '  z: 2', 'b: 2')],
    ['a new top-level key goes after the last entry', lines('a: 1', 'b: 2'), [{ kind: 'set', path: ['c'], value: [1] }], lines('a: 1', 'b: 2', 'c:', '  - 1')],
    ['an empty `{}` becomes a block map', lines('a: {}', 'b: 1'), [{ kind: 'set', path: ['a', 'k'], value: 'v' }], lines('a:', '  k: v', 'b: 1')],
    ['a new object copies the flow style of its neighbours', lines('baseline:', '  safety: { score: 6, rationale: Boats in. }'), [{ kind: 'set', path: ['baseline', 'cost'], value: { score: 50, rationale: 'Lost trade.' } }], lines('baseline:', '  safety: { score: 6, rationale: Boats in. }', '  cost: { score: 50, rationale: Lost trade. }')],
  ])('%s', (_label, before, edits, after) => {
    expect(edited(before, ...edits)).toBe(after);
  });

  it.each(['yes', 'No', 'on', '1.0', '0x1F', '2001-12-14', '~', 'null', 'true', ': ', 'a: b', 'a #b', '#x', '*a', '&a', '!x', '%x', '@x', '`x', '{x', '[x', '- x', '? x', '"q"', "'s'", ' lead', 'trail ', '', 'bell\u0007', 'x\u2028y'])(
    'the string %j comes back as that string, on one line',
    (value) => {
      const text = edited(lines('a: plain', 'b: 2'), { kind: 'set', path: ['a'], value });
      expect(dataOf(text)).toEqual({ a: value, b: 2 });
      expect(text.split('\n')).toHaveLength(3);
    },
  );

  it('a folded paragraph stays folded, and an edit at its end changes only its last lines', () => {
    const before = lines(
      'summary: >-',
      '  The quick brown fox jumps over the lazy dog, and then it jumps over the lazy dog',
      '  again, because one jump was not enough for a fixture that wants several lines.',
      'next: 1',
    );
    const value = 'The quick brown fox jumps over the lazy dog, and then it jumps over the lazy dog again, because one jump was not enough for a fixture that wants several lines, and more.';
    const after = lines(
      'summary: >-',
      '  The quick brown fox jumps over the lazy dog, and then it jumps over the lazy dog',
      '  again, because one jump was not enough for a fixture that wants several lines,',
      '  and more.',
      'next: 1',
    );
    expect(edited(before, { kind: 'set', path: ['summary'], value })).toBe(after);
  });

  it('a word changed inside a folded paragraph changes only the line it is on', () => {
    const before = lines(
      'summary: >-',
      '  one two three four five six seven eight nine ten eleven twelve thirteen fourteen',
      '  fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty',
      '  three twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine',
      'next: 1',
    );
    const value = dataOf(before) as { summary: string };
    const text = edited(before, { kind: 'set', path: ['summary'], value: value.summary.replace('eighteen', 'EIGHTEEN') });
    expect(text).toBe(before.replace('eighteen', 'EIGHTEEN'));
  });

  it('a folded block given paragraphs keeps its style', () => {
    expect(edited(lines('summary: >-', '  one', 'next: 1'), { kind: 'set', path: ['summary'], value: 'first paragraph\nsecond paragraph' })).toBe(lines('summary: >-', '  first paragraph', '', '  second paragraph', 'next: 1'));
  });

  it.each([' lead', ' two\nlines', '\n  x', '\tt\nx'])('a block scalar given %j, which would need an indentation digit, is written double-quoted when it must', (value) => {
    const text = edited(lines('a: >-', '  x', 'b: 1'), { kind: 'set', path: ['a'], value });
    expect(dataOf(text)).toEqual({ a: value, b: 1 });
    expect(text).not.toMatch(/^a: [|>][-+]?\d/);
  });

  it('a multi-line string is written on one line where comments indented under it would read as its text', () => {
    const before = lines('a: x', '    # a note under a', 'b: 1');
    expect(edited(before, { kind: 'set', path: ['a'], value: 'one\ntwo' })).toBe(lines('a: "one\\ntwo"', '    # a note under a', 'b: 1'));
  });

  it('setting the value already there changes nothing', () => {
    const text = read('tests/fixtures/yaml-edit/layouts.yaml');
    expect(edited(text, { kind: 'set', path: ['folded'], value: (dataOf(text) as { folded: string }).folded }, { kind: 'set', path: ['title'], value: "Layouts: the editor's own fixture" })).toBe(text);
  });
});

describe('set, in flow collections', () => {
  it.each<[string, string, YamlEdit[], string]>([
    ['a scalar keeps the map on its line', lines('cite: {section: A, locator: "p 1"}'), [{ kind: 'set', path: ['cite', 'section'], value: 'B' }], lines('cite: {section: B, locator: "p 1"}')],
    [
      'a nested scalar in a choice',
      lines('choices:', '  - { id: now, label: Close now, target: storm, effects: { safety: 2, cost: 20 } }'),
      [{ kind: 'set', path: ['choices', 0, 'effects', 'cost'], value: 25 }],
      lines('choices:', '  - { id: now, label: Close now, target: storm, effects: { safety: 2, cost: 25 } }'),
    ],
    [
      'a new key goes inside the braces, quoted as a flow collection needs',
      lines('- { id: now, effects: { safety: 2, cost: 20 } }'),
      [{ kind: 'set', path: [0, 'note'], value: 'a, b' }],
      lines('- { id: now, effects: { safety: 2, cost: 20 }, note: "a, b" }'),
    ],
    ['a multi-line string stays on the line, escaped', lines('f: {a: x}'), [{ kind: 'set', path: ['f', 'a'], value: 'one\ntwo' }], lines('f: {a: "one\\ntwo"}')],
    ['a collection replacing a scalar is written in flow style', lines('e: {a: 1}'), [{ kind: 'set', path: ['e', 'a'], value: { b: [1, 'x y'] } }], lines('e: {a: {b: [1, x y]}}')],
    ['a new key in a map written one key a line goes on a line of its own', lines('m: {', '    a: 1,', '    b: 2', '  }'), [{ kind: 'set', path: ['m', 'c'], value: 3 }], lines('m: {', '    a: 1,', '    b: 2,', '    c: 3', '  }')],
  ])('%s', (_label, before, edits, after) => {
    expect(edited(before, ...edits)).toBe(after);
  });

  it('the bundled scenario: a cite changes on its own line only', () => {
    const text = read('scenarios/iraq-pm-drone-strike-2021.yaml');
    const after = edited(text, { kind: 'set', path: ['facts', 0, 'cite', 'locator'], value: 'opening paragraph, sentence 3' });
    const changed = text.split('\n').flatMap((line, i) => (line === after.split('\n')[i] ? [] : [[line, after.split('\n')[i]]]));
    expect(changed).toEqual([
      [
        '    cite: {section: Brazen Drone Strike Against Iraqi Prime Minister, locator: "opening paragraph, sentence 2"}',
        '    cite: {section: Brazen Drone Strike Against Iraqi Prime Minister, locator: "opening paragraph, sentence 3"}',
      ],
    ]);
  });
});

describe('delete', () => {
  it.each<[string, string, YamlEdit, string]>([
    ['a key with the comment directly above it', lines('a: 1', '# about b', 'b: 2', 'c: 3'), { kind: 'delete', path: ['b'] }, lines('a: 1', 'c: 3')],
    ['a comment a blank line away is not its own', lines('a: 1', '# section', '', 'b: 2', 'c: 3'), { kind: 'delete', path: ['b'] }, lines('a: 1', '# section', 'c: 3')],
    [
      'a list item with its comment and the blank line that set it apart',
      lines('list:', '  # one', '  - name: first', '', '  # two', '  - name: second', '', '  - name: third'),
      { kind: 'delete', path: ['list', 1] },
      lines('list:', '  # one', '  - name: first', '', '  - name: third'),
    ],
    [
      'the first item, with the blank line after it',
      lines('list:', '  # one', '  - name: first', '', '  # two', '  - name: second', '', '  - name: third'),
      { kind: 'delete', path: ['list', 0] },
      lines('list:', '  # two', '  - name: second', '', '  - name: third'),
    ],
    ['the last item of a list', lines('list:', '  - a', '  - b', 'next: 1'), { kind: 'delete', path: ['list', 1] }, lines('list:', '  - a', 'next: 1')],
    ['the only item leaves an empty list', lines('x:', '  - a', 'y: 1'), { kind: 'delete', path: ['x', 0] }, lines('x: []', 'y: 1')],
    ['the only key leaves an empty map', lines('x:', '  k: v # c', 'y: 1'), { kind: 'delete', path: ['x', 'k'] }, lines('x: {}', 'y: 1')],
    ['the first key of a map on a list item', lines('- id: a', '  label: b'), { kind: 'delete', path: [0, 'id'] }, lines('- label: b')],
    ['notes indented under an item go with it', lines('- name: a', '  # note on a', '- name: b'), { kind: 'delete', path: [0] }, lines('- name: b')],
    ['in a flow map', lines('f: {a: 1, b: 2, c: 3}'), { kind: 'delete', path: ['f', 'b'] }, lines('f: {a: 1, c: 3}')],
    ['the first of a flow map', lines('f: { a: 1, b: 2, c: 3 }'), { kind: 'delete', path: ['f', 'a'] }, lines('f: { b: 2, c: 3 }')],
    ['the last of a flow list', lines('f: [a, b]'), { kind: 'delete', path: ['f', 1] }, lines('f: [a]')],
    ['the only entry of a flow list', lines('f: [ a ]'), { kind: 'delete', path: ['f', 0] }, lines('f: []')],
  ])('%s', (_label, before, edit, after) => {
    expect(edited(before, edit)).toBe(after);
  });
});

describe('insert', () => {
  it.each<[string, string, YamlEdit[], string]>([
    [
      'items set apart by blank lines get one too, and copy their neighbours\' flow maps',
      lines('facts:', '  - id: a', '    cite: {section: S}', '', '  - id: b', '    cite: {section: T}'),
      [
        { kind: 'insert', path: ['facts'], index: 1, value: { id: 'm', cite: { section: 'M' } } },
        { kind: 'insert', path: ['facts'], index: 3, value: { id: 'z', cite: { section: 'Z' } } },
      ],
      lines('facts:', '  - id: a', '    cite: {section: S}', '', '  - id: m', '    cite: {section: M}', '', '  - id: b', '    cite: {section: T}', '', '  - id: z', '    cite: {section: Z}'),
    ],
    ['at the start', lines('list:', '  - a', '  - b'), [{ kind: 'insert', path: ['list'], index: 0, value: 'z' }], lines('list:', '  - z', '  - a', '  - b')],
    ['into an empty list, which becomes a block list', lines('x: []', 'y: 1'), [{ kind: 'insert', path: ['x'], index: 0, value: 'a' }], lines('x:', '  - a', 'y: 1')],
    ['into a missing list, which is created', lines('a: 1'), [{ kind: 'insert', path: ['b'], index: 0, value: 'x' }], lines('a: 1', 'b:', '  - x')],
    ['into an empty value', lines('a:', 'b: 1'), [{ kind: 'insert', path: ['a'], index: 0, value: 'x' }], lines('a:', '  - x', 'b: 1')],
    ['into flow lists', lines('l: [a, b]', 'm: {l: []}'), [
      { kind: 'insert', path: ['l'], index: 1, value: 'x' },
      { kind: 'insert', path: ['m', 'l'], index: 0, value: 'y, z' },
    ], lines('l: [a, x, b]', 'm: {l: ["y, z"]}')],
    [
      'a choice among choices written as flow maps',
      lines('choices:', '  - { id: now, label: Close now }', '  - { id: later, label: Later }'),
      [{ kind: 'insert', path: ['choices'], index: 2, value: { id: 'never', label: 'Never' } }],
      lines('choices:', '  - { id: now, label: Close now }', '  - { id: later, label: Later }', '  - { id: never, label: Never }'),
    ],
    ['deleting the last item and inserting one again', lines('x:', '  - a', 'y: 1'), [
      { kind: 'delete', path: ['x', 0] },
      { kind: 'insert', path: ['x'], index: 0, value: 'b' },
    ], lines('x:', '  - b', 'y: 1')],
  ])('%s', (_label, before, edits, after) => {
    expect(edited(before, ...edits)).toBe(after);
  });
});

describe('move', () => {
  it.each<[string, string, YamlEdit, string]>([
    ['first to last', lines('- a', '- b', '- c'), { kind: 'move', path: [], from: 0, to: 2 }, lines('- b', '- c', '- a')],
    ['last to first', lines('- a', '- b', '- c'), { kind: 'move', path: [], from: 2, to: 0 }, lines('- c', '- a', '- b')],
    [
      'comments go with their items, blank lines stay where they are',
      lines('list:', '  # about a', '  - a', '', '  # about b', '  - b', '', '  - c'),
      { kind: 'move', path: ['list'], from: 0, to: 2 },
      lines('list:', '  # about b', '  - b', '', '  - c', '', '  # about a', '  - a'),
    ],
    ['in a flow list', lines('l: [a, b, c]'), { kind: 'move', path: ['l'], from: 0, to: 2 }, lines('l: [b, c, a]')],
    ['a list written on a list item\'s line', lines('- - a', '  - b'), { kind: 'move', path: [0], from: 1, to: 0 }, lines('- - b', '  - a')],
    [
      'choices of the two-option fixture',
      lines('choices:', '  - { id: mild, label: Mild, probability: 0.7 }', '  - { id: severe, label: Severe, probability: 0.3 }'),
      { kind: 'move', path: ['choices'], from: 0, to: 1 },
      lines('choices:', '  - { id: severe, label: Severe, probability: 0.3 }', '  - { id: mild, label: Mild, probability: 0.7 }'),
    ],
  ])('%s', (_label, before, edit, after) => {
    expect(edited(before, edit)).toBe(after);
  });

  it('the first option of the bundled scenario takes its numbered comment with it, and the second takes its place under the key', () => {
    const text = read('scenarios/iraq-pm-drone-strike-2021.yaml');
    const numbered = (t: string) => {
      const lines = t.split('\n');
      return lines.slice(lines.indexOf('options:')).filter((l) => /^ {2}# \d+ -+$|^ {2}- id: |^options:$/.test(l)).slice(0, 5).map((l) => l.slice(0, 12));
    };
    expect(numbered(text)).toEqual(['options:', '  # 1 ------', '  - id: iraq', '  # 2 ------', '  - id: airs']);
    expect(numbered(edited(text, { kind: 'move', path: ['options'], from: 0, to: 1 }))).toEqual(['options:', '  # 2 ------', '  - id: airs', '  # 1 ------', '  - id: iraq']);
    expect(numbered(edited(text, { kind: 'delete', path: ['options', 0] }))).toEqual(['options:', '  # 2 ------', '  - id: airs', '  # 3 ------', '  - id: info']);
  });

  it('to the same place changes nothing', () => {
    const text = lines('- a', '- b');
    expect(edited(text, { kind: 'move', path: [], from: 1, to: 1 })).toBe(text);
  });
});

describe('keys named like Object.prototype members are ordinary keys', () => {
  it('can be set, added, read back and deleted', () => {
    const text = edited(
      lines('constructor: 1', '__proto__: 2'),
      { kind: 'set', path: ['constructor'], value: 3 },
      { kind: 'set', path: ['__proto__'], value: { hasOwnProperty: 1 } },
      { kind: 'set', path: ['toString'], value: 'x' },
      { kind: 'delete', path: ['constructor'] },
    );
    expect(text).toBe(lines('__proto__:', '  hasOwnProperty: 1', 'toString: x'));
    const data = parseDocument(text).toJS() as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'toString']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('a missing key named like one is missing, not found on the prototype', () => {
    expect(applyYamlEdit(lines('a: 1'), { kind: 'delete', path: ['constructor'] })).toEqual({ ok: false, problem: 'delete constructor: (top level) has no key "constructor"' });
    expect(edited(lines('a: 1'), { kind: 'insert', path: ['valueOf'], index: 0, value: 1 })).toBe(lines('a: 1', 'valueOf:', '  - 1'));
  });

  it('in values written as new maps', () => {
    const value = Object.defineProperty({ constructor: 'c' }, '__proto__', { value: 'p', enumerable: true });
    const text = edited(lines('a: 1'), { kind: 'set', path: ['b'], value });
    expectSameData(dataOf(text), { a: 1, b: value });
  });
});

describe('the text around edits', () => {
  it('keeps Windows line breaks in the lines it writes', () => {
    const text = edited('a: 1\r\nlist:\r\n  - x\r\n', { kind: 'set', path: ['b'], value: { c: 'one\ntwo' } }, { kind: 'insert', path: ['list'], index: 1, value: 'y' });
    expect(text).toBe('a: 1\r\nlist:\r\n  - x\r\n  - "y"\r\nb:\r\n  c: |-\r\n    one\r\n    two\r\n');
  });

  it('starts an empty document with its first key, after the comments it holds', () => {
    expect(edited('', { kind: 'set', path: ['id'], value: 'x' })).toBe(lines('id: x'));
    expect(edited('# yaml-language-server: $schema=./scenario.schema.json', { kind: 'set', path: ['id'], value: 'x' })).toBe(lines('# yaml-language-server: $schema=./scenario.schema.json', 'id: x'));
  });

  it('leaves the $schema line of the bundled scenario alone when its first key goes', () => {
    const text = read('scenarios/iraq-pm-drone-strike-2021.yaml');
    const after = edited(text, { kind: 'delete', path: ['id'] });
    expect(after.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    expect(after.split('\n')[1]).toBe(text.split('\n')[2]);
  });
});
