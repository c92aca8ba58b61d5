import { useId } from 'react';
import type { Scenario } from '../../../domain/scenario';
import type { MonteCarloResult } from '../../../domain/sensitivity';
import { percent } from '../../../domain/text/format';
import { CriteriaLegend } from '../../components/CriteriaLegend';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { criterionColour } from '../../palette';
import { ChartFrame, ChartTable, SvgLabel } from '../uncertainty/chart-parts';
import { CHART_WIDTH, FONT_SIZE } from '../uncertainty/chart-scales';
import { probabilityText } from '../../../domain/text/format';
import { centralLayout, LABEL_WIDTH, LABEL_Y, SHARE_Y } from './central-layout';

export interface CentralWeightsProps {
  scenario: Scenario;
  result: MonteCarloResult;
  /** The weights in force, to compare with. */
  weights: readonly number[];
}

/** The chart leaves out options first in fewer samples than this: their means rest on too few samples to show beside the others (the table has them). */
const SHOWN_FROM = 0.01;

/** For each option that leads in some samples, the mean of the weights under which it does: the kind of weighting that would favour it. */
export function CentralWeights({ scenario, result, weights }: CentralWeightsProps) {
  const id = useId();
  const leaders = result.centralWeights
    .map((central, i) => ({ option: i, central, share: result.acceptability[i]![0]! }))
    .filter((r): r is { option: number; central: number[]; share: number } => r.central !== undefined)
    .sort((a, b) => b.share - a.share);
  const shown = leaders.filter((r) => r.share >= SHOWN_FROM);
  const criteria = scenario.criteria;
  return (
    <div className="chart">
      <h3 id={`${id}-title`}>Central weights: the typical weights under which each option comes first</h3>
      <p id={`${id}-words`} className="chart-words">
        {leaders.length === 1 ? 'Only one option comes first in any sample. ' : ''}Each bar is the mean weight of one criterion over the samples in which the option comes first; the black mark is the weight now.
        {shown.length < leaders.length ? ` Options first in under ${percent(SHOWN_FROM, 0)} of samples are in the table only: their means rest on too few samples.` : ''}
      </p>
      <CriteriaLegend criteria={criteria} weights={weights} label="Criteria in bar order, with their weights now" />
      <ChartFrame labelledBy={`${id}-title`}>
        <CentralSvg scenario={scenario} leaders={shown} weights={weights} titleId={`${id}-title`} descriptionId={`${id}-words`} />
      </ChartFrame>
      <ChartTable summary="Central weights as a table" caption="Mean weights under which each option comes first, and the weights now">
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col" className="num">
              First in
            </th>
            {criteria.map((c) => (
              <th key={c.id} scope="col" className="num">
                <ScenarioText>{c.label}</ScenarioText>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {leaders.map((r) => (
            <tr key={r.option}>
              <th scope="row">
                <ScenarioText>{scenario.options[r.option]!.label}</ScenarioText>
              </th>
              <td className="num">{probabilityText(r.share)}</td>
              {r.central.map((w, j) => (
                <td key={j} className="num">
                  {percent(w)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="weights-now">
            <th scope="row">The weights now</th>
            <td />
            {weights.map((w, j) => (
              <td key={j} className="num">
                {percent(w)}
              </td>
            ))}
          </tr>
        </tbody>
      </ChartTable>
    </div>
  );
}

function CentralSvg({
  scenario,
  leaders,
  weights,
  titleId,
  descriptionId,
}: {
  scenario: Scenario;
  leaders: ReadonlyArray<{ option: number; central: number[]; share: number }>;
  weights: readonly number[];
  titleId: string;
  descriptionId: string;
}) {
  const largest = Math.max(...weights, ...leaders.flatMap((r) => r.central));
  const layout = centralLayout(weights.length, leaders.length, largest);
  const { baseline, y } = layout;
  return (
    <svg className="central-chart" viewBox={`0 0 ${CHART_WIDTH} ${layout.height}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId} fontSize={FONT_SIZE}>
      {leaders.map((r, k) => {
        const label = scenario.options[r.option]!.label;
        return (
          <g key={r.option} transform={`translate(0 ${layout.rowY[k]})`}>
            <SvgLabel text={label} x={0} y={LABEL_Y} maxWidth={LABEL_WIDTH} lines={2} />
            <text className="muted-text" x={0} y={SHARE_Y}>
              first in {probabilityText(r.share)}
            </text>
            <line className="baseline" x1={layout.barX[0]!} x2={CHART_WIDTH} y1={baseline} y2={baseline} />
            {r.central.map((w, j) => {
              const x = layout.barX[j]!;
              const criterion = scenario.criteria[j]!.label;
              return (
                <g key={j}>
                  <rect x={x} y={baseline - y(w)} width={layout.barWidth} height={y(w)} fill={criterionColour(j)}>
                    <title>{`${isolate(label)} comes first under a mean weight of ${percent(w)} on ${isolate(criterion)} (now ${percent(weights[j]!)})`}</title>
                  </rect>
                  {/* The weight now: a dark mark with a light edge, visible on dark bars too. */}
                  {['now-halo', 'now'].map((className) => (
                    <line key={className} className={className} x1={x - 3} x2={x + layout.barWidth + 3} y1={baseline - y(weights[j]!)} y2={baseline - y(weights[j]!)} />
                  ))}
                </g>
              );
            })}
          </g>
        );
      })}
      <text className="scale-note" x={CHART_WIDTH} y={layout.noteY} textAnchor="end">
        Bar heights: weight, full height {percent(layout.full, 0)}
      </text>
    </svg>
  );
}
