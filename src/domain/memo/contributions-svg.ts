import { oneLine } from '../text/controls';
import { points } from '../text/format';
import { htmlText } from '../text/html';
import { criterionColour, PALETTE } from '../text/palette';
import { shorten } from '../text/quote';
import type { Block } from './memo-document';

type Contributions = Extract<Block, { kind: 'contributions' }>;

// Drawing units: the SVG scales to the width of the page, so these are proportions, not pixels.
const WIDTH = 640;
const LEFT = 8;
const BAR_WIDTH = 560;
const ROW = 40;
const LABEL_Y = 14;
const BAR_Y = 19;
const BAR_HEIGHT = 16;
const AXIS = 34;
const TICKS = [0, 20, 40, 60, 80, 100];
/** Labels inside the chart are cut to one line; the table below it gives them whole. */
const LABEL_LENGTH = 90;

/**
 * The contributions as an inline SVG: one stacked horizontal bar per option,
 * best first and numbered as the columns of the table that gives the numbers,
 * a segment per criterion in the criterion's colour, on an axis of points out
 * of 100, with each total at the end of its bar. SVG fills print whether or
 * not the browser prints backgrounds, so the bars survive Save as PDF. Past
 * the palette's length a criterion's colour is striped with white, as in the
 * app. `id` keeps the figure's pattern and title ids unique in the document.
 */
export function contributionsSvg(block: Contributions, id: string): string {
  const height = block.rows.length * ROW + AXIS;
  const x = (value01: number) => LEFT + Math.max(0, value01) * BAR_WIDTH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title">`);
  parts.push(`<title id="${id}-title">${htmlText(block.title)}</title>`);
  const striped = block.criteria.map((_, j) => j).filter((j) => j >= PALETTE.length);
  if (striped.length > 0) parts.push(`<defs>${striped.map((j) => stripePattern(id, j)).join('')}</defs>`);
  const axisY = block.rows.length * ROW;
  for (const tick of TICKS) {
    const at = fixed(x(tick / 100));
    parts.push(`<line x1="${at}" y1="4" x2="${at}" y2="${axisY + 4}" stroke="#c8c8c8" stroke-width="1"/>`);
    parts.push(`<text x="${at}" y="${axisY + 17}" font-size="11" text-anchor="middle">${tick}</text>`);
  }
  parts.push(`<text x="${fixed(LEFT + BAR_WIDTH / 2)}" y="${axisY + 31}" font-size="11" text-anchor="middle">points out of 100</text>`);
  block.rows.forEach((row, r) => {
    const top = r * ROW;
    parts.push(`<text x="${LEFT}" y="${top + LABEL_Y}" font-size="12">${r + 1}. ${htmlText(shorten(oneLine(row.label), LABEL_LENGTH))}</text>`);
    let start = 0;
    row.values.forEach((value, j) => {
      if (!(value > 0)) return;
      const title = `${shorten(oneLine(block.criteria[j]!), LABEL_LENGTH)}: ${points(value)}`;
      parts.push(`<rect x="${fixed(x(start))}" y="${top + BAR_Y}" width="${fixed(value * BAR_WIDTH)}" height="${BAR_HEIGHT}" fill="${segmentFill(id, j)}" stroke="#ffffff" stroke-width="1"><title>${htmlText(title)}</title></rect>`);
      start += value;
    });
    parts.push(`<text x="${fixed(x(start) + 4)}" y="${top + BAR_Y + 12}" font-size="11" font-weight="700">${points(row.total)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** A legend swatch for criterion `j`, drawn (not a background) so that it prints too. */
export function swatchSvg(id: string, j: number): string {
  return `<svg class="swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${segmentFill(id, j)}"/></svg>`;
}

function segmentFill(id: string, j: number): string {
  return j < PALETTE.length ? criterionColour(j) : `url(#${id}-stripe-${j})`;
}

function stripePattern(id: string, j: number): string {
  return `<pattern id="${id}-stripe-${j}" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="7" fill="${criterionColour(j)}"/><rect x="4" width="3" height="7" fill="#ffffff"/></pattern>`;
}

/** Coordinates to two decimals, so that the same numbers always give the same bytes. */
function fixed(value: number): string {
  return String(Number(value.toFixed(2)));
}
