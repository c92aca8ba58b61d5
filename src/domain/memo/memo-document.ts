/**
 * A decision memo as structured content, independent of any file format: the
 * Markdown, print-HTML and Word writers each render this, so the three say
 * the same thing. Every string in it is plain text (from the scenario, the
 * session or the tool): each writer escapes it for its own format.
 */
export interface Run {
  text: string;
  strong?: boolean;
}

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | { kind: 'table'; header: string[]; rows: string[][]; /** Which columns hold numbers (set right-aligned). */ numeric: boolean[] }
  | {
      kind: 'contributions';
      title: string;
      /** Criterion labels, in criterion order (a segment's colour is its criterion's, by index). */
      criteria: string[];
      /** Options best first: each criterion's contribution (0..1 of the total) and the total. */
      rows: Array<{ label: string; values: number[]; total: number }>;
    }
  | { kind: 'decision'; choices: string[] };

export interface Section {
  /** A stable id for the section (for anchors and tests). */
  id: string;
  title: string;
  blocks: Block[];
  /** Subsections, e.g. one per option. */
  parts?: Array<{ title: string; blocks: Block[] }>;
}

export interface MemoDocument {
  /** The classification or handling marking, as the banner at the top and bottom of every page. */
  marking: string;
  status: 'DRAFT' | 'FINAL';
  heading: { to: string; from: string; date: string; subject: string };
  sections: Section[];
  /** The file name without its extension: the marking, the scenario and the date. */
  fileStem: string;
}

/** A paragraph of one plain run. */
export function paragraph(text: string): Block {
  return { kind: 'paragraph', runs: [{ text }] };
}

/** The memo's title, above the heading block (whose subject says what it is about). */
export const MEMO_TITLE = 'Decision memorandum';

/** The banner every writer prints at the top and bottom of each page: the marking, with "// DRAFT" until the memo is final. */
export function bannerText(doc: Pick<MemoDocument, 'marking' | 'status'>): string {
  return doc.status === 'DRAFT' ? `${doc.marking} // DRAFT` : doc.marking;
}

/** The heading block's lines, in the order a staff memo gives them. */
export function headingFields(doc: Pick<MemoDocument, 'heading'>): Array<[label: string, value: string]> {
  return [
    ['TO', doc.heading.to],
    ['FROM', doc.heading.from],
    ['DATE', doc.heading.date],
    ['SUBJECT', doc.heading.subject],
  ];
}
