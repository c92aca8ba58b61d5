import { useMemo, useState } from 'react';
import { own } from '../../../domain/records/own';
import type { Scenario } from '../../../domain/scenario';
import { andList, number, percent, plural, pointsDifference, rankLabel } from '../../../domain/text/format';
import { AGGREGATIONS, analyseRound, leadSentence, participantLabel, weightMovement, withAggregation, type Aggregation, type RoundAnalysis, type Workshop } from '../../../domain/workshop';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { ScrollRegion } from '../../components/ScrollRegion';

export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  mean: 'Mean of normalised weights',
  median: 'Median of normalised weights (rescaled to sum to 100 %)',
  aij: 'Geometric mean of pairwise judgements (AIJ; everyone must have used AHP)',
};

/** Kendall's W in words a staff reader can weigh. */
export function agreementWords(analysis: RoundAnalysis, options: number): string {
  if (!analysis.agreement.ok) return `Agreement cannot be measured: ${analysis.agreement.why}.`;
  const w = analysis.agreement.w;
  const strength = w >= 0.7 ? 'strong' : w >= 0.5 ? 'moderate' : w >= 0.3 ? 'weak' : 'little or no';
  return `Kendall's W = ${w.toFixed(2)} over ${plural(analysis.rankings.length, 'participant')}' rankings of ${plural(options, 'option')}: ${strength} agreement (1 is identical rankings, 0 none).`;
}

/** The revealed rounds' results: the group's weights and how far people differ, whose weights would change the top option, and how views moved since the last round. */
export function RoundResults({
  scenario,
  workshop,
  onUpdate,
  onAdoptWeights,
}: {
  scenario: Scenario;
  workshop: Workshop;
  onUpdate: (change: (w: Workshop) => Workshop) => void;
  /** Puts the group's weights in force in the analysis tabs and the memo. */
  onAdoptWeights: (weights: readonly number[]) => void;
}) {
  const revealed = workshop.rounds.filter((r) => r.revealed).map((r) => r.number);
  const [chosen, setChosen] = useState<number>();
  const roundNumber = chosen !== undefined && revealed.includes(chosen) ? chosen : revealed.at(-1);
  const analysis = useMemo(() => (roundNumber === undefined ? undefined : analyseRound(scenario, workshop, roundNumber)), [scenario, workshop, roundNumber]);
  const movement = useMemo(() => (roundNumber !== undefined && roundNumber > 1 ? weightMovement(scenario, workshop, roundNumber - 1, roundNumber) : []), [scenario, workshop, roundNumber]);
  if (roundNumber === undefined || !analysis) return null;
  const label = (id: string) => participantLabel(workshop, id);
  const optionLabel = (id: string) => scenario.options.find((o) => o.id === id)?.label ?? id;
  const maxWeight = Math.max(0, ...analysis.heatmap.weights.flat());

  return (
    <section aria-labelledby="results-title" className="workshop-part round-results">
      <h2 id="results-title">Round {roundNumber}: what the group said</h2>
      <div className="toolbar">
        {revealed.length > 1 ? (
          <label>
            Round{' '}
            <select value={roundNumber} onChange={(e) => setChosen(Number(e.target.value))}>
              {revealed.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          Group weights by{' '}
          <select value={workshop.aggregation} onChange={(e) => onUpdate((w) => withAggregation(w, e.target.value as Aggregation))}>
            {AGGREGATIONS.map((a) => (
              <option key={a} value={a}>
                {AGGREGATION_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {analysis.unfit.length > 0 ? (
        <div className="warning" role="status">
          <p>Set aside, not counted, because they no longer fit the scenario:</p>
          <ul>
            {analysis.unfit.map((u) => (
              <li key={u.participant}>
                <ScenarioText>{`${label(u.participant)}: ${u.problems.join('; ')}`}</ScenarioText>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {analysis.group.ok ? (
        <p>
          <strong>In force: {AGGREGATION_LABELS[analysis.group.aggregation].toLowerCase()}</strong>, over {plural(analysis.weights.length, 'ballot')}.{' '}
          <button type="button" onClick={() => analysis.group.ok && onAdoptWeights(analysis.group.weights)}>
            Use the group&apos;s weights in the analysis and the memo
          </button>
        </p>
      ) : (
        <p className="warning" role="status">
          The group&apos;s weights cannot be given by the {workshop.aggregation === 'aij' ? 'AIJ' : workshop.aggregation}: {analysis.group.why}. Choose another aggregation.
        </p>
      )}
      <h3>Weights and their spread</h3>
      <p className="muted small">Each participant&apos;s normalised weight; darker cells weigh more. The spread is across participants (standard deviation of the people in the room).</p>
      <ScrollRegion label="Weights by participant">
        <table className="heatmap">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col" className="num">
                Group
              </th>
              <th scope="col" className="num">
                Min
              </th>
              <th scope="col" className="num">
                Max
              </th>
              <th scope="col" className="num">
                SD
              </th>
              {analysis.heatmap.participants.map((p) => (
                <th key={p} scope="col" className="num">
                  <ScenarioText>{label(p)}</ScenarioText>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scenario.criteria.map((c, j) => {
              const s = analysis.spread[j]?.spread;
              return (
                <tr key={j}>
                  <th scope="row">
                    <ScenarioText>{c.label}</ScenarioText>
                  </th>
                  <td className="num">{analysis.group.ok ? percent(analysis.group.weights[j]!) : '–'}</td>
                  <td className="num">{s ? percent(s.min) : '–'}</td>
                  <td className="num">{s ? percent(s.max) : '–'}</td>
                  <td className="num">{s ? number(s.sd * 100, 1) : '–'}</td>
                  {analysis.heatmap.weights.map((row, p) => (
                    <td key={p} className="num heat" style={{ background: heat(row[j]!, maxWeight) }}>
                      {percent(row[j]!)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {analysis.groupRanking ? (
        <>
          <h3>The ranking under the group&apos;s weights</h3>
          <ol className="group-ranking">
            {analysis.groupRanking.ranking.order.map((i) => (
              <li key={i}>
                <span className="rank">{rankLabel(analysis.groupRanking!.ranking.rank[i]!, analysis.groupRanking!.ranking.tied[i]!)}</span> <ScenarioText>{scenario.options[i]!.label}</ScenarioText>{' '}
                <span className="muted">{number(analysis.groupRanking!.totals[i]! * 100, 1)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h3>Where people differ</h3>
      <p>{agreementWords(analysis, scenario.options.length)}</p>
      {analysis.leaderChanges.length > 0 ? (
        <ul className="dissent">
          {analysis.leaderChanges.map((c) => (
            <li key={c.participant}>
              <strong>
                <ScenarioText>{label(c.participant)}</ScenarioText>
              </strong>
              : <ScenarioText>{`${leadSentence(scenario, c.leads)}.`}</ScenarioText>
            </li>
          ))}
        </ul>
      ) : analysis.groupRanking ? (
        <p>Every participant&apos;s own weights put the same option first as the group&apos;s: {isolate(andList(analysis.groupRanking.leaders.map(optionLabel)))}.</p>
      ) : null}
      {analysis.scores.length + analysis.probabilities.length > 0 ? <ViewSummaries scenario={scenario} analysis={analysis} label={label} /> : null}
      {movement.length > 0 ? (
        <>
          <h3>
            Movement since round {roundNumber - 1}
          </h3>
          <p className="muted small">Change in each participant&apos;s weight, in percentage points; moves under half a point are left blank.</p>
          <ScrollRegion label={`Movement since round ${roundNumber - 1}`}>
            <table className="movement">
              <thead>
                <tr>
                  <th scope="col">Criterion</th>
                  {movement.map((m) => (
                    <th key={m.participant} scope="col" className="num">
                      <ScenarioText>{label(m.participant)}</ScenarioText>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {scenario.criteria.map((c, j) => (
                  <tr key={j}>
                    <th scope="row">
                      <ScenarioText>{c.label}</ScenarioText>
                    </th>
                    {movement.map((m) => (
                      <td key={m.participant} className="num">
                        {Math.abs(m.change[j]!) >= 0.005 ? pointsDifference(m.change[j]!) : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </section>
  );
}

/** A cell's background: paler to darker blue as the weight nears the largest in the table, keeping dark text readable (at most 45 % blue). */
function heat(weight: number, max: number): string {
  const share = max > 0 ? weight / max : 0;
  return `rgba(29, 78, 216, ${(share * 0.45).toFixed(3)})`;
}

function ViewSummaries({ scenario, analysis, label }: { scenario: Scenario; analysis: RoundAnalysis; label: (id: string) => string }) {
  const option = (id: string) => scenario.options.find((o) => o.id === id);
  const branchText = (optionId: string, stateId: string, branchId: string) => {
    const state = own(option(optionId)?.machine.states ?? {}, stateId);
    const branch = state && state.kind === 'chance' ? state.choices.find((c) => c.id === branchId) : undefined;
    return state && state.kind === 'chance' && branch ? `${option(optionId)!.label}: ${state.prompt}: ${branch.label}` : `${optionId} ${stateId} ${branchId}`;
  };
  const groups = [
    ...analysis.scores.map((s) => ({ about: `${option(s.option)?.label ?? s.option} on ${scenario.criteria.find((c) => c.id === s.criterion)?.label ?? s.criterion}`, summary: s })),
    ...analysis.probabilities.map((s) => ({ about: branchText(s.option, s.state, s.branch), summary: s })),
  ];
  return (
    <>
      <h3>Views of scores and probabilities</h3>
      <ul className="view-summaries">
        {groups.map(({ about, summary }, i) => (
          <li key={i}>
            <ScenarioText>{about}</ScenarioText>: mean {number(summary.spread.mean)}, median {number(summary.spread.median)}, from {number(summary.spread.min)} to {number(summary.spread.max)}, SD{' '}
            {number(summary.spread.sd)} ({plural(summary.views.length, 'view')})
            <ul>
              {summary.views.map((v) => (
                <li key={v.participant}>
                  <ScenarioText>{`${label(v.participant)}: ${number(v.value)}, because ${v.reason}`}</ScenarioText>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
