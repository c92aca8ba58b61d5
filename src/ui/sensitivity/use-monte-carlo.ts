import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioAnalysis } from '../../domain/analysis';
import type { Scenario } from '../../domain/scenario';
import type { MonteCarloResult, View } from '../../domain/sensitivity';
import { monteCarloReplies, type MonteCarloInput, type MonteCarloReply } from '../workers/monte-carlo-protocol';
import { spawnMonteCarloWorker } from '../workers/spawn';
import type { SamplingSettings } from './sampling-settings';

/** Where there is no worker (jsdom, or a browser that refused it), this many samples at most are drawn on the page itself. */
export const PAGE_SAMPLES = 2_000;

export interface MonteCarloState {
  /** The latest figures: an estimate while refining. They may still be those of the previous inputs (see `current`). */
  result?: MonteCarloResult;
  /** The samples asked for. */
  requested: number;
  /** 'worker': in the background, refined until done. 'page': no worker available, so at most PAGE_SAMPLES drawn on the page. */
  where: 'worker' | 'page';
  /** Whether `result` belongs to the inputs in force (false for the moment between a change and the first new estimate). */
  current: boolean;
  done: boolean;
  error?: string;
}

/**
 * Rank acceptability and central weights for the options, computed in a Web
 * Worker: a first estimate at once, then refined batch by batch. A new
 * request replaces the one running. Requests are keyed on what the figures
 * depend on, so that a change elsewhere (the weights, while weights are
 * sampled uniformly) does not restart them.
 */
export function useMonteCarlo(scenario: Scenario, analysis: ScenarioAnalysis, view: View, settings: SamplingSettings): MonteCarloState {
  const [where, setWhere] = useState<'worker' | 'page'>(() => (typeof Worker === 'undefined' ? 'page' : 'worker'));
  const samples = where === 'page' ? Math.min(PAGE_SAMPLES, settings.samples) : settings.samples;
  const input: MonteCarloInput = {
    scenario,
    weights: Object.fromEntries(scenario.criteria.map((c, j) => [c.id, analysis.weights[j]!])),
    progress: Object.fromEntries([...analysis.contexts].map(([id, ctx]) => [id, ctx.path])),
    view,
    settings,
    samples,
  };
  const key = inputKey(input);
  // The input object is new on every render; the request is new only when its key changes.
  const request = useMemo(() => input, [key]);

  const worker = useRef<Worker | null>(null);
  const sent = useRef({ id: 0, key: '' });
  const [latest, setLatest] = useState<{ key: string; reply: MonteCarloReply }>();

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  useEffect(() => {
    if (where !== 'worker') return;
    if (!worker.current) {
      const started = spawnMonteCarloWorker();
      started.onmessage = (event: MessageEvent<MonteCarloReply>) => {
        if (event.data.id === sent.current.id) setLatest({ key: sent.current.key, reply: event.data });
      };
      // The worker could not start or failed: carry on with the page's own, smaller run.
      started.onerror = () => {
        started.terminate();
        worker.current = null;
        setWhere('page');
      };
      worker.current = started;
    }
    sent.current = { id: sent.current.id + 1, key };
    worker.current.postMessage({ id: sent.current.id, ...request });
  }, [where, key, request]);

  const onPage = useMemo(() => (where === 'page' ? lastOf(monteCarloReplies({ id: 0, ...request })) : undefined), [where, request]);

  const reply = where === 'page' ? onPage : latest?.reply;
  const current = where === 'page' || latest?.key === key;
  return {
    result: reply?.kind === 'estimate' ? reply.result : undefined,
    requested: settings.samples,
    where,
    current,
    done: current && reply?.kind === 'estimate' && reply.done,
    error: current && reply?.kind === 'error' ? reply.message : undefined,
  };
}

const scenarioIds = new WeakMap<Scenario, number>();
let scenariosSeen = 0;

/**
 * What the figures depend on: the scenario, the steps taken, the ranking
 * view and the settings, and the group's weights only when samples are drawn
 * around them (uniform weights ignore them).
 */
export function inputKey({ scenario, weights, progress, view, settings, samples }: MonteCarloInput): string {
  if (!scenarioIds.has(scenario)) scenarioIds.set(scenario, ++scenariosSeen);
  const sampling = settings.weights === 'uniform' ? { seed: settings.seed, ranges: settings.ranges } : { ...settings, centre: weights };
  return JSON.stringify([scenarioIds.get(scenario), progress, view, sampling, samples]);
}

function lastOf<T>(items: Iterable<T>): T | undefined {
  let last: T | undefined;
  for (const item of items) last = item;
  return last;
}
