import { describe, expect, it } from 'vitest';
import { applyYamlEdit, applyYamlEdits, type YamlEdit } from '../../../src/domain/yaml-edit';

const TEXT = 'a:\n  list: [x, y]\n  map: {k: v}\n  block:\n    - one\nb: &shared {c: 1}\nd: *shared\ne: 1\n';

describe('an edit that cannot be made is refused with a sentence saying why, and no text', () => {
  it.each<[string, YamlEdit, string]>([
    ['a missing key on the way', { kind: 'set', path: ['a', 'nope', 'x'], value: 1 }, 'set a.nope.x: a has no key "nope"'],
    ['a missing key to delete', { kind: 'delete', path: ['a', 'nope'] }, 'delete a.nope: a has no key "nope"'],
    ['a key under a single value', { kind: 'set', path: ['e', 'x'], value: 1 }, 'set e.x: e is a single value, not a map or a list, so it has no key "x"'],
    ['an item past the end', { kind: 'delete', path: ['a', 'block', 5] }, 'delete a.block[5]: a.block has 1 item, so there is no item 5'],
    ['an item of a flow list past the end', { kind: 'set', path: ['a', 'list', 2], value: 'z' }, 'set a.list[2]: a.list has 2 items, so there is no item 2'],
    ['an insert past the end', { kind: 'insert', path: ['a', 'list'], index: 7, value: 1 }, 'insert a.list: a.list has 2 items, so an item can go at 0 to 2, not at 7'],
    ['an insert into a missing list anywhere but 0', { kind: 'insert', path: ['a', 'new'], index: 1, value: 1 }, 'insert a.new: a.new is not there yet, so the only place to insert is 0, not 1'],
    ['a move past the end', { kind: 'move', path: ['a', 'list'], from: 0, to: 9 }, 'move a.list: a.list has 2 items, so there is no item 9'],
    ['an insert into a map', { kind: 'insert', path: ['a', 'map'], index: 0, value: 1 }, 'insert a.map: a.map is a map, not a list'],
    ['a move in a single value', { kind: 'move', path: ['e'], from: 0, to: 1 }, 'move e: e is a single value, not a list'],
    ['a list item named by text', { kind: 'delete', path: ['a', 'list', '0'] }, 'delete a.list["0"]: a.list is a list, whose items are reached by a whole number from 0, not by "0"'],
    ['a path through an alias', { kind: 'set', path: ['d', 'c'], value: 2 }, 'set d.c: d is an alias (*shared) of a value written elsewhere; edit that value instead'],
    ['a value an alias repeats', { kind: 'set', path: ['b', 'c'], value: 2 }, 'set b.c: b.c holds or is inside the value named "&shared", which the text repeats elsewhere as "*shared"; edit it in the text'],
    ['the anchor an alias needs', { kind: 'delete', path: ['b'] }, 'delete b: b holds or is inside the value named "&shared", which the text repeats elsewhere as "*shared"; edit it in the text'],
    ['the whole document', { kind: 'set', path: [], value: 1 }, 'set (top level): a set needs a path to a key or an item, not the whole document'],
    ['an unknown kind', { kind: 'remove', path: ['e'] } as unknown as YamlEdit, 'remove e: "remove" is not an edit (set, delete, insert or move)'],
    ['a negative index', { kind: 'insert', path: ['a', 'list'], index: -1, value: 1 }, 'insert a.list: index must be a whole number from 0, not -1'],
    ['a fractional index', { kind: 'move', path: ['a', 'list'], from: 0.5, to: 1 }, 'move a.list: from must be a whole number from 0, not 0.5'],
    ['a path that is not a list', { kind: 'set', path: 'e', value: 1 } as unknown as YamlEdit, 'set: the path must be a list of keys (text) and item numbers (whole numbers from 0)'],
    ['no edit at all', null as unknown as YamlEdit, 'edit: an edit is an object with a kind (set, delete, insert or move) and a path'],
  ])('%s', (_label, edit, problem) => {
    expect(applyYamlEdit(TEXT, edit)).toEqual({ ok: false, problem });
  });

  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'the value is undefined, which YAML cannot hold'],
    ['a function inside', { f: () => 1 }, 'the value at .f is a function, which YAML cannot hold'],
    ['a bigint', 10n, 'the value is a bigint, which YAML cannot hold'],
    ['a date', new Date(0), 'the value is a Date, not plain data'],
    ['a Map', new Map(), 'the value is a Map, not plain data'],
    ['a hole in an array', [1, , 3], 'the value at [1] is a hole in the array'],
    ['a value that contains itself', (() => {
      const v: Record<string, unknown> = {};
      v.self = v;
      return v;
    })(), 'the value at .self contains itself'],
  ])('a value that is not plain data: %s', (_label, value, problem) => {
    expect(applyYamlEdit(TEXT, { kind: 'set', path: ['e'], value })).toEqual({ ok: false, problem: `set e: ${problem}` });
  });

  it.each<[string, string, RegExp]>([
    ['unparsable text', 'a: [1, 2\n', /^the text is not valid YAML \(line 2, column 1\): /],
    ['a repeated key', 'a: 1\na: 2\n', /^the text is not valid YAML \(line 2, column 1\): Map keys must be unique/],
    ['two documents', 'a: 1\n---\nb: 2\n', /^the text holds 2 YAML documents/],
    ['nesting beyond the loader\'s limit', `${'- '.repeat(100)}x\n`, /^the text nests deeper than 64 levels at line 1, column \d+, so it is not edited$/],
    ['old Mac line breaks', 'a: 1\rb: 2\r', /^the text has a line that ends in a lone CR \(old Mac line breaks\) at line 1, column 5; /],
  ])('%s', (_label, text, problem) => {
    const result = applyYamlEdit(text, { kind: 'set', path: ['a'], value: 1 });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(problem);
  });

  it('several edits are all made or none: the one that fails is named', () => {
    const result = applyYamlEdits(TEXT, [
      { kind: 'set', path: ['e'], value: 2 },
      { kind: 'delete', path: ['zz'] },
      { kind: 'set', path: ['e'], value: 3 },
    ]);
    expect(result).toEqual({ ok: false, problem: 'edit 2 of 3, delete zz: (top level) has no key "zz"' });
  });

  it('a refused edit leaves the text usable for the next one', () => {
    expect(applyYamlEdit(TEXT, { kind: 'delete', path: ['b'] }).ok).toBe(false);
    expect(applyYamlEdit(TEXT, { kind: 'set', path: ['e'], value: 2 })).toEqual({ ok: true, text: TEXT.replace('e: 1', 'e: 2') });
  });
});
