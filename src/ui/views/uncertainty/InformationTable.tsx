import { useId } from 'react';
import type { ScenarioAnalysis } from '../../../domain/analysis';
import type { Scenario } from '../../../domain/scenario';
import { rankTotals } from '../../../domain/scoring/rank';
import { plural, points, rankLabel } from '../../../domain/text/format';
import { ScenarioText } from '../../components/ScenarioText';
import { promptOf } from '../../../domain/scenario/labels';
import { optionLabel, optionOf } from './scenario-lookup';

export interface InformationTableProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  /** The chance state the threshold chart shows, so that its row says so. */
  shown?: { optionId: string; stateId?: string };
  onShowThresholds: (optionId: string, stateId: string) => void;
}

type Row = ScenarioAnalysis['mostWorthKnowing'][number];

/** The value of perfect information: which uncertainty, if resolved before deciding, would be worth the most. */
export function InformationTable({ scenario, analysis, shown, onShowThresholds }: InformationTableProps) {
  const id = useId();
  const worth = analysis.mostWorthKnowing.filter((r) => r.value > 0);
  const worthless = analysis.mostWorthKnowing.filter((r) => r.value <= 0);
  // Already best first: ranked only to show ties as ties.
  const ranking = rankTotals(worth.map((r) => r.value));
  const largest = worth[0]?.value ?? 0;
  const prompt = (r: Row) => {
    const option = optionOf(scenario, r.optionId);
    return option ? promptOf(option, r.state) : r.state;
  };
  const isShown = (r: Row) => shown?.optionId === r.optionId && shown.stateId === r.state;
  // Every row's button says what it is for to a screen reader, which may list the buttons out of their rows.
  const button = (r: Row) => (
    <>
      <button type="button" className="link" onClick={() => onShowThresholds(r.optionId, r.state)}>
        Show thresholds{' '}
        <span className="sr-only">
          for <ScenarioText>{prompt(r)}</ScenarioText> in <ScenarioText>{optionLabel(scenario, r.optionId)}</ScenarioText>
        </span>
      </button>
      {isShown(r) ? <span className="small"> (shown below)</span> : null}
    </>
  );

  return (
    <section className="uncertainty-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>What would we most want to know before deciding?</h2>
      <p>
        The expected value of perfect information (EVPI) of an uncertainty is how much the option's expected total would gain if its outcome were learnt before the group's first decision in that option. It is never negative; 0
        means knowing the outcome would change no decision.
      </p>
      {worth.length === 0 ? (
        <p className="chart-note">No uncertainty left open in any option would change a decision if it were known first.</p>
      ) : (
        <div className="scroll-x">
          <table className="information-table">
            <caption className="sr-only">Uncertainties by the value of knowing their outcome first, most valuable first</caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Option</th>
                <th scope="col">Uncertainty</th>
                <th scope="col" className="num">
                  EVPI (points out of 100)
                </th>
                <th scope="col">
                  <span className="sr-only">Thresholds</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {worth.map((r, k) => (
                <tr key={`${r.optionId} ${r.state}`} className={isShown(r) ? 'shown' : undefined}>
                  <td>{rankLabel(ranking.rank[k]!, ranking.tied[k]!)}</td>
                  <td>
                    <ScenarioText>{optionLabel(scenario, r.optionId)}</ScenarioText>
                  </td>
                  <td>
                    <ScenarioText>{prompt(r)}</ScenarioText>
                  </td>
                  <td className="num evpi">
                    <span className="evpi-value">{points(r.value, 2)}</span>
                    <span className="evpi-track" aria-hidden="true">
                      <span className="evpi-bar" style={{ width: `${(r.value / largest) * 100}%` }} />
                    </span>
                  </td>
                  <td>{button(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {worthless.length > 0 ? (
        <details>
          <summary>{plural(worthless.length, 'uncertainty', 'uncertainties')} would change no decision</summary>
          <ul>
            {worthless.map((r) => (
              <li key={`${r.optionId} ${r.state}`}>
                <ScenarioText>{prompt(r)}</ScenarioText> in <ScenarioText>{optionLabel(scenario, r.optionId)}</ScenarioText> {button(r)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <h3 id={`${id}-all`}>Knowing all of an option's uncertainty at once</h3>
      <div className="scroll-x">
        <table aria-labelledby={`${id}-all`}>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col" className="num">
                EVPI of all its uncertainty (points out of 100)
              </th>
              <th scope="col">How it was found</th>
            </tr>
          </thead>
          <tbody>
            {analysis.information.map((info, i) => {
              const all = info.all;
              return (
                <tr key={analysis.options[i]!.optionId}>
                  <td>
                    <ScenarioText>{scenario.options[i]!.label}</ScenarioText>
                  </td>
                  <td className="num">{points(all.value, 2)}</td>
                  <td>
                    {info.perState.length === 0
                      ? 'nothing left uncertain'
                      : all.exact
                        ? 'exact'
                        : `estimated from ${(all.samples ?? 0).toLocaleString('en-GB')} samples, ± ${points(all.standardError ?? 0, 2)} (standard error)`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
