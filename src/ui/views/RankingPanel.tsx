import { useEffect, useRef, useState } from 'react';
import type { ScenarioAnalysis } from '../../domain/analysis';
import type { Scenario } from '../../domain/scenario';
import { points, pointsDifference, rankLabel } from '../../domain/text/format';
import { CriteriaLegend } from '../components/CriteriaLegend';
import { isolate, ScenarioText } from '../components/ScenarioText';
import { contributionFill, contributionName } from '../contribution-segments';
import { rankingNews } from './ranking-news';

export type RankingMode = 'expected' | 'as-stepped';

export interface RankingPanelProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  mode: RankingMode;
  onModeChange: (mode: RankingMode) => void;
  weightsPending?: boolean;
  /** One line an option, with its details for screen readers only: for the Step through tab, where the ranking shares a projector's screen with the question. */
  compact?: boolean;
  /** Hidden by the facilitator while the group deliberates, so that it does not anchor the room. */
  hidden?: boolean;
  onHiddenChange?: (hidden: boolean) => void;
}

/** Alt+R shows or hides the ranking from anywhere in the app. */
const TOGGLE_KEYS = 'Alt+R';

/**
 * Options best first: by expected value under each option's plan (the
 * default), or as stepped (the what-if: assumed outcomes taken as given). Each
 * row splits the total by criterion and shows, as a whisker, the lowest and
 * highest totals the option can reach at all.
 */
export function RankingPanel({ scenario, analysis, mode, onModeChange, weightsPending = false, compact = false, hidden = false, onHiddenChange }: RankingPanelProps) {
  const ranking = mode === 'expected' ? analysis.expected : analysis.asStepped;
  const totalOf = (i: number) => (mode === 'expected' ? analysis.options[i]!.expected.total : analysis.options[i]!.asStepped.total);
  const baselineIndex = scenario.options.findIndex((o) => o.id === scenario.baselineOption);
  const criteria = scenario.criteria;

  // A change of places is said once, politely; a hidden ranking says nothing, to the room or to a screen reader.
  const [news, setNews] = useState('');
  const shown = useRef(ranking);
  useEffect(() => {
    const before = shown.current;
    shown.current = ranking;
    if (hidden) {
      setNews('');
      return;
    }
    const said = rankingNews(before, ranking, scenario.options.map((o) => isolate(o.label)));
    if (said) setNews(said);
  }, [ranking, hidden, scenario.options]);

  useEffect(() => {
    if (!onHiddenChange) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyR') return;
      event.preventDefault();
      onHiddenChange(!hidden);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hidden, onHiddenChange]);

  const head = (
    <div className="ranking-top">
      <h2 id="ranking-title">Ranking</h2>
      {onHiddenChange ? (
        <button type="button" className="ranking-toggle" onClick={() => onHiddenChange(!hidden)} aria-keyshortcuts={TOGGLE_KEYS} title={`${TOGGLE_KEYS} from anywhere`}>
          {hidden ? 'Show ranking' : 'Hide ranking'}
        </button>
      ) : null}
    </div>
  );
  if (hidden) {
    return (
      <section className="ranking ranking-hidden" aria-labelledby="ranking-title" id="ranking" tabIndex={-1}>
        {head}
        <p className="small muted">Hidden while the group deliberates, so that it does not sway the room. {TOGGLE_KEYS} shows it again.</p>
      </section>
    );
  }
  const legend = <CriteriaLegend criteria={criteria} weights={analysis.weights} label="Criteria and weights in force" contributions />;
  return (
    <section className={compact ? 'ranking compact' : 'ranking'} aria-labelledby="ranking-title" id="ranking" tabIndex={-1}>
      {head}
      <p className="sr-only" aria-live="polite">
        {news}
      </p>
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
      {compact ? (
        <details className="colour-key small">
          <summary>Colour key</summary>
          {legend}
        </details>
      ) : (
        legend
      )}
      <details className="how-to-read small">
        <summary>How to read the ranking</summary>
        <p>
          Each option's value is out of 100: the weighted sum of its scores, normalised so that 100 would be best on every criterion. Each coloured segment is what one criterion adds; for risks and costs (hatched) that is the risk or
          cost avoided, so a longer segment means less of it. The thin line with end marks under a bar runs from the lowest to the highest value the option can reach at all, with every range in the scenario at its worst or best end.
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
                <div className="bar" role="img" aria-label={`${isolate(label)}: ${criteria.map((c, j) => `${isolate(contributionName(c))} ${points(contributions[j]!)}`).join(', ')}`}>
                  {contributions.map((v, j) =>
                    v > 0 ? (
                      <span key={j} className="segment" style={{ width: `${v * 100}%`, background: contributionFill(j, criteria[j]!.direction) }} title={`${isolate(contributionName(criteria[j]!))}: ${points(v)}`} />
                    ) : null,
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
                    <ScenarioText>{contributionName(c)}</ScenarioText>
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
