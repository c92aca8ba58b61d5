import type { Scenario } from '../../../domain/scenario';
import type { MonteCarloResult } from '../../../domain/sensitivity';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { ChartFrame, ChartTable, SvgLabel } from '../uncertainty/chart-parts';
import { FONT_SIZE } from '../uncertainty/chart-scales';
import { ordinal, probabilityText } from '../../../domain/text/format';
import { cellFill, cellText, LABEL_WIDTH, matrixLayout } from './matrix-layout';

export interface AcceptabilityMatrixProps {
  scenario: Scenario;
  result: MonteCarloResult;
  /** The options in the order of their rows: the ranking's. */
  order: readonly number[];
  titleId: string;
  descriptionId: string;
}

/** Options × ranks: the share of samples in which each option took each rank, shaded and written in each cell. */
export function AcceptabilityMatrix({ scenario, result, order, titleId, descriptionId }: AcceptabilityMatrixProps) {
  const ranks = order.map((_, r) => r);
  return (
    <>
      <ChartFrame labelledBy={titleId}>
        <AcceptabilitySvg scenario={scenario} result={result} order={order} titleId={titleId} descriptionId={descriptionId} />
      </ChartFrame>
      <ChartTable summary="Rank acceptability as a table" caption="Share of samples in which each option took each rank">
        <thead>
          <tr>
            <th scope="col">Option</th>
            {ranks.map((r) => (
              <th key={r} scope="col" className="num">
                {ordinal(r + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => (
            <tr key={i}>
              <th scope="row">
                <ScenarioText>{scenario.options[i]!.label}</ScenarioText>
              </th>
              {ranks.map((r) => (
                <td key={r} className="num">
                  {probabilityText(result.acceptability[i]![r]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </>
  );
}

function AcceptabilitySvg({ scenario, result, order, titleId, descriptionId }: AcceptabilityMatrixProps) {
  const layout = matrixLayout(order.length);
  const { cellsLeft, cellWidth, cellHeight, top } = layout;
  return (
    <svg
      className="acceptability-chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      style={{ minWidth: `${layout.minWidth}px` }}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      fontSize={FONT_SIZE}
    >
      <text className="axis-title" x={cellsLeft + (layout.width - cellsLeft) / 2} y={layout.titleY} textAnchor="middle">
        Rank in the samples (share of samples)
      </text>
      {order.map((_, r) => (
        <text key={r} className="rank" x={cellsLeft + (r + 0.5) * cellWidth} y={layout.ranksY} textAnchor="middle">
          {ordinal(r + 1)}
        </text>
      ))}
      {order.map((i, row) => {
        const label = scenario.options[i]!.label;
        const y = top + row * cellHeight;
        return (
          <g key={i}>
            <SvgLabel text={label} x={0} y={y + cellHeight / 2} middle maxWidth={LABEL_WIDTH} lines={2} />
            {result.acceptability[i]!.map((share, r) => (
              <g key={r}>
                <rect className="cell" x={cellsLeft + r * cellWidth} y={y} width={cellWidth} height={cellHeight} fill={cellFill(share)}>
                  <title>{`${isolate(label)}: ${ordinal(r + 1)} in ${probabilityText(share)} of samples`}</title>
                </rect>
                <text className="cell-value" x={cellsLeft + (r + 0.5) * cellWidth} y={y + cellHeight / 2 + FONT_SIZE * 0.35} textAnchor="middle">
                  {cellText(share)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
