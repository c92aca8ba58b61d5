import { useMemo } from 'react';
import type { ScenarioAnalysis } from '../../../domain/analysis';
import type { Scenario } from '../../../domain/scenario';
import { tornado, weightModel, weightStability, type View } from '../../../domain/sensitivity';
import type { SamplingSettings } from '../../sensitivity/sampling-settings';
import { useMonteCarlo } from '../../sensitivity/use-monte-carlo';
import { MonteCarloSection } from './MonteCarloSection';
import { StabilityChart } from './StabilityChart';
import { TornadoChart } from './TornadoChart';

export interface SensitivityViewProps {
  scenario: Scenario;
  analysis: ScenarioAnalysis;
  /** The ranking in force: sensitivity is of the expected-value ranking, or of "as stepped" while that is shown. */
  view: View;
  /** The Monte Carlo's settings, kept by the caller so that they outlive a switch of tab. */
  sampling: SamplingSettings;
  onSamplingChange: (settings: SamplingSettings) => void;
}

/** How robust the ranking is to the weights and to the scenario's ranges: weight stability, the tornado, and Monte Carlo rank acceptability. */
export function SensitivityView({ scenario, analysis, view, sampling, onSamplingChange }: SensitivityViewProps) {
  const order = view === 'expected' ? analysis.expected.order : analysis.asStepped.order;
  // Stability and tornado are exact and fast enough to follow every change of the weights; the Monte Carlo runs in a worker.
  const models = useMemo(() => scenario.options.map((o) => weightModel(analysis.contexts.get(o.id)!, view)), [scenario, analysis, view]);
  const stability = useMemo(() => weightStability(models, analysis.weights, order), [models, analysis.weights, order]);
  const bars = useMemo(() => tornado(models, analysis.weights, order), [models, analysis.weights, order]);
  const monteCarlo = useMonteCarlo(scenario, analysis, view, sampling);
  return (
    <div className="sensitivity">
      <p className="sensitivity-basis">
        {view === 'expected'
          ? 'On the ranking by expected value, as the ranking panel shows it.'
          : 'On the ranking as stepped (the what-if: the outcomes you assumed taken as given), as the ranking panel shows it.'}
      </p>
      <StabilityChart scenario={scenario} stability={stability} />
      <TornadoChart scenario={scenario} tornado={bars} weights={analysis.weights} />
      <MonteCarloSection scenario={scenario} state={monteCarlo} order={order} weights={analysis.weights} settings={sampling} onSettingsChange={onSamplingChange} />
    </div>
  );
}
