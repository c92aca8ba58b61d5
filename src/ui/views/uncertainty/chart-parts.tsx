import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isolate } from '../../components/ScenarioText';
import { FONT_SIZE, LINE_HEIGHT, textWidth, wrapLabel, type PlotBox, type Scale } from './chart-scales';

/**
 * Scenario text inside an SVG, where there is no <bdi> and no wrapping: cut to
 * fit `maxWidth` with "…" (the whole text in a <title>, which browsers show
 * as a tooltip and screen readers can reach), isolated for direction so that
 * an override in it cannot reverse the app's words around it. `before` and
 * `after` are the app's own words on the same line (the first and the last).
 * With `lines` above 1 the text wraps at spaces onto that many lines, `y`
 * being the first line's baseline, or with `middle` the middle of the block.
 */
export function SvgLabel({
  text,
  maxWidth,
  x,
  y,
  anchor = 'start',
  before = '',
  after = '',
  className,
  lines = 1,
  middle = false,
}: {
  text: string;
  maxWidth: number;
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  before?: string;
  after?: string;
  className?: string;
  lines?: number;
  middle?: boolean;
}) {
  const wrapped = wrapLabel(text, maxWidth, lines, { before: textWidth(before), after: textWidth(after) });
  const count = wrapped.lines.length;
  const top = middle ? y - ((count - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35 : y;
  const title = wrapped.truncated ? <title>{`${before}${isolate(text)}${after}`}</title> : null;
  const line = (k: number) => (
    <>
      {k === 0 ? before : null}
      <tspan className="scenario-text">{isolate(wrapped.lines[k]!)}</tspan>
      {k === count - 1 ? after : null}
    </>
  );
  return (
    <text x={x} y={top} textAnchor={anchor} className={className}>
      {title}
      {count === 1
        ? line(0)
        : wrapped.lines.map((_, k) => (
            <tspan key={k} x={x} dy={k === 0 ? 0 : LINE_HEIGHT}>
              {line(k)}
            </tspan>
          ))}
    </text>
  );
}

const TICK = 6;

/** An axis title holding scenario text (the outcome whose probability runs along the axis) between the app's words. */
export interface ScenarioTitle {
  before: string;
  text: string;
  after: string;
}

/** The horizontal axis under `box`: ticks, their labels and the axis title under them. */
export function XAxis({ box, scale, values, format, title }: { box: PlotBox; scale: Scale; values: readonly number[]; format: (v: number) => string; title: string | ScenarioTitle }) {
  const bottom = box.top + box.height;
  const titleX = box.left + box.width / 2;
  const titleY = bottom + TICK + FONT_SIZE * 2.6;
  return (
    <g className="axis">
      <line x1={box.left} x2={box.left + box.width} y1={bottom} y2={bottom} />
      {values.map((v) => (
        <g key={v}>
          <line x1={scale(v)} x2={scale(v)} y1={bottom} y2={bottom + TICK} />
          <text x={scale(v)} y={bottom + TICK + FONT_SIZE} textAnchor="middle">
            {format(v)}
          </text>
        </g>
      ))}
      {typeof title === 'string' ? (
        <text x={titleX} y={titleY} textAnchor="middle" className="axis-title">
          {title}
        </text>
      ) : (
        <SvgLabel className="axis-title" x={titleX} y={titleY} anchor="middle" maxWidth={box.width} {...title} />
      )}
    </g>
  );
}

/**
 * The vertical axis of `box`: gridlines across the plot and tick labels to its
 * left. Its title is written level at `titleY` above the plot (not turned on
 * its side), so it reads at a glance from the back of a room.
 */
export function YAxis({ box, scale, values, format, title, titleY }: { box: PlotBox; scale: Scale; values: readonly number[]; format: (v: number) => string; title: string; titleY: number }) {
  return (
    <g className="axis">
      {values.map((v) => (
        <g key={v}>
          <line className="grid" x1={box.left} x2={box.left + box.width} y1={scale(v)} y2={scale(v)} />
          <text x={box.left - TICK} y={scale(v) + FONT_SIZE * 0.35} textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.top + box.height} />
      <text x={0} y={titleY} className="axis-title">
        {title}
      </text>
    </g>
  );
}

/**
 * A chart's table alternative: folded away under `summary` (unless `open`),
 * scrolling sideways inside its own box, and named for screen readers by
 * `caption`. `children` are the table's head and body.
 */
export function ChartTable({ summary, caption, open = false, className = 'small', children }: { summary: ReactNode; caption: string; open?: boolean; className?: string; children: ReactNode }) {
  return (
    <details open={open}>
      <summary>{summary}</summary>
      <div className="scroll-x">
        <table className={className}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

/**
 * The box a chart is drawn in. Below 600 px it scrolls sideways (see
 * .chart-frame in styles.css); then it is a tab stop named by the chart's
 * title, so that a keyboard can scroll it too.
 */
export function ChartFrame({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = frame.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(box.scrollWidth > box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={frame} className="chart-frame" {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-labelledby': labelledBy } : {})}>
      {children}
    </div>
  );
}
