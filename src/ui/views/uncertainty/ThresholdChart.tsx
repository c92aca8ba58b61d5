import { useId, useMemo, type Ref } from 'react';
import { probabilityThresholds, rivalOf, valueOnCurve, type ProbabilityThresholds, type ScenarioAnalysis } from '../../../domain/analysis';
import type { Option, Scenario } from '../../../domain/scenario';
import { number, percent, points, pointsDifference } from '../../../domain/text/format';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { CHART_WIDTH, FONT_SIZE, fitLabel, polyline } from './chart-scales';
import { ChartFrame, ChartTable, SvgLabel, XAxis, YAxis } from './chart-parts';
import { choiceLabel, promptOf } from '../../../domain/scenario/labels';
import { chanceStatesOf, optionLabel } from './scenario-lookup';
import { thresholdFacts, type ThresholdFact } from './threshold-facts';
import { thresholdLayout } from './threshold-layout';
import { resolveSelection, type ThresholdSelection } from './threshold-selection';

export interface ThresholdChartProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  selection: ThresholdSelection;
  onSelect: (selection: ThresholdSelection) => void;
  /** The section's heading, focusable, so that "Show thresholds" in the table can take the user here. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Scenario text in a <select>'s options, which cannot wrap: cut short, isolated for direction. */
const optionText = (text: string) => isolate(fitLabel(text, 560).shown);

/** How one option's expected total moves as the probability of one outcome runs from 0 to 100%, and where the choice turns. */
export function ThresholdChart({ scenario, analysis, selection, onSelect, headingRef }: ThresholdChartProps) {
  const id = useId();
  const { option, stateId, branchId } = resolveSelection(scenario, analysis, selection);
  const thresholds = useMemo(
    () => (stateId && branchId ? probabilityThresholds(analysis.contexts.get(option.id)!, stateId, branchId, rivalOf(analysis, option.id)) : undefined),
    [analysis, option.id, stateId, branchId],
  );
  const states = chanceStatesOf(option);
  const branches = states.find((s) => s.id === stateId)?.state.choices ?? [];

  return (
    <section className="uncertainty-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Where the choice turns: probability thresholds
      </h2>
      <p>
        How an option's expected total moves as the probability of one outcome runs from 0 to 100% (the state's other outcomes keeping their proportions), against the best of the other options, and the probabilities at which a
        decision or the leading option would change.
      </p>
      <div className="chart-controls">
        <label>
          Option
          <select value={option.id} onChange={(e) => onSelect({ optionId: e.target.value })}>
            {scenario.options.map((o) => (
              <option key={o.id} value={o.id}>
                {optionText(o.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Uncertainty
          <select value={stateId ?? ''} disabled={states.length === 0} onChange={(e) => onSelect({ optionId: option.id, stateId: e.target.value })}>
            {states.map((s) => (
              <option key={s.id} value={s.id}>
                {optionText(s.state.prompt)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Outcome
          <select value={branchId ?? ''} disabled={branches.length === 0} onChange={(e) => onSelect({ optionId: option.id, stateId, branchId: e.target.value })}>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {optionText(b.label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!thresholds ? (
        <p className="chart-note">
          <ScenarioText>{option.label}</ScenarioText> has no uncertain outcomes.
        </p>
      ) : (
        <ThresholdContent scenario={scenario} analysis={analysis} option={option} thresholds={thresholds} id={id} />
      )}
    </section>
  );
}

function ThresholdContent({ scenario, analysis, option, thresholds: t, id }: { scenario: Scenario; analysis: ScenarioAnalysis; option: Option; thresholds: ProbabilityThresholds; id: string }) {
  const prompt = promptOf(option, t.state);
  if (t.fixedBy === 'known') {
    const known = analysis.options.find((o) => o.optionId === option.id)?.known.find((k) => k.state === t.state);
    return (
      <p className="chart-note">
        The outcome of <ScenarioText>{prompt}</ScenarioText> is marked as known{known ? <> (<ScenarioText>{choiceLabel(option, t.state, known.choice)}</ScenarioText>)</> : null}, so the analysis takes it as given and its
        probability moves nothing.
      </p>
    );
  }
  if (t.fixedBy === 'only-branch') {
    return (
      <p className="chart-note">
        <ScenarioText>{prompt}</ScenarioText> has only one outcome, so its probability is 100% and cannot move anything.
      </p>
    );
  }
  const facts = thresholdFacts(t);
  const label = optionLabel(scenario, option.id);
  const branch = choiceLabel(option, t.state, t.branch);
  const rivalLabel = t.rival ? optionLabel(scenario, t.rival.optionId) : undefined;
  return (
    <div className="chart">
      <h3 id={`${id}-title`}>
        Expected total of <ScenarioText>{label}</ScenarioText> as the probability of <ScenarioText>{branch}</ScenarioText> runs from 0 to 100%
      </h3>
      <ChartFrame labelledBy={`${id}-title`}>
        <ThresholdSvg t={t} facts={facts} label={label} branch={branch} rivalLabel={rivalLabel} titleId={`${id}-title`} descriptionId={`${id}-words`} />
      </ChartFrame>
      <div id={`${id}-words`} className="chart-words">
        <ThresholdWords option={option} t={t} facts={facts} label={label} branch={branch} rivalLabel={rivalLabel} />
      </div>
      <ChartTable summary="The curve's corners as a table" caption="Expected total at each corner of the curve">
        <thead>
          <tr>
            <th scope="col" className="num">
              Probability of <ScenarioText>{branch}</ScenarioText>
            </th>
            <th scope="col" className="num">
              Expected total (points out of 100)
            </th>
          </tr>
        </thead>
        <tbody>
          {t.curve.map((c, k) => (
            <tr key={k}>
              <td className="num">{percent(c.p, 2)}</td>
              <td className="num">{points(c.total, 2)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}

function ThresholdSvg({ t, facts, label, branch, rivalLabel, titleId, descriptionId }: { t: ProbabilityThresholds; facts: ThresholdFact[]; label: string; branch: string; rivalLabel?: string; titleId: string; descriptionId: string }) {
  const layout = thresholdLayout(t, facts);
  const { box } = layout;
  const right = box.left + box.width;
  const half = CHART_WIDTH / 2;
  // The rival's level is labelled on the side away from where the option's curve ends, so the two do not collide.
  const rivalLabelBelow = layout.rivalY !== undefined && layout.curve.at(-1)!.y < layout.rivalY;
  return (
    <svg className="threshold-chart" viewBox={`0 0 ${CHART_WIDTH} ${layout.height}`} role="img" aria-labelledby={titleId} aria-describedby={descriptionId} fontSize={FONT_SIZE}>
      <g className="chart-legend">
        <line className="option-line" x1={0} x2={28} y1={layout.legendY - 5} y2={layout.legendY - 5} />
        <SvgLabel text={label} x={36} y={layout.legendY} maxWidth={(rivalLabel ? half : CHART_WIDTH) - 48} />
        {rivalLabel ? (
          <>
            <line className="rival-line" x1={half} x2={half + 28} y1={layout.legendY - 5} y2={layout.legendY - 5} />
            <SvgLabel text={rivalLabel} x={half + 36} y={layout.legendY} maxWidth={half - 36} after=" (best other)" />
          </>
        ) : null}
      </g>
      <YAxis box={box} scale={layout.y} values={layout.yTicks} format={(v) => number(v, 2)} title="Expected total (points out of 100)" titleY={layout.yTitleY} />
      <XAxis box={box} scale={layout.x} values={layout.xTicks} format={(v) => `${number(v * 100)}%`} title={{ before: 'Probability of ', text: branch, after: ' (%)' }} />
      {layout.rivalY !== undefined && rivalLabel ? (
        <g>
          <line className="rival-line" x1={box.left} x2={right} y1={layout.rivalY} y2={layout.rivalY} />
          <SvgLabel className="rival-label" text={rivalLabel} after={` ${points(t.rival!.total)}`} x={right - 4} y={rivalLabelBelow ? layout.rivalY + FONT_SIZE + 2 : layout.rivalY - 6} anchor="end" maxWidth={box.width / 2} />
        </g>
      ) : null}
      <polyline className="option-line" points={polyline(layout.curve)} />
      {layout.markers.map((m, k) => (
        <g key={k} className={`marker ${m.kind}`}>
          <line x1={m.x} x2={m.x} y1={m.labelY + 4} y2={box.top + box.height} />
          {m.kind === 'decision' ? <path d={`M${m.x},${m.y - 7}l7,7l-7,7l-7,-7z`} /> : <circle cx={m.x} cy={m.y} r={m.kind === 'now' ? 5 : 6} />}
          <text x={m.labelX} y={m.labelY} textAnchor="middle">
            {m.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

function ThresholdWords({ option, t, facts, label, branch, rivalLabel }: { option: Option; t: ProbabilityThresholds; facts: ThresholdFact[]; label: string; branch: string; rivalLabel?: string }) {
  const now = valueOnCurve(t.curve, t.probability);
  return (
    <>
      <p>
        Now: <ScenarioText>{branch}</ScenarioText> has a probability of {percent(t.probability, 2)}, and <ScenarioText>{label}</ScenarioText> is expected to score {points(now)} points
        {t.rival && rivalLabel ? (
          <>
            {' '}
            against {points(t.rival.total)} for <ScenarioText>{rivalLabel}</ScenarioText>, the best other option ({pointsDifference(now - t.rival.total)})
          </>
        ) : null}
        .
      </p>
      {facts.length > 0 ? (
        <ol className="threshold-facts">
          {facts.map((f, k) => (
            <li key={k}>
              {f.kind === 'decision' ? (
                <>
                  The best choice at <ScenarioText>{promptOf(option, f.state)}</ScenarioText> changes from <ScenarioText>{choiceLabel(option, f.state, f.from)}</ScenarioText> to{' '}
                  <ScenarioText>{choiceLabel(option, f.state, f.to)}</ScenarioText> at {percent(f.p, 2)}.
                </>
              ) : (
                <>
                  <ScenarioText>{label}</ScenarioText> {f.overtakes ? 'overtakes' : 'falls behind'} <ScenarioText>{rivalLabel ?? ''}</ScenarioText> at {percent(f.p, 2)}.
                </>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {!facts.some((f) => f.kind === 'decision') ? <p>No decision in this option changes anywhere between 0 and 100%.</p> : null}
      {t.rival && rivalLabel && t.topChanges.length === 0 ? (
        <p>
          <ScenarioText>{label}</ScenarioText> stays {now >= t.rival.total ? 'ahead of' : 'behind'} <ScenarioText>{rivalLabel}</ScenarioText> at every probability.
        </p>
      ) : null}
    </>
  );
}
