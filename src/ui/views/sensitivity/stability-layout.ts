import type { StabilityResult } from '../../../domain/sensitivity';
import { BELOW_PLOT, CHART_WIDTH, FONT_SIZE, linearScale, ticks, type PlotBox, type Scale } from '../uncertainty/chart-scales';

/** Where the name of the option that takes over past one end of an interval goes, on the line under the bar. */
export interface EndLabel {
  option: number;
  x: number;
  anchor: 'start' | 'end';
  maxWidth: number;
}

export interface StabilityRow {
  criterion: number;
  /** Top of the bar; the criterion's label is level with it. */
  y: number;
  /** x of the interval's ends and of the weight now. */
  low: number;
  high: number;
  current: number;
  critical: boolean;
  below?: EndLabel;
  above?: EndLabel;
}

export interface StabilityLayout {
  height: number;
  box: PlotBox;
  /** Weight (0..1) across. */
  x: Scale;
  xTicks: number[];
  rows: StabilityRow[];
}

/** Criterion labels take the left of the chart, on up to two lines; the bars, 0–100 %, the rest. */
export const LABEL_WIDTH = 230;
const BAR_LEFT = LABEL_WIDTH + 14;
/** Room for the "100%" tick label centred on the bar's end. */
const RIGHT = 28;
export const BAR_HEIGHT = 22;
/** Baseline of the line of names under a bar. */
export const NAME_Y = BAR_HEIGHT + FONT_SIZE + 2;
/** A bar, the line of names under it, and a gap. */
const ROW = NAME_Y + 18;
const GAP = 5;

/**
 * Where everything of the weight-stability chart goes, in viewBox units. Each
 * criterion is a row: a 0–100 % bar with the interval within which the top
 * option stays top, the weight now, and under the bar the option that takes
 * over past each end.
 */
export function stabilityLayout(result: StabilityResult): StabilityLayout {
  const top = 8;
  const box: PlotBox = { left: BAR_LEFT, top, width: CHART_WIDTH - BAR_LEFT - RIGHT, height: result.perCriterion.length * ROW };
  const x = linearScale([0, 1], [box.left, box.left + box.width]);
  const rows = result.perCriterion.map(
    (s, k): StabilityRow => ({
      criterion: s.criterion,
      y: top + k * ROW,
      low: x(s.low),
      high: x(s.high),
      current: x(s.current),
      critical: result.critical?.criterion === s.criterion,
      ...placeNames(s.takesOverBelow, s.takesOverAbove, [box.left, CHART_WIDTH]),
    }),
  );
  return { height: box.top + box.height + BELOW_PLOT, box, x, xTicks: ticks([0, 1], 0.2), rows };
}

/**
 * The names past each end, on the line under the bar: the one past the lower
 * end from the bar's left, the one past the upper end up to the chart's right
 * (the ◂ and ▸ beside them point the way), each taking half the line when
 * there are two, the whole line when there is one.
 */
function placeNames(below: number | undefined, above: number | undefined, [left, right]: [number, number]): { below?: EndLabel; above?: EndLabel } {
  const room = below !== undefined && above !== undefined ? (right - left) / 2 - GAP : right - left;
  return {
    ...(below === undefined ? {} : { below: { option: below, x: left, anchor: 'start', maxWidth: room } }),
    ...(above === undefined ? {} : { above: { option: above, x: right, anchor: 'end', maxWidth: room } }),
  };
}
