import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, linearScale, niceStep, type Scale } from '../uncertainty/chart-scales';

export interface CentralLayout {
  height: number;
  /** Top of each option's row. */
  rowY: number[];
  /** x of each criterion's bar (its left edge) and the bars' width. */
  barX: number[];
  barWidth: number;
  /** Weight (0..1) to height above the row's baseline, and the weight the full height stands for. */
  y: Scale;
  full: number;
  /** The bars' baseline within a row. */
  baseline: number;
  /** Baseline of the note under the rows that says what the full height stands for. */
  noteY: number;
}

/** Option labels (and how often each leads) take the left of the chart. */
export const LABEL_WIDTH = 250;
const BARS_LEFT = LABEL_WIDTH + 16;
const BARS_HEIGHT = 60;
const ROW = BARS_HEIGHT + 16;

/**
 * The central weights in viewBox units: a row per option that ever leads,
 * each a small bar per criterion (in criterion order and colour), all on one
 * scale so rows compare, whose full height is a round weight above the
 * largest shown.
 */
export function centralLayout(criteria: number, rows: number, largest: number): CentralLayout {
  const step = niceStep(largest, 4);
  const full = Math.min(1, Math.max(step, Math.ceil(largest / step - 1e-9) * step));
  const slot = (CHART_WIDTH - BARS_LEFT) / criteria;
  const top = 8;
  return {
    height: top + rows * ROW + FONT_SIZE + 8,
    noteY: top + rows * ROW + FONT_SIZE + 2,
    rowY: Array.from({ length: rows }, (_, k) => top + k * ROW),
    barX: Array.from({ length: criteria }, (_, j) => BARS_LEFT + j * slot + slot * 0.15),
    barWidth: slot * 0.7,
    y: linearScale([0, full], [0, BARS_HEIGHT]),
    full,
    baseline: BARS_HEIGHT + 2,
  };
}

/** Baselines in a row of the option's label (two lines at most) and of how often it comes first. */
export const LABEL_Y = FONT_SIZE + 2;
export const SHARE_Y = LABEL_Y + 2 * LINE_HEIGHT;
