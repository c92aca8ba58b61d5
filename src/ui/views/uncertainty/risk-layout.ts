import type { RiskProfile } from '../../../domain/analysis';
import { barWidth, BELOW_PLOT, CHART_WIDTH, FONT_SIZE, labelRows, linearScale, niceDomain, niceStep, stepPath, ticks, type PlotBox, type Scale } from './chart-scales';

/** A vertical line through both panels at a total, with its label above them. */
export interface RiskMarker {
  kind: 'expected' | 'baseline';
  x: number;
  labelX: number;
  labelY: number;
}

export interface RiskLayout {
  height: number;
  /** Points out of 100 across both panels. */
  x: Scale;
  xTicks: number[];
  /** The total axis's range in points when it is zoomed in from 0–100 to where the totals lie. */
  zoomed?: [number, number];
  /** Upper panel: the probability of each total, as bars. */
  bars: PanelAxis & { rects: Array<{ x: number; y: number; width: number; height: number }> };
  /** Lower panel: the probability of ending at or below each total, as a step line. */
  cumulative: PanelAxis & { path: string };
  markers: RiskMarker[];
}

interface PanelAxis {
  box: PlotBox;
  /** Percent up the side. */
  y: Scale;
  yTicks: number[];
  titleY: number;
}

const LEFT = 56;
const RIGHT = 24;
const ROW = FONT_SIZE + 4;
const PANEL_HEIGHT = 120;
/** Totals spread over less than this many points are drawn on an axis zoomed to them: on 0–100 they would be a smudge. */
const ZOOM_BELOW = 50;

/**
 * Where everything of the risk profile goes, in viewBox units. `markers` are
 * the totals to draw lines at (the option's expected total, the baseline's),
 * each with the width its label will take.
 */
export function riskLayout(profile: RiskProfile, markers: ReadonlyArray<{ kind: RiskMarker['kind']; total: number; labelWidth: number }>): RiskLayout {
  const totals = profile.points.map((p) => p.total * 100);
  const spanned = [...totals, ...markers.map((m) => m.total * 100)];
  const low = Math.min(...spanned);
  const high = Math.max(...spanned);
  const zoom = high - low < ZOOM_BELOW ? niceDomain(low, high, { count: 6, minSpan: 5 }) : undefined;
  const domain: [number, number] = zoom?.domain ?? [0, 100];
  const x = linearScale(domain, [LEFT, CHART_WIDTH - RIGHT]);

  const placed = markers.map((m) => {
    const half = m.labelWidth / 2;
    return { kind: m.kind, x: x(m.total * 100), labelX: Math.min(CHART_WIDTH - half, Math.max(half, x(m.total * 100))), width: m.labelWidth };
  });
  const rows = labelRows(placed.map((m) => ({ x: m.labelX, width: m.width })));
  const bandTop = FONT_SIZE + 2;
  const rowCount = markers.length > 0 ? Math.max(...rows) + 1 : 0;

  const barsTitleY = bandTop + rowCount * ROW + 10;
  const barsBox: PlotBox = { left: LEFT, top: barsTitleY + 12, width: CHART_WIDTH - LEFT - RIGHT, height: PANEL_HEIGHT };
  const cumulativeTitleY = barsBox.top + barsBox.height + 30;
  const cumulativeBox: PlotBox = { ...barsBox, top: cumulativeTitleY + 12 };

  const highestPercent = Math.max(...profile.points.map((p) => p.probability * 100));
  const barStep = niceStep(highestPercent, 4);
  const barTop = Math.max(barStep, Math.ceil(highestPercent / barStep - 1e-9) * barStep);
  const barY = linearScale([0, barTop], [barsBox.top + barsBox.height, barsBox.top]);
  const width = barWidth(totals, profile.binWidth === undefined ? undefined : profile.binWidth * 100, (domain[1] - domain[0]) / 40);
  const right = barsBox.left + barsBox.width;
  const rects = profile.points.map((p, k) => {
    // A bar at either end of the axis is cut at the plot's edge rather than drawn over the tick labels; at least a pixel wide, however narrow the bins.
    const from = Math.max(barsBox.left, x(totals[k]! - width / 2));
    // Binned bars abut; half a unit of overlap hides the hairline seams antialiasing would draw between them.
    const seam = profile.binWidth === undefined ? 0 : 0.5;
    const to = Math.min(right, Math.max(from + 1, x(totals[k]! + width / 2) + seam));
    const top = barY(p.probability * 100);
    return { x: from, y: top, width: to - from, height: barsBox.top + barsBox.height - top };
  });

  const cumulativeY = linearScale([0, 100], [cumulativeBox.top + cumulativeBox.height, cumulativeBox.top]);
  return {
    height: cumulativeBox.top + cumulativeBox.height + BELOW_PLOT,
    x,
    xTicks: ticks(domain, zoom?.step ?? 10),
    zoomed: zoom?.domain,
    bars: { box: barsBox, y: barY, yTicks: ticks([0, barTop], barStep), titleY: barsTitleY, rects },
    cumulative: {
      box: cumulativeBox,
      y: cumulativeY,
      yTicks: [0, 50, 100],
      titleY: cumulativeTitleY,
      path: stepPath(
        profile.points.map((p, k) => ({ x: x(totals[k]!), y: cumulativeY(p.cumulative * 100) })),
        cumulativeBox.left,
        right,
        cumulativeY(0),
      ),
    },
    markers: placed.map((m, k) => ({ kind: m.kind, x: m.x, labelX: m.labelX, labelY: bandTop + rows[k]! * ROW })),
  };
}
