import { isolate, ScenarioText } from '../components/ScenarioText';
import type { Scenario } from '../../domain/scenario';
import type { Evaluation } from '../../domain/scoring';
import { percent, points, pointsDifference, rankLabel } from '../../domain/text/format';
import { criterionColour } from '../palette';

/** Options best first, with each criterion's share of the overall value and the gap to the baseline. */
export function RankingPanel({ scenario, evaluation, weightsPending = false }: { scenario: Scenario; evaluation: Evaluation; weightsPending?: boolean }) {
  const labels = new Map(scenario.options.map((o) => [o.id, o.label]));
  const baseline = evaluation.options.find((o) => o.optionId === scenario.baselineOption);
  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">Ranking</h2>
      {weightsPending ? (
        <p className="warning" role="status">
          The weights form has an entry to fix. This ranking uses the weights from before that edit.
        </p>
      ) : null}
      <ul className="legend small" aria-label="Criteria and weights in force">
        {evaluation.criteria.map((c, j) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: criterionColour(j) }} aria-hidden="true" /> <ScenarioText>{c.label}</ScenarioText> {percent(evaluation.weights[j]!, 0)}
          </li>
        ))}
      </ul>
      <details className="how-to-read small">
        <summary>How to read the ranking</summary>
        <p>
          Each option's overall value is out of 100: the weighted sum of its scores, normalised so that 100 would be best on every criterion. Each coloured segment is what one criterion adds; for risks and costs a longer segment means
          lower risk or cost.
        </p>
        <p>An option not yet stepped to an outcome is marked unfinished and scored at the point reached; one stepped to an outcome is scored there, taking the outcomes assumed along the way as given.</p>
        {baseline ? (
          <p>
            Gaps are measured against the baseline, <ScenarioText>{labels.get(baseline.optionId)!}</ScenarioText>.
          </p>
        ) : null}
      </details>
      <ol className="ranking-list">
        {evaluation.order.map((i) => {
          const o = evaluation.options[i]!;
          const label = labels.get(o.optionId)!;
          return (
            <li key={o.optionId} className="ranking-row" data-option={o.optionId}>
              <div className="ranking-head">
                <span className="rank" aria-label={o.tied ? `tied rank ${o.rank}` : `rank ${o.rank}`}>
                  {rankLabel(o.rank, o.tied)}
                </span>
                <span className="ranking-label">
                  <ScenarioText>{label}</ScenarioText>
                </span>
                <span className="total">{points(o.total)}</span>
              </div>
              <div className="bar" role="img" aria-label={`${isolate(label)}: ${evaluation.criteria.map((c, j) => `${isolate(c.label)} ${points(o.contributions[j]!)}`).join(', ')}`}>
                {o.contributions.map((v, j) =>
                  v > 0 ? <span key={j} className="segment" style={{ width: `${v * 100}%`, background: criterionColour(j) }} title={`${isolate(evaluation.criteria[j]!.label)}: ${points(v)}`} /> : null,
                )}
              </div>
              <div className="ranking-meta small">
                {o.finished ? <span className="status done">complete</span> : <span className="status">unfinished</span>}
                {baseline && baseline !== o ? <span>{pointsDifference(o.total - baseline.total)} vs baseline</span> : null}
                {baseline === o ? <span>the baseline</span> : null}
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
              {evaluation.criteria.map((c) => (
                <th key={c.id} scope="col" className="num">
                  <ScenarioText>{c.label}</ScenarioText>
                </th>
              ))}
              <th scope="col" className="num">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {evaluation.order.map((i) => {
              const o = evaluation.options[i]!;
              return (
                <tr key={o.optionId}>
                  <th scope="row">
                    <ScenarioText>{labels.get(o.optionId)!}</ScenarioText>
                  </th>
                  {o.contributions.map((v, j) => (
                    <td key={j} className="num">
                      {points(v)}
                    </td>
                  ))}
                  <td className="num">{points(o.total)}</td>
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
