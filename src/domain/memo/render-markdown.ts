import { points } from '../text/format';
import { mdInline, mdLine, mdLineStart } from '../text/markdown';
import { bannerText, headingFields, MEMO_TITLE, type Block, type MemoDocument, type Run } from './memo-document';

/**
 * The memo as GitHub-flavoured Markdown: the marking as a bold line at the top
 * and the bottom, the heading block, a `##` heading per section and `###` per
 * option. Every string passes through `mdInline` (or `mdLine` where it starts
 * a line), so nothing from the scenario or the session makes structure of its
 * own. The same document gives the same bytes.
 */
export function renderMemoMarkdown(doc: MemoDocument): string {
  const banner = `**${mdInline(bannerText(doc))}**`;
  const fields = headingFields(doc);
  // A backslash at the end of a line is a hard line break: the heading block stays one paragraph, one field a line.
  const lines = [banner, '', `# ${MEMO_TITLE}`, '', ...fields.map(([label, value], k) => `**${label}:** ${mdInline(value)}${k < fields.length - 1 ? '\\' : ''}`), ''];
  for (const section of doc.sections) {
    lines.push(`## ${mdInline(section.title)}`, '', ...section.blocks.flatMap(blockLines));
    for (const part of section.parts ?? []) lines.push(`### ${mdInline(part.title)}`, '', ...part.blocks.flatMap(blockLines));
  }
  lines.push(banner);
  return `${lines.join('\n')}\n`;
}

/** A block's lines, followed by the blank line that ends it. */
function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [runsLine(block.runs), ''];
    case 'list':
      return [...block.items.map((runs, k) => `${block.ordered ? `${k + 1}.` : '-'} ${runsLine(runs)}`), ''];
    case 'table':
      return [...table(block.header, block.rows, block.numeric), ''];
    case 'contributions':
      // Markdown has no charts: the same numbers as a table, in points out of 100.
      return [
        mdLine(block.title),
        '',
        ...table(
          ['Option', ...block.criteria, 'Total'],
          block.rows.map((row) => [row.label, ...row.values.map((v) => points(v)), points(row.total)]),
          [false, ...block.criteria.map(() => true), true],
        ),
        '',
      ];
    case 'decision':
      return block.choices.flatMap((choice) => [mdLine(`${choice} ________`), '']);
  }
}

/** Runs escaped one by one (bold ones in `**`), then the line start escaped as a whole. */
function runsLine(runs: readonly Run[]): string {
  return mdLineStart(runs.map(run).join(''));
}

function run({ text, strong }: Run): string {
  if (!strong) return mdInline(text);
  // Emphasis only opens and closes against non-space characters: spaces go outside the `**`.
  const [, before, inner, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return inner ? `${mdInline(before!)}**${mdInline(inner)}**${mdInline(after!)}` : mdInline(text);
}

function table(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string[] {
  const line = (cells: readonly string[]) => `| ${header.map((_, k) => mdInline(cells[k] ?? '')).join(' | ')} |`;
  return [line(header), `|${header.map((_, k) => (numeric[k] ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}
