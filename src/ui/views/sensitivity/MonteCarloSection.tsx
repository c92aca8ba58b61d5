import { useId } from 'react';
import type { Scenario } from '../../../domain/scenario';
import type { SamplingSettings } from '../../sensitivity/sampling-settings';
import type { MonteCarloState } from '../../sensitivity/use-monte-carlo';
import { AcceptabilityMatrix } from './AcceptabilityMatrix';
import { CentralWeights } from './CentralWeights';
import { SamplingControls } from './SamplingControls';

export interface MonteCarloSectionProps {
  scenario: Scenario;
  state: MonteCarloState;
  /** Rows in the ranking's order. */
  order: readonly number[];
  weights: readonly number[];
  settings: SamplingSettings;
  onSettingsChange: (settings: SamplingSettings) => void;
}

/** Rank acceptability and central weights from the Monte Carlo, with its settings and how far it has got. */
export function MonteCarloSection({ scenario, state, order, weights, settings, onSettingsChange }: MonteCarloSectionProps) {
  const id = useId();
  return (
    <section className="sensitivity-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>How often each option comes first: Monte Carlo</h2>
      <p>
        Thousands of random weightings (and, if included, scores and probabilities drawn within their ranges: scores triangular about their most likely value), each ranking the options by expected value with their plans
        re-taken at their best. The same seed gives the same figures.
      </p>
      <SamplingControls settings={settings} onChange={onSettingsChange} />
      <div className="chart">
        <h3 id={`${id}-title`}>How often each option takes each rank (rank acceptability)</h3>
        <p id={`${id}-words`} className="mc-status" aria-live="polite" aria-busy={!state.done && !state.error}>
          <Status state={state} />
        </p>
        {state.result ? <AcceptabilityMatrix scenario={scenario} result={state.result} order={order} titleId={`${id}-title`} descriptionId={`${id}-words`} /> : null}
      </div>
      {state.result ? <CentralWeights scenario={scenario} result={state.result} weights={weights} /> : null}
    </section>
  );
}

function Status({ state }: { state: MonteCarloState }) {
  const { result, requested, where, current, done, error } = state;
  const count = (n: number) => n.toLocaleString('en-GB');
  if (error) return <span className="field-error">The Monte Carlo could not run: {error}</span>;
  if (!result) return <>Drawing the first samples…</>;
  if (!current) return <>Working out the figures for the changed settings (the figures below are the previous ones)…</>;
  const seed = `seed ${result.seed}`;
  if (where === 'page') {
    return (
      <span className="page-estimate">
        Worked out on this page, as the background worker is not available here: {count(result.samples)} samples, {seed}
        {result.samples < requested ? `, not the ${count(requested)} asked for` : ''}.
      </span>
    );
  }
  if (!done) return <>Estimate from {count(result.samples)} of {count(requested)} samples, {seed}; refining…</>;
  return (
    <>
      {count(result.samples)} samples, {seed}.
    </>
  );
}
