import { lineAt } from '../text/line-position';
import type { Region } from './region';

/**
 * A region's text as lines, with each entry of its block collection as a
 * block of whole lines:
 *  - the comment lines directly above the entry at its own indent (no blank
 *    line between) belong to it; a comment further up, or at another indent,
 *    does not;
 *  - so do comment lines directly below it indented deeper than its key
 *    (notes on its content);
 *  - blank lines and the other comments stay where they are.
 * Each line keeps its own line break; the last may have none.
 */
export interface LineModel {
  blocks: Piece[];
  /** Lines before the first block, between blocks, and after the last. */
  gaps: string[][];
  /** Column of the entries' keys or dashes. */
  indent: number;
  eol: string;
  /**
   * When the region holds the collection's first entry: what precedes its
   * key on its line. That is indentation, or the dash of the list entry the
   * collection is written on ("  - "), which whichever entry comes first takes.
   */
  lead?: string;
}

interface Piece {
  lines: string[];
  /** Index in `lines` of the key line, and how many of its characters come before the key. */
  key: number;
  leadLength: number;
}

type Part = { lines: string[] } | Piece;

const BLANK = /^[ \t]*\r?\n?$/;
const COMMENT = /^[ \t]*#/;
const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** `floor`: the last line that belongs to no entry (the line holding the collection's key), or -1. */
export function lineModel(region: Region, eol: string, floor: number, holdsFirst: boolean): LineModel {
  const lines = region.text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length;
  }
  const lineOf = (offset: number) => lineAt(starts, offset);
  const indent = region.collection.indent;
  const spans: Array<{ top: number; key: number; bottom: number; leadLength: number }> = [];
  region.entries.forEach((entry, k) => {
    const key = lineOf(entry.begin);
    const next = region.entries[k + 1];
    const limit = next ? lineOf(next.begin) : lines.length;
    // Content that ends with a line break ends with an empty line (the blank lines a `|+` block scalar keeps).
    let bottom = region.text[entry.contentEnd - 1] === '\n' ? lineOf(entry.contentEnd) : lineOf(entry.contentEnd - 1);
    while (bottom + 1 < limit && COMMENT.test(lines[bottom + 1]!) && indentOf(lines[bottom + 1]!) > indent) bottom++;
    const above = k > 0 ? spans[k - 1]!.bottom : floor;
    let top = key;
    while (top - 1 > above && COMMENT.test(lines[top - 1]!) && indentOf(lines[top - 1]!) === indent) top--;
    spans.push({ top, key, bottom, leadLength: entry.begin - starts[key]! });
  });
  const blocks = spans.map((s) => ({ lines: lines.slice(s.top, s.bottom + 1), key: s.key - s.top, leadLength: s.leadLength }));
  const gaps = spans.map((s, k) => lines.slice(k > 0 ? spans[k - 1]!.bottom + 1 : 0, s.top));
  gaps.push(lines.slice(spans[spans.length - 1]!.bottom + 1));
  const first = spans[0]!;
  return { blocks, gaps, indent, eol, ...(holdsFirst ? { lead: lines[first.key]!.slice(0, first.leadLength) } : {}) };
}

/** The blank lines at the end of a gap (those directly above the block after it). */
const trailingBlanks = (gap: string[]) => {
  let n = 0;
  while (n < gap.length && BLANK.test(gap[gap.length - 1 - n]!)) n++;
  return n;
};

/**
 * The text of gaps and blocks in order. The first block takes the
 * collection's lead and any other its indentation, so a block can move in or
 * out of first place even where the first entry shares the line of a dash.
 */
function render(model: LineModel, parts: Part[]): string {
  const out: string[] = [];
  let blocks = 0;
  for (const part of parts) {
    let lines = part.lines;
    if ('key' in part && model.lead !== undefined) {
      const lead = blocks === 0 ? model.lead : ' '.repeat(model.indent);
      lines = lines.slice();
      lines[part.key] = lead + lines[part.key]!.slice(part.leadLength);
    }
    if ('key' in part) blocks++;
    if (lines.length === 0) continue;
    const last = out.length - 1;
    if (last >= 0 && !out[last]!.endsWith('\n')) out[last] += model.eol;
    out.push(...lines);
  }
  return out.join('');
}

/** Gaps and blocks interleaved: gap 0, block 0, gap 1, ..., the last gap. */
function interleave(gaps: string[][], blocks: Part[]): Part[] {
  const parts: Part[] = [];
  blocks.forEach((block, i) => parts.push({ lines: gaps[i]! }, block));
  parts.push({ lines: gaps[blocks.length]! });
  return parts;
}

/**
 * Block `k` removed, with one separator: the blank lines above it, or, for
 * the collection's first entry, those below it (what follows moves up).
 */
export function removeBlock(model: LineModel, k: number): string {
  const gaps = model.gaps.map((g) => g.slice());
  const blocks: Part[] = model.blocks.slice();
  if (k > 0 || model.lead === undefined) {
    const above = gaps[k]!;
    above.splice(above.length - trailingBlanks(above));
  } else {
    const below = gaps[1]!;
    let n = 0;
    while (n < below.length && BLANK.test(below[n]!)) n++;
    below.splice(0, n);
  }
  // The gaps either side of the removed block become one.
  gaps.splice(k, 2, [...gaps[k]!, ...gaps[k + 1]!]);
  blocks.splice(k, 1);
  return render(model, interleave(gaps, blocks));
}

/** New lines (indented, each with its line break) as the block at position `k`, separated from its neighbours as they are from each other. */
export function insertBlock(model: LineModel, k: number, lines: string[]): string {
  const gaps = model.gaps.map((g) => g.slice());
  const blocks: Part[] = model.blocks.slice();
  const count = blocks.length;
  // The separation between neighbouring entries, as the nearest pair shows it (none when there is no pair).
  const pairGap = count > 1 ? gaps[Math.min(Math.max(k, 1), count - 1)]! : model.lead === undefined ? gaps[0]! : [];
  const separation = Array.from({ length: trailingBlanks(pairGap) }, () => model.eol);
  blocks.splice(k, 0, { lines, key: 0, leadLength: model.indent });
  if (k === count) gaps.splice(count, 0, separation);
  else gaps.splice(k + 1, 0, separation);
  return render(model, interleave(gaps, blocks));
}

/** Block `from` moved to position `to`; the blank lines and loose comments between blocks stay where they are. */
export function moveBlock(model: LineModel, from: number, to: number): string {
  const blocks: Part[] = model.blocks.slice();
  blocks.splice(to, 0, ...blocks.splice(from, 1));
  return render(model, interleave(model.gaps, blocks));
}

/**
 * The only block removed and the collection written empty (`[]` or `{}`):
 * after the key when `after` (an offset in the region's text, on the key's
 * line, before the block) is given, else on a line of its own where the block was.
 */
export function emptied(model: LineModel, marker: string, after: number | undefined): string {
  const [before, rest] = [model.gaps[0]!, model.gaps[1]!];
  if (after === undefined) {
    const block = model.blocks[0]!;
    const lastBreak = /\r?\n$/.exec(block.lines[block.lines.length - 1]!)?.[0] ?? '';
    return [...before, `${model.lead ?? ' '.repeat(model.indent)}${marker}${lastBreak}`, ...rest].join('');
  }
  const text = before.join('');
  return `${text.slice(0, after)} ${marker}${text.slice(after)}${rest.join('')}`;
}
