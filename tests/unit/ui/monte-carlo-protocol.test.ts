import { describe, expect, it } from 'vitest';
import { analyseScenario, type Progress } from '../../../src/domain/analysis';
import type { Scenario } from '../../../src/domain/scenario';
import { defaultWeights } from '../../../src/domain/scoring';
import { monteCarlo, weightModel, type MonteCarloSettings, type View } from '../../../src/domain/sensitivity';
import { DEFAULT_SAMPLING, type SamplingSettings } from '../../../src/ui/sensitivity/sampling-settings';
import { inputKey } from '../../../src/ui/sensitivity/use-monte-carlo';
import { FIRST_BATCH, LARGEST_BATCH, monteCarloReplies, monteCarloServer, type MonteCarloReply, type MonteCarloRequest } from '../../../src/ui/workers/monte-carlo-protocol';
import { loadValid } from '../../support/files';
import { scoreTableScenario } from '../../support/score-table-scenario';

/** The worker's message protocol, without a worker: the replies to one request, and the latest request replacing the one running. */
const abc = scoreTableScenario({ a: [1, 0], b: [0, 1], c: [0.6, 0.6] }, [7, 3]);

function request(id: number, samples: number, { scenario = abc, settings = DEFAULT_SAMPLING, progress = {}, view = 'expected' }: { scenario?: Scenario; settings?: SamplingSettings; progress?: Progress; view?: View } = {}): MonteCarloRequest {
  return { id, scenario, weights: defaultWeights(scenario.criteria), progress, view, settings, samples };
}

/** The same figures computed directly in one run, as the worker's batches must add up to. */
function direct(req: MonteCarloRequest, settings: MonteCarloSettings) {
  const analysis = analyseScenario(req.scenario, req.weights, req.progress);
  const run = monteCarlo(
    req.scenario.options.map((o) => weightModel(analysis.contexts.get(o.id)!, req.view)),
    req.scenario.criteria.length,
    settings,
  );
  run.run(req.samples);
  return run.result();
}

const estimates = (replies: MonteCarloReply[]) => replies.filter((r): r is Extract<MonteCarloReply, { kind: 'estimate' }> => r.kind === 'estimate');

describe('the replies to one request', () => {
  it(`estimates after the first ${FIRST_BATCH} samples, then after batches that double, the last done and equal to one run of all the samples`, () => {
    const req = request(7, 10_000);
    const replies = estimates([...monteCarloReplies(req)]);
    expect(replies.map((r) => r.result.samples)).toEqual([500, 1_500, 3_500, 7_500, 10_000]);
    expect(replies.map((r) => r.done)).toEqual([false, false, false, false, true]);
    expect(replies.every((r) => r.id === 7 && r.requested === 10_000)).toBe(true);
    expect(replies.at(-1)!.result).toEqual(direct(req, { seed: 12345, weights: { kind: 'uniform' }, ranges: true }));
    // The hand-worked shares: A first 40 %, C 20 %, B 40 % (standard error about 0.5 points at 10,000 samples).
    const first = replies.at(-1)!.result.acceptability.map((row) => row[0]!);
    expect(first[0]).toBeCloseTo(0.4, 1);
    expect(first[1]).toBeCloseTo(0.4, 1);
    expect(first[2]).toBeCloseTo(0.2, 1);
  });

  it(`never runs more than ${LARGEST_BATCH.toLocaleString('en-GB')} samples between two replies`, () => {
    const counts = estimates([...monteCarloReplies(request(1, 100_000))]).map((r) => r.result.samples);
    const steps = counts.map((c, k) => c - (counts[k - 1] ?? 0));
    expect(Math.max(...steps)).toBe(LARGEST_BATCH);
    expect(counts.at(-1)).toBe(100_000);
  });

  it("samples around the group's weights with the concentration asked for", () => {
    const settings: SamplingSettings = { ...DEFAULT_SAMPLING, weights: 'around', concentration: 40, seed: 3 };
    const req = request(2, 2_000, { settings });
    const last = estimates([...monteCarloReplies(req)]).at(-1)!;
    expect(last.result).toEqual(direct(req, { seed: 3, weights: { kind: 'around', centre: [0.7, 0.3], concentration: 40 }, ranges: true }));
    // Around 0.7 : 0.3, A leads far more often than under uniform weights.
    expect(last.result.acceptability[0]![0]).toBeGreaterThan(0.6);
  });

  it('follows the ranking view: "as stepped" takes the assumed outcomes as given', () => {
    const goferbroke = loadValid('tests/fixtures/decision-trees/goferbroke.yaml');
    const progress: Progress = { 'no-survey': [{ state: 'act', choice: 'drill' }, { state: 'oil', choice: 'oil' }] };
    const expected = request(3, 1_000, { scenario: goferbroke, progress, view: 'expected' });
    const stepped = request(3, 1_000, { scenario: goferbroke, progress, view: 'as-stepped' });
    const settings = { seed: 12345, weights: { kind: 'uniform' as const }, ranges: true };
    expect(estimates([...monteCarloReplies(stepped)]).at(-1)!.result).toEqual(direct(stepped, settings));
    expect(direct(stepped, settings)).not.toEqual(direct(expected, settings));
  });

  it('replies with one error, and nothing else, when the analysis cannot be built', () => {
    const req = { ...request(4, 1_000), weights: { c1: 0, c2: 0 } };
    expect([...monteCarloReplies(req)]).toEqual([{ id: 4, kind: 'error', message: 'at least one criterion needs a positive weight' }]);
  });
});

describe('the worker loop', () => {
  it('drops a request as soon as a newer one comes in, and finishes the newer', async () => {
    const posted: MonteCarloReply[] = [];
    const serve = monteCarloServer((reply) => posted.push(reply), () => new Promise((resolve) => setTimeout(resolve, 0)));
    const first = serve(request(1, 100_000));
    const second = serve(request(2, 10_000));
    await Promise.all([first, second]);
    const byId = (id: number) => estimates(posted.filter((r) => r.id === id));
    // The first request posted its first estimate before the second arrived, and nothing after.
    expect(byId(1).map((r) => [r.result.samples, r.done])).toEqual([[FIRST_BATCH, false]]);
    expect(byId(2).at(-1)).toMatchObject({ done: true, result: { samples: 10_000 } });
  });
});

describe('what a request is keyed on', () => {
  it("ignores the weights while weights are drawn uniformly, so that moving one restarts nothing; not when drawn around the group's", () => {
    const reweighted = (req: MonteCarloRequest) => ({ ...req, weights: { c1: 1, c2: 9 } });
    const uniform = request(1, 10_000);
    expect(inputKey(reweighted(uniform))).toBe(inputKey(uniform));
    const around = request(1, 10_000, { settings: { ...DEFAULT_SAMPLING, weights: 'around' } });
    expect(inputKey(reweighted(around))).not.toBe(inputKey(around));
    // The concentration matters only around the group's weights.
    expect(inputKey({ ...uniform, settings: { ...uniform.settings, concentration: 100 } })).toBe(inputKey(uniform));
    // Everything else the figures depend on changes the key: seed, ranges, samples, view, steps, scenario.
    const others: MonteCarloRequest[] = [
      { ...uniform, settings: { ...uniform.settings, seed: 1 } },
      { ...uniform, settings: { ...uniform.settings, ranges: false } },
      { ...uniform, samples: 1_000 },
      { ...uniform, view: 'as-stepped' },
      { ...uniform, progress: { a: [{ state: 'go', choice: 'yes' }] } },
      { ...uniform, scenario: scoreTableScenario({ a: [1, 0], b: [0, 1], c: [0.6, 0.6] }, [7, 3]) },
    ];
    for (const other of others) expect(inputKey(other)).not.toBe(inputKey(uniform));
  });
});
