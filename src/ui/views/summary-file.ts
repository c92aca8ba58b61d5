import type { ScenarioAnalysis } from '../../domain/analysis';
import { renderSummaryMarkdown, type SummaryInput } from '../../domain/report/summary-markdown';
import type { Scenario } from '../../domain/scenario';
import { monteCarlo, tornado, weightModel, weightStability } from '../../domain/sensitivity';
import { monteCarloSettings, type SamplingSettings } from '../sensitivity/sampling-settings';
import type { RankingMode } from './RankingPanel';

/** Most samples drawn on the page for a summary: the Monte Carlo otherwise runs in a worker, which a download does not wait for. */
const SUMMARY_SAMPLES = 10_000;

/**
 * The Markdown summary the workspace downloads. Loaded on demand (the
 * workspace imports it with `import()`), since a first visit does not need it.
 */
export function summaryMarkdown(input: Omit<SummaryInput, 'sensitivity'> & { view: RankingMode; sampling: SamplingSettings }): string {
  const { view, sampling, ...summary } = input;
  return renderSummaryMarkdown({ ...summary, sensitivity: summarySensitivity(input.scenario, input.analysis, view, sampling) });
}

/**
 * The robustness figures for a downloaded summary, worked out on the spot
 * with the group's Monte Carlo settings and seed (so the summary can be
 * reproduced), on the ranking the panel shows.
 */
function summarySensitivity(scenario: Scenario, analysis: ScenarioAnalysis, view: RankingMode, sampling: SamplingSettings) {
  const models = scenario.options.map((o) => weightModel(analysis.contexts.get(o.id)!, view));
  const order = view === 'expected' ? analysis.expected.order : analysis.asStepped.order;
  const mc = monteCarlo(models, scenario.criteria.length, monteCarloSettings(sampling, analysis.weights));
  mc.run(Math.min(sampling.samples, SUMMARY_SAMPLES));
  return { stability: weightStability(models, analysis.weights, order), tornado: tornado(models, analysis.weights, order), acceptability: mc.result() };
}
