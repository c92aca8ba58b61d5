import { memo, useId } from 'react';
import type { Scenario } from '../../../domain/scenario';
import { WEIGHT_SPREAD, type Tornado, type TornadoBar } from '../../../domain/sensitivity';
import { number, plural, points, pointsDifference } from '../../../domain/text/format';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { ChartFrame, ChartTable, SvgLabel, XAxis } from '../uncertainty/chart-parts';
import { CHART_WIDTH, FONT_SIZE, LINE_HEIGHT } from '../uncertainty/chart-scales';
import { BAR_HEIGHT, LABEL_WIDTH, tornadoLayout } from './tornado-layout';
import { barWords, type BarWords } from './tornado-words';

export interface TornadoChartProps {
  scenario: Scenario;
  /** Undefined with fewer than two options. */
  tornado: Tornado | undefined;
  weights: readonly number[];
}

/** The chart shows the widest bars only; the table lists them all. */
const SHOWN_BARS = 12;

/**
 * What moves the lead most: the leader's margin over the runner-up as each
 * weight, score range and probability range moves, one at a time. Memoised,
 * like the stability chart, against the Monte Carlo's frequent re-renders.
 */
export const TornadoChart = memo(function TornadoChart({ scenario, tornado, weights }: TornadoChartProps) {
  const id = useId();
  return (
    <section className="sensitivity-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>What moves the lead: tornado</h2>
      <p>
        The margin of the first option over the second as one figure at a time moves across its range, everything else as it is: each weight from half to {WEIGHT_SPREAD === 2 ? 'double' : `${WEIGHT_SPREAD} times`} its
        value (the others keeping their proportions), and each score range and probability range of the two options. Plans are re-taken at their best as the figures move.
      </p>
      {!tornado ? (
        <p className="chart-note">There is only one option, so there is no lead to move.</p>
      ) : tornado.bars.length === 0 ? (
        <p className="chart-note">Nothing in this scenario can move: every weight is 0 or 100% and nothing has a range.</p>
      ) : (
        <TornadoContent scenario={scenario} tornado={tornado} weights={weights} id={id} />
      )}
    </section>
  );
});

function TornadoContent({ scenario, tornado, weights, id }: { scenario: Scenario; tornado: Tornado; weights: readonly number[]; id: string }) {
  const leader = scenario.options[tornado.leader]!.label;
  const runnerUp = scenario.options[tornado.runnerUp]!.label;
  const words = tornado.bars.map((b) => barWords(scenario, b, weights));
  const shown = tornado.bars.slice(0, SHOWN_BARS);
  const crossing = tornado.bars.filter((b) => Math.min(b.marginAtLow, b.marginAtHigh) < 0).length;
  return (
    <div className="chart">
      <h3 id={`${id}-title`}>
        Lead of <ScenarioText>{leader}</ScenarioText> over <ScenarioText>{runnerUp}</ScenarioText> as each figure moves
      </h3>
      <div id={`${id}-words`} className="chart-words">
        <p>
          Now <ScenarioText>{leader}</ScenarioText> leads <ScenarioText>{runnerUp}</ScenarioText> by {points(tornado.margin)} points out of 100.{' '}
          {crossing === 0
            ? 'No single figure moved across its range puts the second option ahead.'
            : `${plural(crossing, 'figure')} moved across ${crossing === 1 ? 'its range puts' : 'their ranges put'} the second option ahead (the bars that cross zero).`}
          {tornado.bars.length > SHOWN_BARS ? ` The chart shows the ${SHOWN_BARS} widest of ${tornado.bars.length} bars; the table lists them all.` : ''}
        </p>
      </div>
      <ChartFrame labelledBy={`${id}-title`}>
        <TornadoSvg tornado={tornado} bars={shown} words={words} leader={leader} runnerUp={runnerUp} titleId={`${id}-title`} descriptionId={`${id}-words`} />
      </ChartFrame>
      <p className="chart-key small">
        <span className="key at-low" aria-hidden="true" /> the figure at the low end of its range; <span className="key at-high" aria-hidden="true" /> at the high end. The solid line is the lead now; the dashed line is zero, where
        the two would tie.
      </p>
      <ChartTable summary={`The tornado as a table (${plural(tornado.bars.length, 'row')})`} caption="Margin of the first option over the second at each end of each range, widest swing first">
        <thead>
          <tr>
            <th scope="col">What moves</th>
            <th scope="col">Range</th>
            <th scope="col" className="num">
              Margin at the low end
            </th>
            <th scope="col" className="num">
              Margin at the high end
            </th>
          </tr>
        </thead>
        <tbody>
          {tornado.bars.map((b, k) => (
            <tr key={k}>
              <th scope="row">
                <BarText words={words[k]!} />
              </th>
              <td>{words[k]!.range}</td>
              <td className="num">{pointsDifference(b.marginAtLow)}</td>
              <td className="num">{pointsDifference(b.marginAtHigh)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}

function BarText({ words }: { words: BarWords }) {
  return (
    <>
      {words.before}
      <ScenarioText>{words.subject}</ScenarioText>
      {words.after} (<ScenarioText>{words.detail}</ScenarioText>)
    </>
  );
}

function TornadoSvg({
  tornado,
  bars,
  words,
  leader,
  runnerUp,
  titleId,
  descriptionId,
}: {
  tornado: Tornado;
  bars: readonly TornadoBar[];
  words: readonly BarWords[];
  leader: string;
  runnerUp: string;
  titleId: string;
  descriptionId: string;
}) {
  const layout = tornadoLayout(tornado, bars);
  const { box, x } = layout;
  const zero = x(0);
  const now = x(tornado.margin * 100);
  const bottom = box.top + box.height;
  const nowLabel = `now ${pointsDifference(tornado.margin)}`;
  return (
    <svg className="tornado-chart" viewBox={`0 0 ${CHART_WIDTH} ${layout.height}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId} fontSize={FONT_SIZE}>
      <g className="sides">
        <SvgLabel text={runnerUp} x={zero - 6} y={layout.sidesY} anchor="end" maxWidth={zero - 6} before="◂ " after=" ahead" />
        <SvgLabel text={leader} x={zero + 6} y={layout.sidesY} maxWidth={CHART_WIDTH - zero - 6} after=" ahead ▸" />
      </g>
      {layout.xTicks.map((t) => (
        <line key={t} className="grid" x1={x(t)} x2={x(t)} y1={box.top} y2={bottom} />
      ))}
      {layout.rows.map((row, k) => {
        const bar = bars[k]!;
        const w = words[k]!;
        const barY = row.y + LINE_HEIGHT - BAR_HEIGHT / 2 + 1;
        const [left, right] = [Math.min(row.atLow, row.atHigh), Math.max(row.atLow, row.atHigh)];
        const segment = (end: number, className: string) => <rect className={className} x={Math.min(now, end)} y={barY} width={Math.max(1, Math.abs(end - now))} height={BAR_HEIGHT} />;
        // The longer segment first, so that when both ends fall on one side of the lead now the shorter stays visible on top.
        const [first, second] = Math.abs(row.atLow - now) >= Math.abs(row.atHigh - now) ? [segment(row.atLow, 'at-low'), segment(row.atHigh, 'at-high')] : [segment(row.atHigh, 'at-high'), segment(row.atLow, 'at-low')];
        return (
          <g key={k} className="tornado-row">
            <SvgLabel className="bar-label" text={`${isolate(w.subject)}${w.after} (${w.detail})`} x={0} y={barY + BAR_HEIGHT / 2} middle maxWidth={LABEL_WIDTH} before={w.before} lines={2} />
            {first}
            {second}
            {left < now - 0.5 ? (
              <text className="end-value" x={left - 4} y={barY + BAR_HEIGHT - 5} textAnchor="end">
                {pointsDifference(Math.min(bar.marginAtLow, bar.marginAtHigh))}
              </text>
            ) : null}
            {right > now + 0.5 ? (
              <text className="end-value" x={right + 4} y={barY + BAR_HEIGHT - 5}>
                {pointsDifference(Math.max(bar.marginAtLow, bar.marginAtHigh))}
              </text>
            ) : null}
          </g>
        );
      })}
      <line className="zero" x1={zero} x2={zero} y1={layout.sidesY + 6} y2={bottom} />
      <line className="now" x1={now} x2={now} y1={layout.nowY + 6} y2={bottom} />
      <text className="now-label" x={Math.min(CHART_WIDTH - 60, Math.max(60, now))} y={layout.nowY} textAnchor="middle">
        {nowLabel}
      </text>
      <XAxis box={box} scale={x} values={layout.xTicks} format={(v) => number(v, 1, true)} title="Lead (points out of 100)" />
    </svg>
  );
}
