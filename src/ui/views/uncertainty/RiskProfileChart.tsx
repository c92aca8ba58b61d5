import { useId, useMemo } from 'react';
import { riskProfile, type RiskProfile, type ScenarioAnalysis } from '../../../domain/analysis';
import { below } from '../../../domain/numeric/tolerance';
import type { Scenario } from '../../../domain/scenario';
import { number, points } from '../../../domain/text/format';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { CHART_WIDTH, decimalsFor, fitLabel, FONT_SIZE, textWidth } from './chart-scales';
import { ChartFrame, ChartTable, SvgLabel, XAxis, YAxis } from './chart-parts';
import { riskLayout } from './risk-layout';
import { optionLabel, optionOf } from './scenario-lookup';
import { chanceInWords, probabilityText } from '../../../domain/text/format';

export interface RiskProfileChartProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  optionId: string;
  onSelectOption: (optionId: string) => void;
}

/** Rows beyond this many start folded away: a binned profile has hundreds. */
const OPEN_TABLE_ROWS = 12;
/** The widest a baseline marker's label may take above the chart before it is cut short. */
const BASELINE_LABEL_WIDTH = 260;

/** How likely each overall total is if one option is carried out under its plan, with its expected total and the baseline's. */
export function RiskProfileChart({ scenario, analysis, optionId, onSelectOption }: RiskProfileChartProps) {
  const id = useId();
  const option = optionOf(scenario, optionId) ?? scenario.options[0]!;
  const index = scenario.options.indexOf(option);
  const result = analysis.options[index]!;
  const profile = useMemo(() => riskProfile(analysis.contexts.get(option.id)!), [analysis, option.id]);
  const baselineIndex = scenario.options.findIndex((o) => o.id === scenario.baselineOption);
  const baseline = baselineIndex >= 0 ? { label: scenario.options[baselineIndex]!.label, total: analysis.options[baselineIndex]!.expected.total, isThis: baselineIndex === index } : undefined;
  const label = option.label;
  // Totals in the table get as many decimals as it takes to tell neighbouring rows apart.
  const step = profile.binWidth ?? Math.min(...profile.points.slice(1).map((p, k) => p.total - profile.points[k]!.total), 0.1);
  const digits = Math.max(1, decimalsFor(step * 100));
  const worse = baseline && !baseline.isThis ? profile.points.reduce((sum, p) => (below(p.total, baseline.total) ? sum + p.probability : sum), 0) : undefined;

  return (
    <section className="uncertainty-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Risk profile</h2>
      <p>
        How likely each overall total is if the option is carried through under its plan: the group's own decisions, and elsewhere the best choice by expected value, with every outcome marked as known taken as given.
      </p>
      <div className="chart-controls">
        <label>
          Option
          <select value={option.id} onChange={(e) => onSelectOption(e.target.value)}>
            {scenario.options.map((o) => (
              <option key={o.id} value={o.id}>
                {isolate(fitLabel(o.label, 560).shown)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="chart">
        <h3 id={`${id}-title`}>
          Chances of each overall total for <ScenarioText>{label}</ScenarioText>
        </h3>
        <ChartFrame labelledBy={`${id}-title`}>
          <RiskSvg profile={profile} expected={result.expected.total} baseline={baseline && !baseline.isThis ? baseline : undefined} titleId={`${id}-title`} descriptionId={`${id}-words`} />
        </ChartFrame>
        <div id={`${id}-words`} className="chart-words">
          <ul>
            <li>Expected total: {points(result.expected.total)} points.</li>
            <li>
              Lowest possible total: {points(result.worstPossible)} points; highest: {points(result.bestPossible)} points.
            </li>
            {baseline === undefined ? (
              <li>The scenario names no baseline option to compare against.</li>
            ) : baseline.isThis ? (
              <li>This option is the baseline the others are compared against.</li>
            ) : (
              <li>
                {capitalise(chanceInWords(worse!))} of ending worse than <ScenarioText>{baseline.label}</ScenarioText>, the baseline, whose expected total is {points(baseline.total)} points.
              </li>
            )}
            {profile.binWidth !== undefined ? (
              <li>
                Too many different totals to list one by one: binned into steps of {number(profile.binWidth * 100, 4)} points (each total shared between its two nearest steps, so the expected total is unchanged).
              </li>
            ) : null}
          </ul>
        </div>
        <ChartTable summary={`The profile as a table (${profile.points.length} rows)`} caption="Probability of each total for the option" open={profile.points.length <= OPEN_TABLE_ROWS}>
          <thead>
            <tr>
              <th scope="col" className="num">
                Total (points out of 100)
              </th>
              <th scope="col" className="num">
                Probability
              </th>
              <th scope="col" className="num">
                At or below this total
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.points.map((p, k) => (
              <tr key={k}>
                <td className="num">{points(p.total, digits)}</td>
                <td className="num">{probabilityText(p.probability)}</td>
                <td className="num">{probabilityText(p.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </ChartTable>
      </div>
    </section>
  );
}

function RiskSvg({ profile, expected, baseline, titleId, descriptionId }: { profile: RiskProfile; expected: number; baseline?: { label: string; total: number }; titleId: string; descriptionId: string }) {
  const expectedLabel = `expected ${points(expected)}`;
  const baselineMarker = baseline && { ...baseline, after: ` ${points(baseline.total)}` };
  const layout = riskLayout(profile, [
    { kind: 'expected', total: expected, labelWidth: textWidth(expectedLabel) },
    ...(baselineMarker ? [{ kind: 'baseline' as const, total: baselineMarker.total, labelWidth: Math.min(BASELINE_LABEL_WIDTH, textWidth(baselineMarker.label + baselineMarker.after)) }] : []),
  ]);
  const { bars, cumulative } = layout;
  const zoom = layout.zoomed ? `; axis zoomed to ${number(layout.zoomed[0], 2)}–${number(layout.zoomed[1], 2)}` : '';
  const percentTick = (v: number) => `${number(v, 2)}%`;
  return (
    <svg className="risk-chart" viewBox={`0 0 ${CHART_WIDTH} ${layout.height}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId} fontSize={FONT_SIZE}>
      <YAxis box={bars.box} scale={bars.y} values={bars.yTicks} format={percentTick} title="Probability of ending at this total (%)" titleY={bars.titleY} />
      <g className="bars">
        {bars.rects.map((r, k) => (
          <rect key={k} x={r.x} y={r.y} width={r.width} height={r.height} />
        ))}
      </g>
      <YAxis box={cumulative.box} scale={cumulative.y} values={cumulative.yTicks} format={percentTick} title="Chance of ending at or below this total (%)" titleY={cumulative.titleY} />
      <path className="cumulative-line" d={cumulative.path} />
      <XAxis box={cumulative.box} scale={layout.x} values={layout.xTicks} format={(v) => number(v, 2)} title={`Overall total (points out of 100${zoom})`} />
      {layout.markers.map((m) => (
        <g key={m.kind} className={`marker ${m.kind}`}>
          <line x1={m.x} x2={m.x} y1={m.labelY + 4} y2={cumulative.box.top + cumulative.box.height} />
          {m.kind === 'baseline' && baselineMarker ? (
            <SvgLabel text={baselineMarker.label} after={baselineMarker.after} x={m.labelX} y={m.labelY} anchor="middle" maxWidth={BASELINE_LABEL_WIDTH} />
          ) : (
            <text x={m.labelX} y={m.labelY} textAnchor="middle">
              {expectedLabel}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
