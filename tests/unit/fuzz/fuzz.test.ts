import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { analyseScenario, type ScenarioAnalysis } from '../../../src/domain/analysis';
import { countPaths } from '../../../src/domain/paths';
import { renderSummaryMarkdown } from '../../../src/domain/report/summary-markdown';
import { loadScenario, scenarioContentHash, type Option, type Scenario } from '../../../src/domain/scenario';
import { defaultWeights, evaluate, type Evaluation } from '../../../src/domain/scoring';
import { createSession, parseSession, reconcileSession, serialiseSession } from '../../../src/domain/session';
import { createRng, excerpt, mutate, PROTOTYPE_NAMES, seedFrom, type Rng } from '../../support/mutate';
import { read, ROOT } from '../../support/files';

/**
 * Seeded mutation fuzzing of the scenario loader and of saved sessions: every
 * mutant must be refused with located, printable problems, or else load into
 * something that evaluates, ranks and renders within the documented bounds.
 *
 * FUZZ_SEED=n      base seed (default fixed, so CI runs are repeatable)
 * FUZZ_ITERATIONS=n mutants per test instead of the default
 * FUZZ_SECONDS=n   run for about n seconds in all, however many mutants that is
 * FUZZ_REPLAY=n    run only the mutant with seed n (printed with each failure), showing it whole
 */
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const REPLAY = process.env.FUZZ_REPLAY === undefined ? undefined : Number(process.env.FUZZ_REPLAY);
const ITERATIONS = process.env.FUZZ_ITERATIONS === undefined ? undefined : Number(process.env.FUZZ_ITERATIONS);
const SECONDS = process.env.FUZZ_SECONDS === undefined ? undefined : Number(process.env.FUZZ_SECONDS);
const MAX_REPORTED = 20;
const EPSILON = 1e-9;
const DATE = '2026-01-01';
const NOW = new Date('2026-01-01T00:00:00Z');

/** Cc (C0, DEL, C1) and the bidi embeddings, overrides and isolates: invisible or able to reorder what a reader sees. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

const listDir = (dir: string) => readdirSync(join(ROOT, dir)).map((f) => `${dir}/${f}`);
const SCENARIO_CORPUS = ['scenarios/iraq-pm-drone-strike-2021.yaml', ...listDir('tests/fixtures/valid'), ...listDir('tests/fixtures/malformed')];
const SESSION_CORPUS = ['scenarios/iraq-pm-drone-strike-2021.yaml', ...listDir('tests/fixtures/valid')];
const TEST_COUNT = SCENARIO_CORPUS.length + SESSION_CORPUS.length;

/** The bundled scenario loads ~15× slower than a fixture, so it gets fewer mutants by default; the whole default run stays near 3 s. */
const defaultIterations = (file: string) => (file.startsWith('scenarios/') ? 10 : 35);

/** A broken invariant: `group` gathers mutants that fail the same way, `detail` is this mutant's evidence. */
class Violation extends Error {
  constructor(
    readonly group: string,
    readonly detail: string = group,
  ) {
    super(detail);
  }
}

function violated(group: string, detail?: string): never {
  throw new Violation(group, detail);
}

const stackFrames = (e: Error) => (e.stack ?? '').split('\n').filter((l) => l.trim().startsWith('at ')).map((l) => l.trim().slice(3).replace(ROOT, ''));
const srcFrame = (e: Error) => stackFrames(e).find((l) => l.includes('/src/'));

/**
 * Deep recursion in yaml and zod can push the first src/ frame past V8's ten;
 * the stage is then run again with a long trace, which only failures pay for
 * (a long limit throughout makes yaml's many internal errors slow).
 */
function deepSrcFrame(run: () => unknown): string | undefined {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 20_000;
  try {
    run();
  } catch (error) {
    return error instanceof Error ? srcFrame(error) : undefined;
  } finally {
    Error.stackTraceLimit = saved;
  }
  return undefined;
}

/** Runs one stage, turning anything it throws into a Violation that says which stage and which src/ function it came from. */
function stage<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Violation) throw error;
    const e = error instanceof Error ? error : new Error(String(error));
    const ours = srcFrame(e) ?? deepSrcFrame(run) ?? '(no src/ frame)';
    const fn = ours.replace(/:\d+:\d+\)?$/, '').replace(' (', ' in ');
    // Frames go on one line: a line starting "at " in an error message is taken for a stack frame by vitest.
    throw new Violation(`${name} threw ${e.name} from ${fn}: ${generalise(e.message).slice(0, 45)}`, `${name} threw ${e.name}: ${e.message.slice(0, 300)}\nthrown in ${stackFrames(e)[0] ?? '?'}; first src/ frame ${ours}`);
  }
}

/** Collapse the parts of a message that vary between mutants (quoted text, numbers) so one cause is reported once. */
function generalise(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|\*\S+/g, '…')
    .replace(/-?\d[\d.e+-]*/g, 'N')
    .slice(0, 90);
}

function escapeChar(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Fails on a raw control character. Messages are grouped by their fixed text
 * before it (up to any quote), which names the template that let it through;
 * paths and the summary have one cause each.
 */
function checkPrintable(what: string, text: string, { allowNewline = false, byTemplate = false } = {}): void {
  const bad = (allowNewline ? CONTROL_BUT_NEWLINE : CONTROL).exec(text);
  if (!bad) return;
  const before = text.slice(text.lastIndexOf('\n', bad.index - 1) + 1, bad.index);
  const template = byTemplate ? `, after ${JSON.stringify(generalise(before.split(/["']/)[0]!).slice(0, 50))}` : '';
  violated(`${what} contains a raw control character${template}`, `${what} contains raw ${escapeChar(bad[0])}: ${JSON.stringify(text.slice(Math.max(0, bad.index - 100), bad.index + 100))}`);
}

/** The option stepped along its first choice at every state until an outcome. */
function firstChoicePath(option: Option): Array<{ state: string; choice: string }> {
  const steps: Array<{ state: string; choice: string }> = [];
  let id = option.machine.initial;
  for (;;) {
    const state = Object.hasOwn(option.machine.states, id) ? option.machine.states[id] : undefined;
    if (!state) violated(`option steps into a missing state`, `option "${option.id}" steps into missing state "${id}"`);
    if (state.kind === 'outcome') return steps;
    if (steps.length > Object.keys(option.machine.states).length) violated('a loaded machine loops', `option "${option.id}" loops`);
    const choice = state.choices[0]!;
    steps.push({ state: id, choice: choice.id });
    id = choice.target;
  }
}

function checkEvaluation(scenario: Scenario, ev: Evaluation, label: string): void {
  const n = scenario.options.length;
  if (ev.options.length !== n) violated(`${label}: evaluation has the wrong number of options`);
  const weightSum = ev.weights.reduce((a, b) => a + b, 0);
  if (ev.weights.some((w) => !Number.isFinite(w) || w < 0) || Math.abs(weightSum - 1) > EPSILON) {
    violated(`${label}: normalised weights are not non-negative numbers summing to 1`, `${label}: normalised weights ${JSON.stringify(ev.weights)} sum to ${weightSum}`);
  }
  for (const o of ev.options) {
    const where = `${label}: option "${o.optionId}"`;
    if (!Number.isFinite(o.total)) violated(`${label}: a total is not finite`, `${where} total is ${o.total} (raw ${JSON.stringify(o.raw)})`);
    if (o.total < -EPSILON || o.total > 1 + EPSILON) violated(`${label}: a total is outside [0, 1]`, `${where} total is ${o.total}`);
    const sum = o.contributions.reduce((a, b) => a + b, 0);
    if (!(Math.abs(sum - o.total) <= EPSILON)) violated(`${label}: contributions do not sum to the total`, `${where} contributions sum to ${sum}, total ${o.total}`);
    if (!Number.isInteger(o.rank) || o.rank < 1 || o.rank > n) violated(`${label}: a rank is outside 1..${n}`, `${where} rank ${o.rank}`);
  }
}

/** The analysis's documented invariants: worst ≤ expected ≤ best, all on 0..1, value of information never below 0. */
function checkAnalysis(analysis: ScenarioAnalysis, label: string): void {
  for (const o of analysis.options) {
    const where = `${label}: option "${o.optionId}"`;
    for (const [name, v] of [['expected', o.expected.total], ['best', o.best], ['worst', o.worst], ['as stepped', o.asStepped.total]] as const) {
      if (!Number.isFinite(v) || v < 0 || v > 1) violated(`${label}: a ${name} total is outside [0, 1]`, `${where} ${name} is ${v}`);
    }
    if (o.worst > o.expected.total + EPSILON || o.expected.total > o.best + EPSILON) violated(`${label}: expected is not between worst and best`, `${where}: ${o.worst} ≤ ${o.expected.total} ≤ ${o.best} fails`);
  }
  for (const info of analysis.information) for (const v of info.perState) if (!(v.value >= 0)) violated(`${label}: an EVPI is negative`, `EVPI of "${v.state}" is ${v.value}`);
}

/** Everything a loaded scenario promises: it evaluates, analyses, counts its paths and renders, within bounds. */
function checkLoadedScenario(scenario: Scenario): void {
  const weights = stage('defaultWeights', () => defaultWeights(scenario.criteria));
  const start = stage('evaluate (default weights, no steps)', () => evaluate(scenario, weights, {}));
  checkEvaluation(scenario, start, 'evaluate (no steps)');
  const progress: Record<string, Array<{ state: string; choice: string }>> = {};
  for (const option of scenario.options) progress[option.id] = firstChoicePath(option);
  const stepped = stage('evaluate (first choices to an outcome)', () => evaluate(scenario, weights, progress));
  checkEvaluation(scenario, stepped, 'evaluate (stepped)');
  for (const option of scenario.options) {
    const paths = stage('countPaths', () => countPaths(option));
    if (!(Number.isInteger(paths) && paths >= 1)) violated('countPaths is not a whole number of at least 1', `countPaths("${option.id}") is ${paths}`);
  }
  const analysis = stage('analyseScenario (first choices to an outcome)', () => analyseScenario(scenario, weights, progress));
  checkAnalysis(analysis, 'analyseScenario (stepped)');
  const hash = stage('scenarioContentHash', () => scenarioContentHash(scenario));
  const markdown = stage('renderSummaryMarkdown', () => renderSummaryMarkdown({ scenario, scenarioHash: hash, evaluation: stepped, analysis, date: DATE }));
  checkPrintable('summary Markdown', markdown, { allowNewline: true });
}

function checkScenarioText(text: string, file: string): void {
  const result = stage('loadScenario', () => loadScenario(text, file));
  if (result.ok) return checkLoadedScenario(result.scenario);
  if (result.problems.length === 0) violated('refused with no problems');
  // YAML breaks lines at CR, LF and CRLF alike, so positions are checked against those lines.
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of result.problems) {
    const detail = `${p.line}:${p.column} ${p.path}: ${p.message}`;
    if (!(p.line >= 1 && p.column >= 1)) violated(`problem without a position (${p.line}:${p.column}): ${generalise(p.message)}`, `problem at ${JSON.stringify(detail)}`);
    if (p.line > lines.length || p.column > lines[p.line - 1]!.length + 1) {
      const line = lines[p.line - 1];
      violated(
        `problem placed outside the text: ${generalise(p.message).slice(0, 40)}`,
        `problem at ${p.line}:${p.column}, but the text has ${lines.length} lines${line === undefined ? '' : ` and line ${p.line} is ${JSON.stringify(line.slice(0, 80))}`}: ${JSON.stringify(detail.slice(0, 200))}`,
      );
    }
    if (!p.path) violated('problem with an empty path', detail);
    if (!p.message) violated('problem with an empty message', detail);
    checkPrintable('problem path', p.path);
    checkPrintable('problem message', p.message, { byTemplate: true });
  }
}

// ---- sessions -------------------------------------------------------------

type Json = Record<string, unknown>;

/** Set an own property even for "__proto__", which plain assignment would turn into a prototype change. */
function setOwn(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function randomPath(option: Option, rng: Rng): Array<{ state: string; choice: string }> {
  const steps: Array<{ state: string; choice: string }> = [];
  let state = option.machine.states[option.machine.initial];
  let id = option.machine.initial;
  while (state && state.kind !== 'outcome' && rng.chance(0.8)) {
    const choice = rng.pick(state.choices);
    steps.push({ state: id, choice: choice.id });
    id = choice.target;
    state = option.machine.states[id];
  }
  return steps;
}

/** A session as a user leaves it: some weights moved, some options part-way through. */
function savedSession(scenario: Scenario, hash: string, rng: Rng): Json {
  const session = createSession(scenario, NOW, hash);
  for (const c of scenario.criteria) session.weighting.direct[c.id] = rng.int(11);
  session.weighting.direct[rng.pick(scenario.criteria).id] = 1 + rng.int(10);
  for (const option of scenario.options) if (rng.chance(0.6)) session.progress[option.id] = randomPath(option, rng);
  return JSON.parse(serialiseSession(session)) as Json;
}

/** Structural damage to a parsed session; returns what was done. */
function damageSession(session: Json, scenario: Scenario, rng: Rng): string {
  // An earlier "remove-field" may have taken these away; damage to a stand-in is then simply lost.
  const weighting = (session.weighting ?? {}) as Json;
  const direct = (weighting.direct ?? {}) as Json;
  const progress = (session.progress ?? {}) as Json;
  const criterion = rng.pick(scenario.criteria).id;
  const option = rng.pick(scenario.options);
  const how = rng.pick(['zero-weights', 'weight-value', 'huge-weights', 'remove-field', 'unknown-criterion', 'unknown-option', 'prototype-key', 'bad-step', 'long-path', 'hash-changed', 'header'] as const);
  switch (how) {
    case 'zero-weights':
      for (const key of Object.keys(direct)) direct[key] = 0;
      return 'every weight 0';
    case 'weight-value': {
      const value = rng.pick([0, -1, 1e308, Number.MAX_VALUE, 1e-320, 5e-324, '3', null, [], {}, true]);
      direct[criterion] = value;
      return `weight ${criterion} = ${JSON.stringify(value)}`;
    }
    case 'huge-weights':
      for (const key of Object.keys(direct)) direct[key] = 1e308;
      return 'every weight 1e308';
    case 'remove-field': {
      const holders: Array<[Json, string, string]> = [];
      const walk = (node: unknown, at: string) => {
        if (node === null || typeof node !== 'object') return;
        for (const [k, v] of Object.entries(node)) {
          holders.push([node as Json, k, `${at}.${k}`]);
          walk(v, `${at}.${k}`);
        }
      };
      walk(session, '');
      const [holder, key, at] = rng.pick(holders);
      delete holder[key];
      return `remove ${at}`;
    }
    case 'unknown-criterion':
      direct[rng.pick(['ghost', 'constructor', 'a'.repeat(5000)])] = 1 + rng.int(5);
      return 'weight for an unknown criterion';
    case 'unknown-option':
      progress[rng.pick(['ghost', 'constructor'])] = [{ state: 'a', choice: 'b' }];
      return 'progress for an unknown option';
    case 'prototype-key': {
      const name = rng.pick(PROTOTYPE_NAMES);
      const where = rng.pick(['direct', 'progress', 'top', 'scenario'] as const);
      const holder = where === 'direct' ? direct : where === 'progress' ? progress : where === 'top' ? session : (session.scenario as Json);
      setOwn(holder, name, where === 'progress' ? [{ state: option.machine.initial, choice: 'x' }] : 1);
      return `own key ${name} in ${where}`;
    }
    case 'bad-step': {
      const initial = option.machine.initial;
      const other = rng.pick(scenario.options.flatMap((o) => Object.keys(o.machine.states)));
      const step = rng.pick<unknown>([
        { state: 'nowhere', choice: 'x' },
        { state: initial, choice: 'nope' },
        { state: initial, choice: 'constructor' },
        { state: 'constructor', choice: 'constructor' },
        { state: other, choice: 'x' },
        { state: 1 },
        { state: initial, choice: 'x', extra: 1 },
        'step',
        null,
      ]);
      const path = Array.isArray(progress[option.id]) ? (progress[option.id] as unknown[]) : [];
      path.splice(rng.int(path.length + 1), 0, step);
      progress[option.id] = path;
      return `bad step ${JSON.stringify(step)} in ${option.id}`;
    }
    case 'long-path': {
      const first = firstChoicePath(option)[0] ?? { state: option.machine.initial, choice: 'x' };
      progress[option.id] = Array.from({ length: 10_000 }, () => first);
      return `10,000 steps in ${option.id}`;
    }
    case 'hash-changed':
      (session.scenario as Json).hash = 'f'.repeat(64);
      return 'scenario hash changed, so reconcile re-checks everything';
    case 'header': {
      const [key, value] = rng.pick<[string, unknown]>([
        ['version', 0],
        ['version', 2],
        ['version', '1'],
        ['format', 'other'],
        ['updatedAt', 'yesterday'],
        ['scenario.id', 'other'],
        ['weighting.active', 'ranks'],
      ]);
      if (key === 'scenario.id') (session.scenario as Json).id = value;
      else if (key === 'weighting.active') weighting.active = value;
      else session[key] = value;
      return `${key} = ${JSON.stringify(value)}`;
    }
  }
}

/** A scenario that still loads after a mutation, to reconcile a session against a changed scenario; the original if none turns up. */
function changedScenario(text: string, file: string, original: Scenario, rng: Rng): { scenario: Scenario; note?: string } {
  for (let attempt = 0; attempt < 3; attempt++) {
    const m = mutate(text, rng);
    let result: ReturnType<typeof loadScenario>;
    try {
      result = loadScenario(m.text, file);
    } catch {
      continue; // a loader crash is the scenario tests' finding; here it only means this mutant is no use
    }
    if (result.ok) return { scenario: result.scenario, note: `reconciled against a changed scenario: ${m.notes.join('; ')}` };
  }
  return { scenario: original };
}

function checkSessionText(text: string, scenario: Scenario): void {
  const read = stage('parseSession', () => parseSession(text));
  if (!read.ok) {
    if (read.problems.length === 0) violated('session refused with no problems');
    for (const p of read.problems) {
      if (!p) violated('session problem is empty');
      checkPrintable('session problem', p, { byTemplate: true });
    }
    return;
  }
  const fitted = stage('reconcileSession', () => reconcileSession(read.session, scenario));
  if (!fitted.ok) return;
  for (const notice of fitted.notices) checkPrintable('reconcile notice', notice, { byTemplate: true });
  const { direct } = fitted.session.weighting;
  const ev = stage('evaluate (reconciled session)', () => evaluate(scenario, direct, fitted.session.progress));
  checkEvaluation(scenario, ev, 'evaluate (session)');
  checkAnalysis(stage('analyseScenario (reconciled session)', () => analyseScenario(scenario, direct, fitted.session.progress)), 'analyseScenario (session)');
}

// ---- running and reporting -------------------------------------------------

interface Failure {
  group: string;
  detail: string;
  seed: number;
  notes: string[];
  text: string;
  at: number;
}

/** Runs mutants until the count or time budget is spent, and fails once with every distinct cause found. */
function fuzz(testName: string, file: string, runOne: (seed: number) => { text: string; notes: string[]; at: number; check: () => void }): void {
  const seeds = REPLAY !== undefined ? [REPLAY] : undefined;
  const count = ITERATIONS ?? defaultIterations(file);
  const deadline = SECONDS !== undefined ? performance.now() + (SECONDS * 1000) / TEST_COUNT : undefined;
  const failures = new Map<string, { first: Failure; count: number }>();
  let ran = 0;
  for (let i = 0; seeds ? i < seeds.length : deadline !== undefined ? performance.now() < deadline : i < count; i++) {
    const seed = seeds?.[i] ?? seedFrom(BASE_SEED, file, i);
    const mutant = runOne(seed);
    ran++;
    try {
      mutant.check();
    } catch (error) {
      const v = error instanceof Violation ? error : new Violation(`harness error: ${String(error)}`);
      const known = failures.get(v.group);
      if (known) known.count++;
      else failures.set(v.group, { first: { group: v.group, detail: v.detail, seed, ...mutant }, count: 1 });
    }
  }
  if (failures.size === 0) return;
  const total = [...failures.values()].reduce((a, f) => a + f.count, 0);
  const shown = [...failures.values()].slice(0, MAX_REPORTED);
  const report = shown.map(({ first: f, count: n }, k) =>
    [
      `#${k + 1} (${n} of ${ran} mutants) ${f.group}`,
      `  ${f.detail.split('\n').join('\n  ')}`,
      `  seed ${f.seed}; mutations: ${f.notes.join('; ') || '(none: the file as it is)'}`,
      REPLAY !== undefined ? `  whole mutant:\n${excerpt(f.text, 0, 10_000)}` : `  excerpt:\n${excerpt(f.text, f.at)}`,
    ].join('\n'),
  );
  throw new Error(
    `${failures.size} distinct failures (${total} failing mutants of ${ran}) for ${file}` +
      (failures.size > MAX_REPORTED ? `; the first ${MAX_REPORTED} shown` : '') +
      `\nreproduce one with: FUZZ_REPLAY=<seed> npx vitest run --project unit tests/unit/fuzz -t ${JSON.stringify(testName)}\n\n${report.join('\n\n')}`,
  );
}

const timeout = SECONDS !== undefined ? (SECONDS * 1000) / TEST_COUNT + 60_000 : 60_000;

describe('fuzzed scenario files', () => {
  for (const file of SCENARIO_CORPUS) {
    const original = read(file);
    const name = `loader survives mutants of ${file}`;
    it(
      name,
      () =>
        fuzz(name, file, (seed) => {
          // Mutant 0 of each run is the file itself, so a corpus file that already breaks an invariant says so plainly.
          const m = seed === seedFrom(BASE_SEED, file, 0) ? { text: original, notes: [], at: 0 } : mutate(original, createRng(seed));
          return { ...m, check: () => checkScenarioText(m.text, file) };
        }),
      timeout,
    );
  }
});

describe('fuzzed session files', () => {
  for (const file of SESSION_CORPUS) {
    const text = read(file);
    const loaded = loadScenario(text, file);
    const name = `sessions survive damage, for ${file}`;
    it(
      name,
      () => {
        if (!loaded.ok) throw new Error(`${file} must load to fuzz its sessions`);
        const scenario = loaded.scenario;
        const hash = scenarioContentHash(scenario);
        fuzz(name, file, (seed) => {
          const rng = createRng(seed);
          const session = savedSession(scenario, hash, rng);
          const notes: string[] = [];
          let target = scenario;
          if (rng.chance(0.15)) {
            const changed = changedScenario(text, file, scenario, rng);
            target = changed.scenario;
            if (changed.note) notes.push(changed.note);
          }
          let json: string;
          let at = 0;
          if (rng.chance(0.5)) {
            const count = 1 + rng.int(3);
            for (let k = 0; k < count; k++) notes.push(damageSession(session, scenario, rng));
            json = JSON.stringify(session, null, 2);
          } else {
            const m = mutate(JSON.stringify(session, null, 2), rng);
            notes.push(...m.notes);
            json = m.text;
            at = m.at;
          }
          return { text: json, notes, at, check: () => checkSessionText(json, target) };
        });
      },
      timeout,
    );
  }
});
