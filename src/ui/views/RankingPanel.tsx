import type { ScenarioAnalysis } from '../../domain/analysis';
import type { Scenario } from '../../domain/scenario';
import { points, pointsDifference, rankLabel } from '../../domain/text/format';
import { CriteriaLegend } from '../components/CriteriaLegend';
import { isolate, ScenarioText } from '../components/ScenarioText';
import { criterionFill } from '../palette';

export type RankingMode = 'expected' | 'as-stepped';

export interface RankingPanelProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  mode: RankingMode;
  onModeChange: (mode: RankingMode) => void;
  weightsPending?: boolean;
}

/**
 * Options best first: by expected value under each option's plan (the
 * default), or as stepped (the what-if: assumed outcomes taken as given). Each
 * row splits the total by criterion and shows, as a whisker, the lowest and
 * highest totals the option can reach at all.
 */
export function RankingPanel({ scenario, analysis, mode, onModeChange, weightsPending = false }: RankingPanelProps) {
  const ranking = mode === 'expected' ? analysis.expected : analysis.asStepped;
  const totalOf = (i: number) => (mode === 'expected' ? analysis.options[i]!.expected.total : analysis.options[i]!.asStepped.total);
  const baselineIndex = scenario.options.findIndex((o) => o.id === scenario.baselineOption);
  const criteria = scenario.criteria;
  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">Ranking</h2>
      <fieldset className="ranking-mode">
        <legend className="sr-only">Rank the options by</legend>
        {(
          [
            ['expected', 'Expected value'],
            ['as-stepped', 'As stepped (what-if)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="ranking-mode" value={value} checked={mode === value} onChange={() => onModeChange(value)} /> {label}
          </label>
        ))}
      </fieldset>
      <p className="ranking-says small" aria-live="polite">
        {mode === 'expected' ? "By expected value: every outcome weighed by its probability, under each option's plan." : 'As stepped: the outcomes you assumed taken as given. A what-if, not a forecast.'}
      </p>
      {weightsPending ? (
        <p className="warning" role="status">
          The weights form has an entry to fix. This ranking uses the weights from before that edit.
        </p>
      ) : null}
      <CriteriaLegend criteria={criteria} weights={analysis.weights} label="Criteria and weights in force" />
      <details className="how-to-read small">
        <summary>How to read the ranking</summary>
        <p>
          Each option's value is out of 100: the weighted sum of its scores, normalised so that 100 would be best on every criterion. Each coloured segment is what one criterion adds; for risks and costs a longer segment means lower
          risk or cost. The thin line with end marks under a bar runs from the lowest to the highest value the option can reach at all, with every range in the scenario at its worst or best end.
        </p>
        <p>
          The expected value weighs every uncertain outcome by its probability. Where you stepped a decision, yours is kept; elsewhere the option takes the choice with the highest expected value. An outcome you assumed while
          stepping changes nothing here unless you mark it as known (it has happened).
        </p>
        {baselineIndex >= 0 ? (
          <p>
            Gaps are measured against the baseline, <ScenarioText>{scenario.options[baselineIndex]!.label}</ScenarioText>.
          </p>
        ) : null}
      </details>
      <ol className="ranking-list">
        {ranking.order.map((i) => {
          const o = analysis.options[i]!;
          const label = scenario.options[i]!.label;
          const total = totalOf(i);
          const contributions = mode === 'expected' ? o.expected.contributions : o.asStepped.contributions;
          const yours = o.plan.filter((d) => d.by === 'group').length;
          return (
            <li key={o.optionId} className="ranking-row" data-option={o.optionId}>
              <div className="ranking-head">
                <span className="rank" aria-label={ranking.tied[i] ? `tied rank ${ranking.rank[i]}` : `rank ${ranking.rank[i]}`}>
                  {rankLabel(ranking.rank[i]!, ranking.tied[i]!)}
                </span>
                <span className="ranking-label">
                  <ScenarioText>{label}</ScenarioText>
                </span>
                <span className="total">{points(total)}</span>
              </div>
              <div className="bar-track">
                <div className="bar" role="img" aria-label={`${isolate(label)}: ${criteria.map((c, j) => `${isolate(c.label)} ${points(contributions[j]!)}`).join(', ')}`}>
                  {contributions.map((v, j) =>
                    v > 0 ? <span key={j} className="segment" style={{ width: `${v * 100}%`, background: criterionFill(j) }} title={`${isolate(criteria[j]!.label)}: ${points(v)}`} /> : null,
                  )}
                </div>
                <span className="range" style={{ left: `${o.worst * 100}%`, width: `${(o.best - o.worst) * 100}%` }} aria-hidden="true" />
              </div>
              <div className="ranking-meta small">
                <span>
                  range {points(o.worst)}–{points(o.best)}
                </span>
                {mode === 'as-stepped' ? (
                  o.asStepped.finished ? <span className="status done">complete</span> : <span className="status">plan beyond the point reached</span>
                ) : (
                  <span>
                    plan: {o.plan.length} {o.plan.length === 1 ? 'decision' : 'decisions'}
                    {yours > 0 ? `, ${yours} yours` : ''}
                  </span>
                )}
                {o.known.length > 0 ? <span className="status known">{o.known.length} known</span> : null}
                {baselineIndex >= 0 && baselineIndex !== i ? <span>{pointsDifference(total - totalOf(baselineIndex))} vs baseline</span> : null}
                {baselineIndex === i ? <span>the baseline</span> : null}
              </div>
            </li>
          );
        })}
      </ol>
      <details>
        <summary>Contributions as a table</summary>
        <div className="scroll-x">
          <table className="contributions small">
            <thead>
              <tr>
                <th scope="col">Option</th>
                {criteria.map((c) => (
                  <th key={c.id} scope="col" className="num">
                    <ScenarioText>{c.label}</ScenarioText>
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
                </th>
                <th scope="col" className="num">
                  Worst
                </th>
                <th scope="col" className="num">
                  Best
                </th>
              </tr>
            </thead>
            <tbody>
              {ranking.order.map((i) => {
                const o = analysis.options[i]!;
                const contributions = mode === 'expected' ? o.expected.contributions : o.asStepped.contributions;
                return (
                  <tr key={o.optionId}>
                    <th scope="row">
                      <ScenarioText>{scenario.options[i]!.label}</ScenarioText>
                    </th>
                    {contributions.map((v, j) => (
                      <td key={j} className="num">
                        {points(v)}
                      </td>
                    ))}
                    <td className="num">{points(totalOf(i))}</td>
                    <td className="num">{points(o.worst)}</td>
                    <td className="num">{points(o.best)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
