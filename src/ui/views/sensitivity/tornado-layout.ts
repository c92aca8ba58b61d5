import type { Tornado, TornadoBar } from '../../../domain/sensitivity';
import { BELOW_PLOT, CHART_WIDTH, FONT_SIZE, LINE_HEIGHT, linearScale, niceDomain, ticks, type PlotBox, type Scale } from '../uncertainty/chart-scales';

/** One bar: from the margin now out to the margin at each end of the figure's range. */
export interface TornadoRow {
  /** Top of the row: its two lines of label, with the bar level with them. */
  y: number;
  /** x of the margin at the figure's low and high ends. */
  atLow: number;
  atHigh: number;
}

export interface TornadoLayout {
  height: number;
  box: PlotBox;
  /** Margin in points out of 100 across. */
  x: Scale;
  xTicks: number[];
  /** Baselines of the two header lines: who is ahead either side of zero, and the margin now. */
  sidesY: number;
  nowY: number;
  rows: TornadoRow[];
}

/** Bars are labelled in the left of the chart, on two lines. */
export const LABEL_WIDTH = 280;
/** Room either side of the plot for the margin written at a bar's end. */
const NUMBER_ROOM = 56;
export const BAR_HEIGHT = 22;
const ROW = 2 * LINE_HEIGHT + 10;

/**
 * Where everything of the tornado goes, in viewBox units: the margin of the
 * leader over the runner-up (points out of 100) along the bottom, zero marked
 * (left of it the runner-up would lead), one row per bar, widest first.
 */
export function tornadoLayout(tornado: Tornado, bars: readonly TornadoBar[]): TornadoLayout {
  const values = [0, tornado.margin, ...bars.flatMap((b) => [b.marginAtLow, b.marginAtHigh])].map((v) => v * 100);
  const { domain, step } = niceDomain(Math.min(...values), Math.max(...values), { pad: 0.02, count: 6, limits: [-100, 100], minSpan: 4 });
  const sidesY = FONT_SIZE + 2;
  const nowY = sidesY + LINE_HEIGHT;
  const box: PlotBox = { left: LABEL_WIDTH + 12 + NUMBER_ROOM, top: nowY + 10, width: CHART_WIDTH - LABEL_WIDTH - 12 - 2 * NUMBER_ROOM, height: bars.length * ROW };
  const x = linearScale(domain, [box.left, box.left + box.width]);
  return {
    height: box.top + box.height + BELOW_PLOT,
    box,
    x,
    xTicks: ticks(domain, step),
    sidesY,
    nowY,
    rows: bars.map((b, k) => ({ y: box.top + k * ROW + 4, atLow: x(b.marginAtLow * 100), atHigh: x(b.marginAtHigh * 100) })),
  };
}
