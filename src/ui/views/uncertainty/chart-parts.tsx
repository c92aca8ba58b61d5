import { isolate } from '../../components/ScenarioText';
import { fitLabel, FONT_SIZE, textWidth, type PlotBox, type Scale } from './chart-scales';

/**
 * Scenario text inside an SVG, where there is no <bdi> and no wrapping: cut to
 * fit `maxWidth` with "…" (the whole text in a <title>, which browsers show
 * as a tooltip and screen readers can reach), isolated for direction so that
 * an override in it cannot reverse the app's words around it. `before` and
 * `after` are the app's own words on the same line.
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
}: {
  text: string;
  maxWidth: number;
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  before?: string;
  after?: string;
  className?: string;
}) {
  const { shown, truncated } = fitLabel(text, maxWidth - textWidth(before + after));
  return (
    <text x={x} y={y} textAnchor={anchor} className={className}>
      {truncated ? <title>{`${before}${isolate(text)}${after}`}</title> : null}
      {before}
      <tspan className="scenario-text">{isolate(shown)}</tspan>
      {after}
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
