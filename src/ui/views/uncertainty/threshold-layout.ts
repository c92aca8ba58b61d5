import { valueOnCurve, type ProbabilityThresholds } from '../../../domain/analysis';
import { number, percent } from '../../../domain/text/format';
import { BELOW_PLOT, CHART_WIDTH, FONT_SIZE, labelRows, linearScale, niceDomain, textWidth, ticks, type PlotBox, type Scale } from './chart-scales';
import type { ThresholdFact } from './threshold-facts';

/** A vertical marker: the current probability, or a numbered threshold from the list under the chart. */
export interface ThresholdMarker {
  kind: 'now' | ThresholdFact['kind'];
  x: number;
  /** Where the marker meets the line it is about: the option's curve, or the rival's level. */
  y: number;
  label: string;
  labelX: number;
  labelY: number;
}

export interface ThresholdLayout {
  height: number;
  box: PlotBox;
  /** Probability (0..1) across. */
  x: Scale;
  /** Points out of 100 up the side. */
  y: Scale;
  xTicks: number[];
  yTicks: number[];
  /** Baselines of the legend row and of the y axis title. */
  legendY: number;
  yTitleY: number;
  curve: Array<{ x: number; y: number }>;
  rivalY?: number;
  markers: ThresholdMarker[];
}

const LEFT = 48;
const RIGHT = 24;
const ROW = FONT_SIZE + 4;
const PLOT_HEIGHT = 220;

/**
 * Where everything of the threshold chart goes, in viewBox units (points out
 * of 100 up the side, probability in % along the bottom). Marker labels sit
 * in rows above the plot, as many rows as it takes for close thresholds
 * (Goferbroke's 23.75% and 27.88%) not to print over each other.
 */
export function thresholdLayout(t: ProbabilityThresholds, facts: readonly ThresholdFact[]): ThresholdLayout {
  const x = linearScale([0, 1], [LEFT, CHART_WIDTH - RIGHT]);
  const labelled = [
    { kind: 'now' as const, p: t.probability, label: `now ${number(t.probability * 100, 2)}%` },
    ...facts.map((f, i) => ({ kind: f.kind, p: f.p, label: `${i + 1}: ${percent(f.p, 2)}` })),
  ].map((m) => {
    // Labels centred on their marker, but never past the edge of the chart.
    const half = textWidth(m.label) / 2;
    return { ...m, labelX: Math.min(CHART_WIDTH - half, Math.max(half, x(m.p))), width: half * 2 };
  });
  const rows = labelRows(labelled.map((m) => ({ x: m.labelX, width: m.width })));
  const rowCount = Math.max(...rows) + 1;

  const legendY = FONT_SIZE + 2;
  const yTitleY = legendY + ROW + 8;
  const bandTop = yTitleY + ROW + 4;
  const box: PlotBox = { left: LEFT, top: bandTop + (rowCount - 1) * ROW + 10, width: CHART_WIDTH - LEFT - RIGHT, height: PLOT_HEIGHT };

  const levels = [...t.curve.map((c) => c.total * 100), ...(t.rival ? [t.rival.total * 100] : [])];
  const { domain, step } = niceDomain(Math.min(...levels), Math.max(...levels));
  const y = linearScale(domain, [box.top + box.height, box.top]);
  const yOfTotal = (total01: number) => y(total01 * 100);

  return {
    height: box.top + box.height + BELOW_PLOT,
    box,
    x,
    y,
    xTicks: ticks([0, 1], 0.1),
    yTicks: ticks(domain, step),
    legendY,
    yTitleY,
    curve: t.curve.map((c) => ({ x: x(c.p), y: yOfTotal(c.total) })),
    rivalY: t.rival ? yOfTotal(t.rival.total) : undefined,
    markers: labelled.map((m, i) => ({
      kind: m.kind,
      x: x(m.p),
      y: m.kind === 'top' && t.rival ? yOfTotal(t.rival.total) : yOfTotal(valueOnCurve(t.curve, m.p)),
      label: m.label,
      labelX: m.labelX,
      labelY: bandTop + rows[i]! * ROW,
    })),
  };
}
