/**
 * Geometry for the uncertainty charts, kept free of React so that it can be
 * reasoned about and tested alone: scales, ticks, fitting labels into the
 * space they have, and placing labels that would collide.
 *
 * Every chart draws in a viewBox CHART_WIDTH units wide and scales to its
 * container. styles.css keeps a chart at least 600 px wide (scrolling inside
 * its own frame below that), so FONT_SIZE units never render smaller than
 * 16 × 600 / 720 ≈ 13.3 px; at 1280×720 a chart is about 760 px wide.
 */
export const CHART_WIDTH = 720;
export const FONT_SIZE = 16;
/** Between the baselines of wrapped lines of a label. */
export const LINE_HEIGHT = FONT_SIZE + 4;
/** Below a plot: tick labels, then the axis title (see XAxis). */
export const BELOW_PLOT = 62;

/** The plotting area inside a chart's viewBox. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1]; a domain of zero width maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** A round step (1, 2 or 5 × a power of ten) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Multiples of `step` within [min, max], without float noise (0.30000000000000004 is 0.3). */
export function ticks([min, max]: readonly [number, number], step: number): number[] {
  const out: number[] = [];
  const decimals = decimalsFor(step);
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) out.push(Number((k * step).toFixed(decimals)));
  return out;
}

/**
 * A domain covering [min, max] with a margin of `pad` (a share of the span),
 * widened to whole steps and kept within `limits`: the y axis of the
 * threshold chart, or a risk profile zoomed to its data. A single value gets
 * a window of `minSpan` around it.
 */
export function niceDomain(min: number, max: number, { pad = 0.05, count = 5, limits = [0, 100], minSpan = 10 }: { pad?: number; count?: number; limits?: readonly [number, number]; minSpan?: number } = {}): {
  domain: [number, number];
  step: number;
} {
  const span = Math.max(max - min, minSpan);
  const middle = (min + max) / 2;
  const low = Math.min(min - (max - min) * pad, middle - span / 2);
  const high = Math.max(max + (max - min) * pad, middle + span / 2);
  const step = niceStep(high - low, count);
  const domain: [number, number] = [Math.max(limits[0], Math.floor(low / step + 1e-9) * step), Math.min(limits[1], Math.ceil(high / step - 1e-9) * step)];
  return { domain, step };
}

/** Decimals that tell apart values `step` apart (at least 0, at most 4): 0.1 → 1, 0.0164 → 2, 5 → 0. */
export function decimalsFor(step: number): number {
  if (!(step > 0) || step >= 1) return 0;
  return Math.min(4, Math.ceil(-Math.log10(step) - 1e-9));
}

/**
 * Approximate advance of a character in ems, measured on DejaVu Sans (the
 * widest of the fonts the app asks for, and Debian's default) and rounded
 * up. The charts cannot measure text before drawing it (nor in tests), so
 * labels are fitted by this estimate; erring wide only cuts a label a little
 * early, where erring narrow would push it out of the chart.
 */
function charWidth(char: string): number {
  if (/[MWmw@%…—]/.test(char)) return 1;
  if (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(char) || char.length > 1) return 1;
  if (/[A-Z]/.test(char)) return 0.8;
  if (/[ilIjtfr.,:;'|!()[\] -]/.test(char)) return 0.42;
  return 0.65;
}

/** Estimated width of `text` at `fontSize`. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** Line and paragraph breaks, tabs and other spacing: one space inside a one-line label. */
const SPACING = /[\s\u0085\u2028\u2029\u001C-\u001F]+/g;

/**
 * The longest start of `text` (whole code points) that fits `maxWidth`
 * with "…" after it; the whole text when it fits.
 */
export function fitLabel(text: string, maxWidth: number, fontSize = FONT_SIZE): { shown: string; truncated: boolean } {
  const flat = text.replace(SPACING, ' ');
  if (textWidth(flat, fontSize) <= maxWidth) return { shown: flat, truncated: false };
  const budget = maxWidth - textWidth('…', fontSize);
  let shown = '';
  let used = 0;
  for (const char of flat) {
    used += charWidth(char) * fontSize;
    if (used > budget) break;
    shown += char;
  }
  return { shown: `${shown.trimEnd()}…`, truncated: true };
}

/**
 * `text` wrapped at spaces into at most `maxLines` lines of `maxWidth` (a word
 * too long for a line is broken inside it), less `before` on the first line
 * and `after` on the last, where the caller writes words of its own; the last
 * line is cut short with "…" when the text does not fit them all.
 */
export function wrapLabel(text: string, maxWidth: number, maxLines: number, { before = 0, after = 0 }: { before?: number; after?: number } = {}, fontSize = FONT_SIZE): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let rest = text.replace(SPACING, ' ').trim();
  for (;;) {
    const room = maxWidth - (lines.length === 0 ? before : 0);
    if (lines.length === maxLines - 1 || textWidth(rest, fontSize) <= room - after) {
      const last = fitLabel(rest, room - after, fontSize);
      return { lines: [...lines, last.shown], truncated: last.truncated };
    }
    const line = lineStart(rest, room, fontSize);
    lines.push(line.trimEnd());
    rest = rest.slice(line.length).trimStart();
  }
}

/** The longest start of `text` that fits `maxWidth`, ending after a space when there is one to break at (at least one character). */
function lineStart(text: string, maxWidth: number, fontSize: number): string {
  let used = 0;
  let end = 0;
  let lastBreak = 0;
  for (const char of text) {
    used += charWidth(char) * fontSize;
    if (used > maxWidth) break;
    end += char.length;
    if (char === ' ') lastBreak = end;
  }
  return text.slice(0, lastBreak > 0 ? lastBreak : Math.max(end, text.codePointAt(0)! > 0xffff ? 2 : 1));
}

/**
 * Rows for labels that would otherwise overlap: each label (its centre `x`
 * and `width`) goes in the first row where it clears the labels already
 * there by `gap`, taking labels left to right. Returns each label's row, in
 * the order given.
 */
export function labelRows(labels: ReadonlyArray<{ x: number; width: number }>, gap = 6): number[] {
  const rows: number[] = [];
  const rightEdges: number[] = [];
  const byX = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.x - b.x);
  for (const { x, width, i } of byX) {
    const left = x - width / 2;
    let row = rightEdges.findIndex((edge) => left >= edge + gap);
    if (row < 0) row = rightEdges.push(0) - 1;
    rightEdges[row] = x + width / 2;
    rows[i] = row;
  }
  return rows;
}

/** Corners of a line through points, as an SVG `points` attribute. */
export function polyline(points: ReadonlyArray<{ x: number; y: number }>): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

/**
 * A cumulative distribution as an SVG path: at `zeroY` from `fromX` to the
 * first point, then a step up at each point, level to `toX` after the last.
 */
export function stepPath(points: ReadonlyArray<{ x: number; y: number }>, fromX: number, toX: number, zeroY: number): string {
  let d = `M${round(fromX)},${round(zeroY)}`;
  for (const p of points) d += `H${round(p.x)}V${round(p.y)}`;
  return `${d}H${round(toX)}`;
}

/**
 * The width of a risk profile's bars in data units: the bin width when the
 * totals are binned, otherwise most of the closest gap between two totals
 * (so that neighbouring bars never touch), at most `widest`.
 */
export function barWidth(values: readonly number[], binWidth: number | undefined, widest: number): number {
  if (binWidth !== undefined) return binWidth;
  let gap = Infinity;
  for (let k = 1; k < values.length; k++) gap = Math.min(gap, values[k]! - values[k - 1]!);
  return Math.min(widest, gap * 0.6);
}

/** Two decimals are well below what an SVG renderer resolves, and keep the markup short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
