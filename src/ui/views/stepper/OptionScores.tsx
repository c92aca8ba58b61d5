import { ScenarioText } from '../../components/ScenarioText';
import { own } from '../../../domain/records/own';
import type { Option, Scenario } from '../../../domain/scenario';
import type { OptionEvaluation } from '../../../domain/scoring';
import { number } from '../../../domain/text/format';

/** An option's score on each criterion now, beside its starting score and the reason for that start. */
export function OptionScores({ scenario, option, evaluation }: { scenario: Scenario; option: Option; evaluation: OptionEvaluation }) {
  return (
    <>
      <h3>Scores {evaluation.finished ? 'at this outcome' : 'at the point reached (unfinished)'}</h3>
      <table className="scores">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" className="num">
              Start
            </th>
            <th scope="col" className="num">
              Now
            </th>
            <th scope="col">Why it starts there</th>
          </tr>
        </thead>
        <tbody>
          {scenario.criteria.map((c, j) => {
            const base = own(option.baseline, c.id)!;
            const now = evaluation.raw[j]!;
            return (
              <tr key={c.id}>
                <th scope="row">
                  <ScenarioText>{c.label}</ScenarioText> <span className="muted">({c.direction === 'benefit' ? '↑ better' : '↓ better'})</span>
                </th>
                <td className="num">{number(base.score)}</td>
                <td className="num">
                  <strong>{number(now)}</strong>
                  {now !== base.score ? <span className="muted"> ({number(now - base.score, 2, true)})</span> : null}
                </td>
                <td>
                  <ScenarioText>{base.rationale}</ScenarioText>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
