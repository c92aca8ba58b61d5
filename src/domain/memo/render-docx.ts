import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableBorders,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { criterionColour, PALETTE } from '../text/palette';
import { points } from '../text/format';
import { contributionsChart } from './bar-chart-png';
import { columnWidths } from './column-widths';
import { fixPackageDates } from './docx-package';
import { textRuns, wordText } from './docx-text';
import type { Block, MemoDocument, Run } from './memo-document';

/** US Letter with one-inch margins: 6.5 inches of text, in twentieths of a point. */
const PAGE = { width: 12240, height: 15840, margin: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const ORDERED = 'memo-ordered';
const BULLETED = 'memo-bulleted';
/**
 * Headings bold, kept with what follows, and given outline levels, so that
 * Word's navigation pane and table of contents see the memo's structure.
 */
const STYLES = {
  default: {
    document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120 } } },
    title: { run: { font: 'Calibri', size: 40, bold: true }, paragraph: { spacing: { after: 120 } } },
    heading1: { run: { font: 'Calibri', size: 28, bold: true, color: '1F3864' }, paragraph: { keepNext: true, outlineLevel: 0, spacing: { before: 360, after: 120 } } },
    heading2: { run: { font: 'Calibri', size: 24, bold: true, color: '1F3864' }, paragraph: { keepNext: true, outlineLevel: 1, spacing: { before: 240, after: 120 } } },
  },
};
/**
 * Numbers that run through one document: each ordered list restarts at 1 as
 * a new instance, and each drawing needs its own id, which docx would
 * otherwise take from a counter shared by every document made in the process
 * (so the second rendering of a memo would differ from the first).
 */
interface Counters {
  orderedLists: number;
  drawings: number;
}

/**
 * The memo as a Word document: Title, Heading 1 and Heading 2 for the memo,
 * its sections and their parts, so Word's navigation pane and outline work;
 * real tables and lists; the marking as a banner at the top and bottom of
 * every page; the contributions chart as a PNG with alternative text and its
 * numbers in a table. The same memo gives the same bytes.
 */
export async function renderMemoDocx(memo: MemoDocument): Promise<Uint8Array> {
  const counters: Counters = { orderedLists: 0, drawings: 0 };
  const body: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Decision memorandum') }),
    new Paragraph({ children: textRuns(memo.status, { bold: true }) }),
    headingTable(memo.heading),
  ];
  for (const section of memo.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(section.title) }));
    body.push(...section.blocks.flatMap((b) => blockChildren(b, counters)));
    for (const part of section.parts ?? []) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(part.title) }));
      body.push(...part.blocks.flatMap((b) => blockChildren(b, counters)));
    }
  }
  const doc = new Document({
    creator: 'policy-options',
    lastModifiedBy: 'policy-options',
    revision: 1,
    title: wordText(memo.heading.subject),
    styles: STYLES,
    numbering: { config: [listConfig(ORDERED, LevelFormat.DECIMAL, '%1.'), listConfig(BULLETED, LevelFormat.BULLET, '•')] },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        headers: { default: new Header({ children: [banner(memo.marking), new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(memo.status) })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }), banner(memo.marking)],
          }),
        },
        children: body,
      },
    ],
  });
  return fixPackageDates(await Packer.pack(doc, 'uint8array'), memo.heading.date);
}

/** The classification or handling marking, centred and bold, as a page banner. */
function banner(marking: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(marking, { bold: true }) });
}

function headingTable(heading: MemoDocument['heading']): Table {
  const rows: Array<[string, string]> = [
    ['TO', heading.to],
    ['FROM', heading.from],
    ['DATE', heading.date],
    ['SUBJECT', heading.subject],
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [1400, TEXT_WIDTH - 1400],
    borders: TableBorders.NONE,
    rows: rows.map(([label, value]) => new TableRow({ children: [textCell(label, { bold: true }), textCell(value)] })),
  });
}

function blockChildren(block: Block, counters: Counters): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs) })];
    case 'list': {
      const instance = block.ordered ? ++counters.orderedLists : 0;
      return block.items.map((item) => new Paragraph({ numbering: { reference: block.ordered ? ORDERED : BULLETED, level: 0, instance }, children: runs(item) }));
    }
    case 'table':
      return [dataTable(block.header, block.rows, block.numeric)];
    case 'contributions':
      return contributions(block, counters);
    case 'decision':
      // A line to initial after each choice, ruled to the margin by a tab leader so the lines are equal.
      return block.choices.map(
        (choice) =>
          new Paragraph({
            spacing: { before: 240 },
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: 'underscore' }],
            children: [...textRuns(choice), new TextRun({ children: [new Tab()] })],
          }),
      );
  }
}

function runs(parts: Run[]): TextRun[] {
  return parts.flatMap((r) => textRuns(r.text, { bold: r.strong }));
}

/** Tables this wide set their text a size smaller, so that numbers keep to one line in narrow columns. */
const WIDE_TABLE = 7;
const SMALL = 18;
const CELL_SPACING = { before: 40, after: 40 };
const HEADER_FILL = { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' };

interface CellStyle {
  bold?: boolean;
  right?: boolean;
  small?: boolean;
  shading?: { type: (typeof ShadingType)[keyof typeof ShadingType]; color: string; fill: string };
}

function textCell(text: string, style: CellStyle = {}): TableCell {
  return new TableCell({
    ...(style.shading ? { shading: style.shading } : {}),
    children: [new Paragraph({ spacing: CELL_SPACING, alignment: style.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: textRuns(text, { bold: style.bold, size: style.small ? SMALL : undefined }) })],
  });
}

/** A table with its header row repeated on every page it runs onto, and numbers right-aligned. */
function dataTable(header: string[], rows: string[][], numeric: boolean[]): Table {
  const small = header.length >= WIDE_TABLE;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(header, rows, numeric, TEXT_WIDTH, small),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, c) => textCell(h, { bold: true, right: numeric[c], small, shading: HEADER_FILL })) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, c) => textCell(text, { right: numeric[c], small })) })),
    ],
  });
}

/** Points per inch, and how wide a bar is drawn in the chart table (the rest of the text width is the rank, the option's name and its total). */
const BAR_WIDTH_PT = 250;

/**
 * The chart as a table with a row per option in the memo's order: its rank,
 * its name, its bar (a PNG on the 0 to 100 scale, so bars compare by length)
 * and its total. Then the numbers, one column per option under its rank, and
 * a row per criterion led by a cell of the criterion's colour (striped past
 * the palette, as in the bars): that table is the bars' key.
 */
function contributions(block: Extract<Block, { kind: 'contributions' }>, counters: Counters): FileChild[] {
  const barColumn = BAR_WIDTH_PT * 20 + 2 * 108;
  const sideColumns = columnWidths(['#', 'Option', 'Total'], block.rows.map((r, i) => [String(i + 1), r.label, points(r.total)]), [true, false, true], TEXT_WIDTH - barColumn, false);
  const chart = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [sideColumns[0]!, sideColumns[1]!, barColumn, sideColumns[2]!],
    rows: [
      new TableRow({ tableHeader: true, children: ['#', 'Option', 'What each criterion adds', 'Total'].map((h, c) => textCell(h, { bold: true, right: c === 0 || c === 3, shading: HEADER_FILL })) }),
      ...block.rows.map(
        (row, i) =>
          new TableRow({
            cantSplit: true,
            children: [textCell(String(i + 1), { right: true }), textCell(row.label), barCell(block, row, ++counters.drawings), textCell(points(row.total), { right: true })],
          }),
      ),
    ],
  });
  const header = ['', 'Criterion', ...block.rows.map((_, i) => String(i + 1))];
  const rows = [...block.criteria.map((label, j) => ['', label, ...block.rows.map((r) => points(r.values[j] ?? 0))]), ['', 'Total', ...block.rows.map((r) => points(r.total))]];
  const small = header.length >= WIDE_TABLE;
  const total = rows.length - 1;
  const numbers = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(header, rows, header.map((_, c) => c > 1), TEXT_WIDTH, small),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, c) => textCell(h, { bold: true, right: c > 1, small, shading: HEADER_FILL })) }),
      ...rows.map((row, r) => new TableRow({ children: row.map((text, c) => (c === 0 && r < total ? swatch(r) : textCell(text, { bold: r === total, right: c > 1, small }))) })),
    ],
  });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240 }, children: textRuns(block.title, { bold: true }) }),
    chart,
    new Paragraph({ keepNext: true, spacing: { before: 240 }, children: textRuns('The same in numbers, each option under its number above; the coloured cells are the key to the bars.') }),
    numbers,
  ];
}

/** One option's bar, drawn on the chart's fixed scale, with its name and its largest parts in the alternative text. */
function barCell(block: Extract<Block, { kind: 'contributions' }>, row: Extract<Block, { kind: 'contributions' }>['rows'][number], drawing: number): TableCell {
  const bar = contributionsChart({ ...block, rows: [row] });
  const largest = row.values
    .map((value, j) => ({ value, label: block.criteria[j] ?? '' }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((part) => `${part.label} ${points(part.value)}`);
  const image = new ImageRun({
    type: 'png',
    data: bar.png,
    transformation: { width: (BAR_WIDTH_PT * 4) / 3, height: (bar.height * BAR_WIDTH_PT * 4) / 3 / bar.width },
    altText: {
      id: String(drawing),
      name: `Contributions bar ${drawing}`,
      title: wordText(row.label),
      description: wordText(`${row.label}: ${points(row.total)} points out of 100, split by criterion in the colours of the key below; the largest parts: ${largest.join(', ')}.`),
    },
  });
  return new TableCell({ children: [new Paragraph({ spacing: CELL_SPACING, children: [image] })] });
}

/** A cell filled with a criterion's colour, as its segments are in the chart. */
function swatch(criterion: number): TableCell {
  const colour = criterionColour(criterion).slice(1);
  const shading = criterion < PALETTE.length ? { type: ShadingType.CLEAR, color: 'auto', fill: colour } : { type: ShadingType.DIAGONAL_STRIPE, color: colour, fill: 'FFFFFF' };
  return new TableCell({ shading, children: [new Paragraph({ children: [] })] });
}

function listConfig(reference: string, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
  return { reference, levels: [{ level: 0, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] };
}
