import { CHART_WIDTH, FONT_SIZE } from '../uncertainty/chart-scales';

export interface MatrixLayout {
  /** The viewBox is wider than CHART_WIDTH when the options are many, so that every cell keeps room for its number. */
  width: number;
  height: number;
  /** The smallest width to draw at, in CSS pixels, so that text never renders under 13 px (see chart-scales.ts). */
  minWidth: number;
  cellsLeft: number;
  cellWidth: number;
  cellHeight: number;
  /** Baselines of the axis title and of the rank labels above the cells. */
  titleY: number;
  ranksY: number;
  /** Top of the first row of cells. */
  top: number;
}

/** Option labels take the left of the chart. */
export const LABEL_WIDTH = 250;
/** Room for "100%" at FONT_SIZE, with a margin. */
const CELL_MIN = 60;
/** Two lines of an option's label. */
const CELL_HEIGHT = 46;

/** The rank-acceptability matrix in viewBox units: a row per option, a column per rank. */
export function matrixLayout(options: number): MatrixLayout {
  const cellsLeft = LABEL_WIDTH + 12;
  const width = Math.max(CHART_WIDTH, cellsLeft + options * CELL_MIN);
  const titleY = FONT_SIZE + 2;
  const ranksY = titleY + FONT_SIZE + 10;
  const top = ranksY + 8;
  return {
    width,
    height: top + options * CELL_HEIGHT + 4,
    minWidth: (width * 600) / CHART_WIDTH,
    cellsLeft,
    cellWidth: (width - cellsLeft) / options,
    cellHeight: CELL_HEIGHT,
    titleY,
    ranksY,
    top,
  };
}

/** From white to a mid blue (ColorBrewer's Blues, #4292C6) by share: dark text stays readable on every cell (contrast ≥ 4.5 at the darkest). */
export function cellFill(share: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * Math.min(1, Math.max(0, share)));
  return `rgb(${mix(255, 0x42)}, ${mix(255, 0x92)}, ${mix(255, 0xc6)})`;
}

/** A share in a cell, in whole per cents; never "0%" or "100%" for what merely rounds there. */
export function cellText(share: number): string {
  if (share <= 0) return '0';
  if (share >= 1) return '100%';
  if (share < 0.005) return '<1%';
  if (share >= 0.995) return '>99%';
  return `${Math.round(share * 100)}%`;
}
