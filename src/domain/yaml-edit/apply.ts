import { CST, parseDocument } from 'yaml';
import { formatPath } from '../scenario/problems';
import { q } from '../text/quote';
import { aliasProblem } from './anchors';
import { deleteEntry, entryBlock, insertEntry, moveEntry, replaceValue } from './block-edits';
import { withEdit, type EditableText } from './editable-text';
import { flowDelete, flowInsert, flowMove, flowPairText, flowReplace, flowValueText } from './flow-edits';
import { count, locate, replaceAt, valueAt, valueOffset, type Edited, type Step, type YamlPath } from './locate';
import { parseRegion } from './region';
import { pairLines, plainDataProblem, type PlainScalar } from './render';
import { sameData } from './same-data';
import { isScalarToken, notesAfter, scalarData, swapScalar } from './scalar-swap';
import { contentLength, entryIndices, isCollection, isFlow, isMapToken, textLength, type Collection } from './tree';

export type YamlEdit =
  | { kind: 'set'; path: YamlPath; value: unknown }
  | { kind: 'delete'; path: YamlPath }
  | { kind: 'insert'; path: YamlPath; index: number; value: unknown }
  | { kind: 'move'; path: YamlPath; from: number; to: number };

export type Applied = { ok: true; editable: EditableText } | { ok: false; problem: string };

/**
 * One edit on the tree; the edited part is read back and checked before the
 * new tree is returned. A new value that does not read back is written once
 * more without block scalars: comment lines indented under it can be taken
 * for a block scalar's text.
 */
export function applyEdit(editable: EditableText, edit: YamlEdit): Applied {
  const malformed = shapeProblem(edit);
  if (malformed) return { ok: false, problem: malformed };
  let problem = '';
  for (const blockless of edit.kind === 'set' || edit.kind === 'insert' ? [false, true] : [false]) {
    const outcome = run(editable, edit, blockless);
    if (outcome === 'unchanged') return { ok: true, editable };
    problem = typeof outcome === 'string' ? outcome : (checkOutcome(editable.document, outcome.document, edit) ?? '');
    if (typeof outcome !== 'string' && problem === '') return { ok: true, editable: withEdit(editable, outcome) };
  }
  return { ok: false, problem };
}

type Outcome = Edited | 'unchanged' | string;

function run(editable: EditableText, edit: YamlEdit, blockless: boolean): Outcome {
  const { document, eol, aliased } = editable;
  if (document.value === undefined) {
    if (edit.kind !== 'set' || edit.path.length !== 1) return 'the document is empty; set a first key to start it';
    return startDocument(editable, String(edit.path[0]), edit.value);
  }
  const located = locate(document, edit.path);
  if ('problem' in located) return located.problem;
  const { steps } = located;
  const depth = edit.path.length;

  if (!located.found) {
    if (edit.kind !== 'set' && edit.kind !== 'insert') return `${formatPath(edit.path.slice(0, -1))} has no key ${q(located.key)}`;
    if (edit.kind === 'insert' && edit.index !== 0) return `${formatPath(edit.path)} is not there yet, so the only place to insert is 0, not ${edit.index}`;
    const value = edit.kind === 'set' ? edit.value : [edit.value];
    return aliasProblem(aliased, document, steps, edit.path, []) ?? addKey(editable, steps, located.map, located.key, value, blockless);
  }

  switch (edit.kind) {
    case 'set': {
      const guard = aliasProblem(aliased, document, steps, edit.path, [valueAt(document, steps, depth)]);
      return guard ?? setValue(editable, steps, edit.value, blockless);
    }
    case 'delete': {
      const step = steps[depth - 1]!;
      const guard = aliasProblem(aliased, document, steps.slice(0, -1), edit.path, [step.collection.items[step.raw]]);
      if (guard) return guard;
      const position = entryIndices(step.collection).indexOf(step.raw);
      return isFlow(step.collection) ? flowDelete({ document, steps, depth: depth - 1, collection: step.collection }, position) : deleteEntry({ document, steps, depth: depth - 1, collection: step.collection, eol }, position);
    }
    case 'insert': {
      const target = valueAt(document, steps, depth);
      const guard = aliasProblem(aliased, document, steps, edit.path, []);
      if (guard) return guard;
      if (target === undefined || isNull(target, steps)) {
        if (depth === 0) return 'the document is a single empty value, not a list';
        if (edit.index !== 0) return `${formatPath(edit.path)} is empty, so the only place to insert is 0, not ${edit.index}`;
        return setValue(editable, steps, [edit.value], blockless);
      }
      if (!isCollection(target) || isMapToken(target)) return `${formatPath(edit.path)} is ${isCollection(target) ? 'a map' : 'a single value'}, not a list`;
      const length = entryIndices(target).length;
      if (edit.index > length) return `${formatPath(edit.path)} has ${count(length)}, so an item can go at 0 to ${length}, not at ${edit.index}`;
      if (isFlow(target)) {
        // An empty `[]` in a block collection becomes a block list, as deleting the last item of one leaves `[]`.
        if (length === 0 && depth > 0 && !isFlow(steps[depth - 1]!.collection)) return setValue(editable, steps, [edit.value], blockless);
        return flowInsert({ document, steps, depth, collection: target }, edit.index, flowValueText(edit.value, target));
      }
      return insertEntry({ document, steps, depth, collection: target, eol }, edit.index, entryBlock(target, edit.index, undefined, edit.value, eol, blockless));
    }
    case 'move': {
      const target = valueAt(document, steps, depth);
      if (!isCollection(target) || isMapToken(target)) return `${formatPath(edit.path)} is ${isCollection(target) ? 'a map' : target ? 'a single value' : 'empty'}, not a list`;
      const length = entryIndices(target).length;
      const outside = [edit.from, edit.to].find((i) => i >= length);
      if (outside !== undefined) return `${formatPath(edit.path)} has ${count(length)}, so there is no item ${outside}`;
      if (edit.from === edit.to) return 'unchanged';
      const moved = entryIndices(target).slice(Math.min(edit.from, edit.to), Math.max(edit.from, edit.to) + 1).map((raw) => target.items[raw]);
      const guard = aliasProblem(aliased, document, steps, edit.path, moved, true);
      if (guard) return guard;
      return isFlow(target) ? flowMove({ document, steps, depth, collection: target }, edit.from, edit.to) : moveEntry({ document, steps, depth, collection: target, eol }, edit.from, edit.to);
    }
  }
}

/** The value at the end of `steps` replaced: a scalar token for a scalar, else the text from the entry's indicator on. */
function setValue(editable: EditableText, steps: readonly Step[], value: unknown, blockless: boolean): Outcome {
  const { document, eol } = editable;
  const depth = steps.length;
  const { collection, raw } = steps[depth - 1]!;
  const item = collection.items[raw]!;
  const old = item.value;
  const tagged = (item.sep ?? item.start).some((t) => t.type === 'tag');
  if ((value === null || typeof value !== 'object') && isScalarToken(old) && !tagged) {
    const from = valueOffset(document, steps, depth);
    const to = from + textLength(old);
    const inFlow = isFlow(collection);
    const following = inFlow ? '' : notesAfter(editable.text, editable.start + to);
    const swapped = swapScalar(old, value as PlainScalar, { inFlow, entryColumn: collection.indent, eol, following, blockless });
    if (typeof swapped !== 'object') return swapped;
    return { document: replaceAt(document, steps, depth, swapped.token), splice: { from, to, text: CST.stringify(swapped.token) } };
  }
  const position = entryIndices(collection).indexOf(raw);
  if (isFlow(collection)) return flowReplace({ document, steps, depth: depth - 1, collection }, position, flowValueText(value, collection));
  return replaceValue({ document, steps, depth: depth - 1, collection, eol }, raw, value, blockless);
}

/** A new key at the end of a map. An empty `{}` written in a block collection becomes a block map. */
function addKey(editable: EditableText, steps: readonly Step[], map: Collection, key: string, value: unknown, blockless: boolean): Outcome {
  const { document, eol } = editable;
  const depth = steps.length;
  if (isFlow(map)) {
    if (map.items.length === 0 && depth > 0 && !isFlow(steps[depth - 1]!.collection)) return setValue(editable, steps, { [key]: value }, blockless);
    return flowInsert({ document, steps, depth, collection: map }, entryIndices(map).length, flowPairText(key, value, map));
  }
  const position = entryIndices(map).length;
  return insertEntry({ document, steps, depth, collection: map, eol }, position, entryBlock(map, position, key, value, eol, blockless));
}

/** The first key of an empty document, written after whatever the text holds (comments, a `---`). */
function startDocument({ text, document, eol }: EditableText, key: string, value: unknown): Outcome {
  const current = CST.stringify(document);
  const next = current + (text === '' || text.endsWith('\n') ? '' : eol) + pairLines(key, value, { flow: false, padding: false }).map((l) => l + eol).join('');
  const parsed = parseRegion(next);
  if (typeof parsed === 'string') return parsed;
  return { document: { ...parsed.doc, start: [...parsed.before, ...parsed.doc.start] }, splice: { from: 0, to: current.length, text: next } };
}

function isNull(token: CST.Token, steps: readonly Step[]): boolean {
  const inFlow = steps.length > 0 && isFlow(steps[steps.length - 1]!.collection);
  return token.type === 'scalar' && scalarData(CST.stringify(token), inFlow) === null;
}

/** What the edited place now reads as, compared with what the edit asked for. */
function checkOutcome(before: CST.Document, after: CST.Document, edit: YamlEdit): string | undefined {
  const failed = `the edit could not be written so that ${formatPath(edit.path)} reads back as asked`;
  switch (edit.kind) {
    case 'set':
      return sameData(dataAt(after, edit.path), edit.value) ? undefined : failed;
    case 'insert':
      return sameData(dataAt(after, [...edit.path, edit.index]), edit.value) ? undefined : failed;
    case 'delete': {
      const parent = edit.path.slice(0, -1);
      return entriesAt(after, parent) === entriesAt(before, parent) - 1 ? undefined : failed;
    }
    case 'move':
      // The moved entry's content reads the same where it now stands: its text is the same, at the same indent.
      return entriesAt(after, edit.path) === entriesAt(before, edit.path) && contentAt(after, [...edit.path, edit.to]) === contentAt(before, [...edit.path, edit.from]) ? undefined : failed;
  }
}

function entriesAt(document: CST.Document, path: YamlPath): number {
  const located = locate(document, path);
  const token = 'found' in located && located.found ? valueAt(document, located.steps, path.length) : undefined;
  return isCollection(token) ? entryIndices(token).length : 0;
}

function contentAt(document: CST.Document, path: YamlPath): string | undefined {
  const located = locate(document, path);
  const token = 'found' in located && located.found ? valueAt(document, located.steps, path.length) : undefined;
  return token && CST.stringify(token).slice(0, contentLength(token));
}

/** The data at a path, parsed from that node's own text. */
function dataAt(document: CST.Document, path: YamlPath): unknown {
  const located = locate(document, path);
  if (!('found' in located) || !located.found) return undefined;
  const token = valueAt(document, located.steps, path.length);
  if (!token) return null;
  const parent = located.steps[located.steps.length - 1]?.collection;
  if (!isCollection(token)) return scalarData(CST.stringify(token), parent !== undefined && isFlow(parent));
  const text = isFlow(token) ? CST.stringify(token) : ' '.repeat(token.indent) + CST.stringify(token);
  const doc = parseDocument(text);
  return doc.errors.length > 0 ? undefined : (doc.toJS() as unknown);
}

/** What is wrong with the edit itself, before the text is looked at. */
function shapeProblem(edit: YamlEdit): string | undefined {
  if (typeof edit !== 'object' || edit === null) return 'an edit is an object with a kind (set, delete, insert or move) and a path';
  const e = edit as Partial<Record<string, unknown>>;
  if (!Array.isArray(e.path) || !e.path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))) {
    return 'the path must be a list of keys (text) and item numbers (whole numbers from 0)';
  }
  if (edit.kind === 'set' || edit.kind === 'insert') {
    const problem = plainDataProblem(edit.value);
    if (problem) return problem;
  }
  if ((edit.kind === 'set' || edit.kind === 'delete') && edit.path.length === 0) return `a ${edit.kind} needs a path to a key or an item, not the whole document`;
  const numbers = edit.kind === 'insert' ? { index: edit.index } : edit.kind === 'move' ? { from: edit.from, to: edit.to } : edit.kind === 'set' || edit.kind === 'delete' ? {} : undefined;
  if (!numbers) return `"${String(e.kind)}" is not an edit (set, delete, insert or move)`;
  const bad = Object.entries(numbers).find(([, n]) => !Number.isInteger(n) || n < 0);
  return bad ? `${bad[0]} must be a whole number from 0, not ${String(bad[1])}` : undefined;
}
