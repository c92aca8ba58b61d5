import { memo, useId } from 'react';
import type { Scenario } from '../../../domain/scenario';
import type { StabilityResult } from '../../../domain/sensitivity';
import { number, percent } from '../../../domain/text/format';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { ChartFrame, ChartTable, SvgLabel, XAxis } from '../uncertainty/chart-parts';
import { CHART_WIDTH, FONT_SIZE } from '../uncertainty/chart-scales';
import { BAR_HEIGHT, LABEL_WIDTH, NAME_Y, stabilityLayout, type EndLabel } from './stability-layout';

export interface StabilityChartProps {
  scenario: Scenario;
  stability: StabilityResult;
}

/**
 * For each criterion, how far its weight can move (the others keeping their
 * proportions) before the top option loses first place, and to whom. Memoised:
 * the Monte Carlo's estimates re-render the view several times a second.
 */
export const StabilityChart = memo(function StabilityChart({ scenario, stability }: StabilityChartProps) {
  const id = useId();
  const leader = scenario.options[stability.top]!.label;
  return (
    <section className="sensitivity-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Weight stability</h2>
      <p>
        For each criterion, the range of its weight (the other weights rescaled to keep their proportions) within which the option ranked first stays first, and the option that would take over past each end.
      </p>
      <div className="chart">
        <h3 id={`${id}-title`}>
          How far each weight can move before <ScenarioText>{leader}</ScenarioText> loses first place
        </h3>
        <div id={`${id}-words`} className="chart-words">
          <CriticalSentence scenario={scenario} stability={stability} />
        </div>
        <ChartFrame labelledBy={`${id}-title`}>
          <StabilitySvg scenario={scenario} stability={stability} titleId={`${id}-title`} descriptionId={`${id}-words`} />
        </ChartFrame>
        <p className="chart-key small">Blue: where the weight can lie with the same option first. Black mark: the weight now. Under each bar, ◂ names the option that would come first below that range, ▸ the one above it.</p>
        <ChartTable summary="Weight stability as a table" caption="Weight stability by criterion">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="num">
                Weight now
              </th>
              <th scope="col" className="num">
                Same first option from
              </th>
              <th scope="col" className="num">
                to
              </th>
              <th scope="col">First below that range</th>
              <th scope="col">First above that range</th>
            </tr>
          </thead>
          <tbody>
            {stability.perCriterion.map((s) => (
              <tr key={s.criterion} className={stability.critical?.criterion === s.criterion ? 'critical' : undefined}>
                <th scope="row">
                  <ScenarioText>{scenario.criteria[s.criterion]!.label}</ScenarioText>
                </th>
                <td className="num">{percent(s.current)}</td>
                <td className="num">{percent(s.low)}</td>
                <td className="num">{percent(s.high)}</td>
                <td>{s.takesOverBelow === undefined ? '—' : <ScenarioText>{scenario.options[s.takesOverBelow]!.label}</ScenarioText>}</td>
                <td>{s.takesOverAbove === undefined ? '—' : <ScenarioText>{scenario.options[s.takesOverAbove]!.label}</ScenarioText>}</td>
              </tr>
            ))}
          </tbody>
        </ChartTable>
      </div>
    </section>
  );
});

/**
 * The most critical criterion in words: the smallest move of one weight that
 * puts the runner-up ahead. Said as "stays first" only when that is also
 * where first place is lost on that weight; when a third option overtakes
 * earlier on it, the sentence says so.
 */
function CriticalSentence({ scenario, stability }: StabilityChartProps) {
  const leader = scenario.options[stability.top]!.label;
  const critical = stability.critical;
  if (!critical) {
    return (
      <p>
        No move of a single weight puts another option ahead of <ScenarioText>{leader}</ScenarioText>.
      </p>
    );
  }
  const s = stability.perCriterion[critical.criterion]!;
  const at = s.current + critical.change;
  const rises = critical.change > 0;
  const [end, firstPast] = rises ? [s.high, s.takesOverAbove] : [s.low, s.takesOverBelow];
  const losesFirstThere = firstPast === critical.runnerUp && Math.abs(end - at) < 1e-9;
  const runnerUp = scenario.options[critical.runnerUp]!.label;
  return (
    <p className="critical-sentence">
      <strong>Most critical: the weight on <ScenarioText>{scenario.criteria[critical.criterion]!.label}</ScenarioText>.</strong>{' '}
      <ScenarioText>{leader}</ScenarioText> {losesFirstThere ? 'stays first' : <>stays ahead of <ScenarioText>{runnerUp}</ScenarioText></>} unless that weight {rises ? 'rises above' : 'falls below'} {percent(at)} (now{' '}
      {percent(s.current)}, a change of {number(critical.change * 100, 1, true)} percentage points)
      {losesFirstThere ? (
        <>
          , when <ScenarioText>{runnerUp}</ScenarioText> would lead.
        </>
      ) : firstPast !== undefined ? (
        <>
          ; on this weight <ScenarioText>{scenario.options[firstPast]!.label}</ScenarioText> would take first place before that, at {percent(end)}.
        </>
      ) : (
        '.'
      )}
    </p>
  );
}

function StabilitySvg({ scenario, stability, titleId, descriptionId }: StabilityChartProps & { titleId: string; descriptionId: string }) {
  const optionLabel = (option: number) => scenario.options[option]!.label;
  const layout = stabilityLayout(stability);
  const { box, x } = layout;
  const name = (label: EndLabel | undefined, direction: 'below' | 'above') =>
    label ? (
      <SvgLabel
        className="takes-over"
        text={optionLabel(label.option)}
        x={label.x}
        y={NAME_Y}
        anchor={label.anchor}
        maxWidth={label.maxWidth}
        before={direction === 'below' ? '◂ ' : ''}
        after={direction === 'above' ? ' ▸' : ''}
      />
    ) : null;
  return (
    <svg className="stability-chart" viewBox={`0 0 ${CHART_WIDTH} ${layout.height}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId} fontSize={FONT_SIZE}>
      {layout.xTicks.map((t) => (
        <line key={t} className="grid" x1={x(t)} x2={x(t)} y1={box.top} y2={box.top + box.height} />
      ))}
      {layout.rows.map((row) => {
        const s = stability.perCriterion[row.criterion]!;
        const label = scenario.criteria[row.criterion]!.label;
        return (
          <g key={row.criterion} transform={`translate(0 ${row.y})`} className={row.critical ? 'stability-row critical' : 'stability-row'}>
            <SvgLabel className="criterion" text={label} x={0} y={BAR_HEIGHT - 5} maxWidth={LABEL_WIDTH} before={row.critical ? '◆ ' : ''} lines={2} />
            <rect className="track" x={box.left} y={0} width={box.width} height={BAR_HEIGHT} />
            <rect className="interval" x={row.low} y={0} width={Math.max(1, row.high - row.low)} height={BAR_HEIGHT}>
              <title>{`${isolate(label)}: the same option stays first from ${percent(s.low)} to ${percent(s.high)} (now ${percent(s.current)})`}</title>
            </rect>
            <line className="now" x1={row.current} x2={row.current} y1={-4} y2={BAR_HEIGHT + 4} />
            {name(row.below, 'below')}
            {name(row.above, 'above')}
          </g>
        );
      })}
      <XAxis box={box} scale={x} values={layout.xTicks} format={(v) => `${number(v * 100)}%`} title="Weight of the criterion (%)" />
    </svg>
  );
}
