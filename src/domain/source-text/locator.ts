import type { SourceBlock } from './read-source';

/**
 * The words of a locator, both ways: written for a passage's blocks, and read
 * back from what an analyst wrote. The vocabulary is "opening paragraph",
 * "paragraph n", "bullet n" and "sub-point m" (of the bullet named before it),
 * with plurals, ranges ("bullets 1-2", "bullets 2 to 4") and lists ("sub-points 1 and 3").
 */

/** One block's locator: "opening paragraph" only for the first paragraph under the title. */
function blockLocator(block: SourceBlock, opening: boolean): string {
  if (block.kind === 'paragraph') return opening && block.number === 1 ? 'opening paragraph' : `paragraph ${block.number}`;
  return block.sub === undefined ? `bullet ${block.number}` : `bullet ${block.number}, sub-point ${block.sub}`;
}

function span(first: number, last: number): string {
  return first === last ? String(first) : `${first}-${last}`;
}

/**
 * The locator of consecutive blocks of one section: one block's own, a run of
 * paragraphs or of bullets ("bullets 2-3"), sub-points of one bullet ("bullet
 * 4, sub-points 1-2"), a bullet with its sub-points ("bullet 6 and sub-points
 * 1-3"), or else the first and the last ("bullet 4, sub-point 2 to paragraph 1").
 */
export function writeLocator(blocks: readonly SourceBlock[], opening: boolean): string {
  const first = blocks[0]!;
  const last = blocks.at(-1)!;
  if (blocks.length === 1) return blockLocator(first, opening);
  if (blocks.every((b) => b.kind === first.kind && b.sub === undefined)) return `${first.kind === 'paragraph' ? 'paragraphs' : 'bullets'} ${span(first.number, last.number)}`;
  const rest = blocks.slice(1);
  if (first.kind === 'bullet' && rest.every((b) => b.kind === 'bullet' && b.number === first.number && b.sub !== undefined)) {
    if (first.sub !== undefined) return `bullet ${first.number}, sub-points ${span(first.sub, last.sub!)}`;
    return `bullet ${first.number} and ${rest.length === 1 ? 'sub-point' : 'sub-points'} ${span(rest[0]!.sub!, last.sub!)}`;
  }
  return `${blockLocator(first, opening)} to ${blockLocator(last, opening)}`;
}

/** A numbered reference read from a locator; a sub-point's `bullet` is the last bullet named before it. */
export type Reference = { unit: 'paragraph' | 'bullet'; numbers: number[] } | { unit: 'sub-point'; bullet: number; numbers: number[] };

const REFERENCE = /\b(opening paragraph)\b|\b(paragraphs?|bullets?|sub-?points?|sub-?bullets?)\s+(\d+(?:\s*(?:-|\u2013|to|,|and|&)\s*\d+)*)/gi;

/**
 * The numbered references in a locator. Anything else in it ("sentence 2",
 * "chart", "the paragraph after them") is free text: it is kept for the
 * reader, not checked. A sub-point with no bullet named before it cannot be checked either.
 */
export function readLocator(locator: string): Reference[] {
  const references: Reference[] = [];
  let bullet: number | undefined;
  for (const m of locator.matchAll(REFERENCE)) {
    if (m[1] !== undefined) {
      references.push({ unit: 'paragraph', numbers: [1] });
      continue;
    }
    const numbers = m[3]!.match(/\d+/g)!.map(Number);
    const word = m[2]!.toLowerCase();
    if (word.startsWith('sub')) {
      if (bullet !== undefined) references.push({ unit: 'sub-point', bullet, numbers });
    } else if (word.startsWith('bullet')) {
      references.push({ unit: 'bullet', numbers });
      bullet = numbers.at(-1);
    } else references.push({ unit: 'paragraph', numbers });
  }
  return references;
}
