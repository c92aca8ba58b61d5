import { analyseScenario } from '../domain/analysis';
import { weightsInForce } from '../domain/mcda';
import { monteCarlo, weightModel, weightStability } from '../domain/sensitivity';
import type { Scenario } from '../domain/scenario';
import { createSession, type Session } from '../domain/session';
import { percent, points, rankLabel } from '../domain/text/format';
import { shorten } from '../domain/text/quote';
import { EXIT, type CommandResult } from './command-result';
import { fitSession, loadScenarioFile, readSessionFile, weightsNotice } from './load-inputs';
import { readInputFile } from './read-input';
import { DEFAULT_SAMPLES, DEFAULT_SEED, samplingArg } from './sampling-args';

/**
 * `analyse <scenario> [--session <file>] [--json] [--samples N] [--seed S]`:
 * every option's expected, best and worst totals under a session's weights and
 * steps (or the scenario's defaults), with weight stability and Monte Carlo
 * rank acceptability, as a table or as one JSON object (docs/analyse-json.md).
 * Nothing but the result goes to standard output; notices about the session
 * go to standard error.
 */
export function analyseCommand(args: readonly string[], read = readInputFile): CommandResult {
  const parsed = parseArgs(args);
  if ('usage' in parsed) return { exitCode: EXIT.usage, stdout: [], stderr: [`policy-options: ${parsed.usage}`] };

  const loaded = loadScenarioFile(parsed.scenario, 'analysed', read);
  if (!loaded.ok) return failed(loaded.problems);
  const { scenario, hash } = loaded;

  let session: Session = createSession(scenario, new Date(0), hash);
  const notices: string[] = [];
  if (parsed.session !== undefined) {
    const file = readSessionFile(parsed.session, read);
    const fitted = file.ok ? fitSession(parsed.session, file.session, scenario, hash) : file;
    if (!fitted.ok) return failed(fitted.problems);
    session = fitted.session;
    notices.push(...fitted.notices, ...weightsNotice(parsed.session, session, scenario));
  }

  const inForce = weightsInForce(session.weighting, scenario.criteria);
  const analysis = analyseScenario(scenario, inForce.weights, session.progress);
  const sensitivity = sensitivityOf(scenario, analysis, parsed.samples, parsed.seed);
  const stdout = parsed.json ? toJson(scenario, hash, analysis, sensitivity).split('\n') : toTable(scenario, analysis, sensitivity);
  return { exitCode: EXIT.ok, stdout, stderr: notices };
}

type Analysis = ReturnType<typeof analyseScenario>;
type Sensitivity = ReturnType<typeof sensitivityOf>;

/** Weight stability and the Monte Carlo rank acceptability (weights uniform on the simplex, score and probability ranges drawn). */
function sensitivityOf(scenario: Scenario, analysis: Analysis, samples: number, seed: number) {
  const models = scenario.options.map((o) => weightModel(analysis.contexts.get(o.id)!));
  const stability = weightStability(models, analysis.weights, analysis.expected.order);
  const mc = monteCarlo(models, scenario.criteria.length, { seed, weights: { kind: 'uniform' }, ranges: true });
  mc.run(samples);
  return { stability, acceptability: mc.result() };
}

function failed(stderr: string[]): CommandResult {
  return { exitCode: EXIT.problems, stdout: [], stderr };
}

function parseArgs(args: readonly string[]): { scenario: string; session?: string; json: boolean; samples: number; seed: number } | { usage: string } {
  let scenario: string | undefined;
  let session: string | undefined;
  let json = false;
  let samples = DEFAULT_SAMPLES;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--samples' || arg === '--seed') {
      const value = samplingArg('analyse', arg, args[++i]);
      if (typeof value !== 'number') return value;
      if (arg === '--samples') samples = value;
      else seed = value;
    } else if (arg === '--session') {
      session = args[++i];
      if (session === undefined) return { usage: 'analyse --session needs a session file' };
    } else if (arg.startsWith('--')) return { usage: `analyse does not know the option ${arg}` };
    else if (scenario === undefined) scenario = arg;
    else return { usage: `analyse takes one scenario file, not also ${arg}` };
  }
  return scenario === undefined ? { usage: 'analyse needs a scenario file' } : { scenario, session, json, samples, seed };
}

/** The documented JSON result; characters that could disturb a terminal are written as JSON escapes, so it stays valid JSON. */
function toJson(scenario: Scenario, hash: string, analysis: Analysis, sensitivity: Sensitivity): string {
  const idOf = (i: number | undefined) => (i === undefined ? null : scenario.options[i]!.id);
  const result = {
    scenario: { id: scenario.id, version: scenario.version, hash },
    weights: Object.fromEntries(scenario.criteria.map((c, j) => [c.id, analysis.weights[j]!])),
    options: analysis.options.map((o, i) => ({
      id: o.optionId,
      label: scenario.options[i]!.label,
      expected: { total: o.expected.total, scores: Object.fromEntries(scenario.criteria.map((c, j) => [c.id, o.expected.scores[j]!])) },
      best: { total: o.best },
      worst: { total: o.worst },
      plan: Object.fromEntries(o.plan.map((d) => [d.state, d.choice])),
      evpi: Object.fromEntries(analysis.information[i]!.perState.map((v) => [v.state, v.value])),
      asStepped: { total: o.asStepped.total, finished: o.asStepped.finished },
    })),
    ranking: { by: 'expected', order: analysis.expected.order.map((i) => analysis.options[i]!.optionId) },
    stability: sensitivity.stability.perCriterion.map((s) => ({
      criterion: scenario.criteria[s.criterion]!.id,
      low: s.low,
      high: s.high,
      current: s.current,
      takesOver: { below: idOf(s.takesOverBelow), above: idOf(s.takesOverAbove) },
    })),
    critical: sensitivity.stability.critical ? { criterion: scenario.criteria[sensitivity.stability.critical.criterion]!.id, change: sensitivity.stability.critical.change } : null,
    acceptability: Object.fromEntries(scenario.options.map((o, i) => [o.id, sensitivity.acceptability.acceptability[i]!])),
    samples: sensitivity.acceptability.samples,
    seed: sensitivity.acceptability.seed,
  };
  return JSON.stringify(result, null, 2).replace(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toTable(scenario: Scenario, analysis: Analysis, sensitivity: Sensitivity): string[] {
  const rows = analysis.expected.order.map((i) => {
    const o = analysis.options[i]!;
    return [rankLabel(analysis.expected.rank[i]!, analysis.expected.tied[i]!), shorten(scenario.options[i]!.label, 48), points(o.expected.total), points(o.worst), points(o.best), `${points(o.asStepped.total)}${o.asStepped.finished ? '' : ' (unfinished)'}`];
  });
  const header = ['Rank', 'Option', 'Expected', 'Worst', 'Best', 'As stepped'];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 1 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ').trimEnd();
  const out = [`${scenario.title}, version ${scenario.version}: options by expected value (out of 100; worst and best reachable at all)`, '', line(header), ...rows.map(line)];
  const leader = scenario.options[sensitivity.stability.top]!.label;
  out.push('', `How far each weight can move before ${shorten(leader, 40)} loses first place (the other weights keeping their proportions):`);
  for (const s of sensitivity.stability.perCriterion) {
    out.push(`  ${shorten(scenario.criteria[s.criterion]!.label, 40).padEnd(40)}  ${percent(s.current).padStart(6)}  stays first from ${percent(s.low)} to ${percent(s.high)}`);
  }
  const firsts = analysis.expected.order.map((i) => `${shorten(scenario.options[i]!.label, 30)} ${percent(sensitivity.acceptability.acceptability[i]![0]!)}`);
  out.push('', `First place under ${sensitivity.acceptability.samples.toLocaleString('en-GB')} random weightings (seed ${sensitivity.acceptability.seed}): ${firsts.join('; ')}`);
  const top = analysis.mostWorthKnowing.filter((v) => v.value > 0).slice(0, 3);
  if (top.length > 0) {
    out.push('', 'Most worth knowing before deciding (expected value of perfect information, points out of 100):');
    for (const v of top) {
      const option = scenario.options.find((o) => o.id === v.optionId)!;
      const state = option.machine.states[v.state];
      out.push(`  ${points(v.value, 2)}  ${shorten(option.label, 40)}: ${shorten(state && state.kind !== 'outcome' ? state.prompt : v.state, 70)}`);
    }
  }
  return out;
}
