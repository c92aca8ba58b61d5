import { analyseScenario, type Progress } from '../../domain/analysis';
import type { Scenario } from '../../domain/scenario';
import type { WeightInput } from '../../domain/scoring';
import { monteCarlo, weightModel, type MonteCarloResult, type View } from '../../domain/sensitivity';
import { monteCarloSettings, type SamplingSettings } from '../sensitivity/sampling-settings';

/**
 * What the page asks the Monte Carlo worker for: plain data only (it crosses
 * to the worker by structured clone), from which the worker builds the
 * analysis and the weight models itself.
 */
export interface MonteCarloInput {
  scenario: Scenario;
  weights: WeightInput;
  progress: Progress;
  view: View;
  /** How to sample; the count is `samples`, which the page may cap when it runs them itself. */
  settings: Omit<SamplingSettings, 'samples'>;
  samples: number;
}

/** Each request has a new id; replies carry it, so the page can drop replies to a request it has replaced. */
export interface MonteCarloRequest extends MonteCarloInput {
  id: number;
}

export type MonteCarloReply =
  | { id: number; kind: 'estimate'; result: MonteCarloResult; requested: number; done: boolean }
  | { id: number; kind: 'error'; message: string };

/** A first estimate this size comes back within a frame or two; later batches double, up to a size that still lets a new request in quickly. */
export const FIRST_BATCH = 500;
export const LARGEST_BATCH = 8_000;

/**
 * The work for one request, one reply per batch: an estimate after the first
 * FIRST_BATCH samples, then after each larger batch, the last marked done.
 * A generator, so that whoever drives it (the worker, a test, the page when
 * there is no worker) decides what happens between batches.
 */
export function* monteCarloReplies(request: MonteCarloRequest): Generator<MonteCarloReply, void, undefined> {
  const { id, scenario, settings, samples } = request;
  let run;
  try {
    const analysis = analyseScenario(scenario, request.weights, request.progress);
    const models = scenario.options.map((o) => weightModel(analysis.contexts.get(o.id)!, request.view));
    run = monteCarlo(models, scenario.criteria.length, monteCarloSettings(settings, analysis.weights));
  } catch (error) {
    yield { id, kind: 'error', message: error instanceof Error ? error.message : String(error) };
    return;
  }
  let done = 0;
  for (let batch = FIRST_BATCH; done < samples; batch = Math.min(LARGEST_BATCH, batch * 2)) {
    const count = Math.min(batch, samples - done);
    run.run(count);
    done += count;
    yield { id, kind: 'estimate', result: run.result(), requested: samples, done: done === samples };
  }
}

/**
 * Serves requests one at a time, latest first: between batches it gives the
 * event loop a turn (`pause`), and if a newer request has come in meanwhile it
 * drops the older one without posting anything more for it.
 */
export function monteCarloServer(post: (reply: MonteCarloReply) => void, pause: () => Promise<void>): (request: MonteCarloRequest) => Promise<void> {
  let latest: number | undefined;
  return async (request) => {
    latest = request.id;
    for (const reply of monteCarloReplies(request)) {
      post(reply);
      await pause();
      if (latest !== request.id) return;
    }
  };
}
