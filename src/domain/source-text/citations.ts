import { plural } from '../text/format';
import { didYouMean, q, qList } from '../text/quote';
import { readLocator, writeLocator, type Reference } from './locator';
import type { SourceBlock, SourceModel, SourceSection } from './read-source';
import { headingKey } from './text-keys';

export interface Cite {
  section: string;
  locator?: string;
}

/** The section a block sits in, by position: two sections may share a heading. */
function sectionIndex(model: SourceModel, block: SourceBlock): number {
  let index = -1;
  for (let k = 0; k < model.sections.length && model.sections[k]!.start <= block.start; k++) index = k;
  return index;
}

function blocksOf(model: SourceModel, section: SourceSection): SourceBlock[] {
  return model.blocks.filter((b) => b.start >= section.start && b.start < section.end);
}

/**
 * The citation for a selected passage, from character offsets into the text
 * (in either order): the heading of its section and the blocks it touches, in
 * the words `writeLocator` gives. A caret (start = end) inside a block cites
 * that block. Undefined when the passage touches no block (a heading, a title
 * line, blank space), spans two sections (cite each part on its own), or lies
 * in text before any heading of a text with no title.
 */
export function citationFor(model: SourceModel, start: number, end: number): Cite | undefined {
  const [from, to] = start <= end ? [start, end] : [end, start];
  const touched = model.blocks.filter((b) => (from === to ? b.start <= from && from <= b.end : b.start < to && from < b.end));
  if (touched.length === 0) return undefined;
  const index = sectionIndex(model, touched[0]!);
  if (index < 0 || sectionIndex(model, touched.at(-1)!) !== index) return undefined;
  const heading = model.sections[index]!.heading;
  if (heading === '') return undefined;
  return { section: heading, locator: writeLocator(touched, index === 0) };
}

/** Why a citation does not point into the text, and at which of its fields; undefined when it does. */
export function checkCitation(model: SourceModel, cite: Cite): { field: 'section' | 'locator'; message: string } | undefined {
  const key = headingKey(cite.section);
  const sections = model.sections.filter((s) => s.heading !== '' && headingKey(s.heading) === key);
  if (sections.length === 0) {
    const headings = model.sections.map((s) => s.heading).filter((h) => h !== '');
    const hint = didYouMean(cite.section, headings) || (headings.length === 0 ? '; the text has no headings' : ` (its headings: ${qList(headings)})`);
    return { field: 'section', message: `the source text has no heading ${q(cite.section)}${hint}` };
  }
  if (cite.locator === undefined) return undefined;
  const references = readLocator(cite.locator);
  let first: string | undefined;
  // Under a heading the text repeats, any section of that name will do.
  for (const section of sections) {
    const problem = references.map((r) => referenceProblem(r, blocksOf(model, section), section.heading)).find((p) => p !== undefined);
    if (problem === undefined) return undefined;
    first ??= problem;
  }
  return { field: 'locator', message: first! };
}

/**
 * Why a citation does not point into the text, or undefined when it does: a
 * heading the text lacks (compared without regard to case, spacing, markup or
 * typographic quotes), or a numbered paragraph, bullet or sub-point beyond what
 * its section has. Free text in a locator is accepted unread.
 */
export function citationProblem(model: SourceModel, cite: Cite): string | undefined {
  return checkCitation(model, cite)?.message;
}

function referenceProblem(reference: Reference, blocks: readonly SourceBlock[], heading: string): string | undefined {
  const { unit, numbers } = reference;
  const [count, owner] =
    unit === 'sub-point'
      ? [blocks.filter((b) => b.kind === 'bullet' && b.number === reference.bullet && b.sub !== undefined).length, `bullet ${reference.bullet} of ${q(heading)}`]
      : [blocks.filter((b) => b.kind === unit && b.sub === undefined).length, q(heading)];
  const beyond = numbers.includes(0) ? 0 : numbers.find((n) => n > count);
  if (beyond === undefined) return undefined;
  return `${owner} has ${count === 0 ? `no ${unit}s` : plural(count, unit)}, so there is no ${unit} ${beyond}${beyond === 0 ? ' (they are numbered from 1)' : ''}`;
}
