import { points } from '../text/format';
import { escapeHtml, htmlText, htmlWrappable } from '../text/html';
import { contributionsSvg, swatchSvg } from './contributions-svg';
import { bannerText, headingFields, MEMO_TITLE, type Block, type MemoDocument, type Run } from './memo-document';
import { memoStylesheet } from './memo-stylesheet';

/**
 * Nothing may load or run: a memo opened from a mail or a share shows only
 * itself, even if some text were to slip past the escaping.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The memo as one self-contained HTML document that prints cleanly with the
 * browser's Save as PDF (see memo-stylesheet.ts): no scripts, no links, no
 * external resources. Every string is HTML-escaped with its control
 * characters shown as escapes, and each piece of text is a `<bdi>`, so
 * right-to-left text keeps its direction without turning the memo's own
 * words around. The same document gives the same bytes.
 */
export function renderMemoHtml(doc: MemoDocument): string {
  const banner = bannerText(doc);
  const bannerLine = `<p class="banner" role="note">${cell(banner)}</p>`;
  const figures = { count: 0 };
  const body = [
    bannerLine,
    '<main>',
    `<h1>${MEMO_TITLE}</h1>`,
    '<table class="heading-block">',
    ...headingFields(doc).map(([label, value]) => `<tr><th scope="row">${label}:</th><td>${cell(value)}</td></tr>`),
    '</table>',
    ...doc.sections.flatMap((section) => [
      `<section id="memo-${escapeHtml(section.id)}">`,
      `<h2>${cell(section.title)}</h2>`,
      ...section.blocks.map((block) => blockHtml(block, figures)),
      ...(section.parts ?? []).flatMap((part) => ['<section class="part">', `<h3>${cell(part.title)}</h3>`, ...part.blocks.map((block) => blockHtml(block, figures)), '</section>']),
      '</section>',
    ]),
    '</main>',
    bannerLine,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(`${banner}: ${doc.heading.subject}`)}</title>`,
    `<style>${memoStylesheet(banner)}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: Block, figures: { count: number }): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${runsHtml(block.runs)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((runs) => `<li>${runsHtml(runs)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(block.header, block.rows, block.numeric);
    case 'contributions': {
      const id = `memo-chart-${++figures.count}`;
      const legend = block.criteria.map((label, j) => `<li>${swatchSvg(id, j)}${cell(label)}</li>`).join('');
      return [
        '<figure>',
        `<figcaption>${cell(block.title)}</figcaption>`,
        contributionsSvg(block, id),
        `<ul class="legend" aria-label="Criteria">${legend}</ul>`,
        '</figure>',
        // The chart's numbers, for readers who cannot see the colours and for anyone checking a figure. A criterion a
        // row keeps the table within the page however many criteria there are; the columns are numbered as the bars.
        table(
          ['Criterion', ...block.rows.map((_, r) => String(r + 1))],
          [...block.criteria.map((label, j) => [label, ...block.rows.map((row) => points(row.values[j]!))]), ['Total', ...block.rows.map((row) => points(row.total))]],
          [false, ...block.rows.map(() => true)],
          "The chart's numbers in points out of 100: a row per criterion, a column per option, numbered as the bars.",
        ),
      ].join('\n');
    }
    case 'decision':
      return `<ul class="decision">${block.choices.map((choice) => `<li>${cell(choice)}<span class="blank" aria-hidden="true"></span></li>`).join('')}</ul>`;
  }
}

function runsHtml(runs: readonly Run[]): string {
  return runs.map((run) => (run.strong ? `<strong>${cell(run.text)}</strong>` : cell(run.text))).join('');
}

/** One piece of text, isolated for direction, and able to wrap however long its words. */
function cell(text: string): string {
  return `<bdi>${htmlWrappable(text)}</bdi>`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[], caption?: string): string {
  const cls = (k: number) => (numeric[k] ? ' class="num"' : '');
  const head = header.map((h, k) => `<th scope="col"${cls(k)}>${cell(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${header.map((_, k) => `<td${cls(k)}>${cell(row[k] ?? '')}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n${caption ? `<caption>${cell(caption)}</caption>\n` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
