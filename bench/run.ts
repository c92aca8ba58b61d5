import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { Bench } from 'tinybench';
import { analyseScenario, riskProfile } from '../src/domain/analysis';
import { buildOptionMachine, restoreSnapshot } from '../src/domain/machine';
import { buildMemo, composeMemo, MEMO_MONTE_CARLO, memoFigures, renderMemoHtml, renderMemoMarkdown, type MemoInput } from '../src/domain/memo';
import { renderMemoDocx } from '../src/domain/memo/render-docx';
import { monteCarlo, weightModel, weightStability } from '../src/domain/sensitivity';
import { countPaths, enumeratePaths } from '../src/domain/paths';
import { loadScenario, scenarioContentHash, type Scenario } from '../src/domain/scenario';
import { createSession, serialiseSession } from '../src/domain/session';
import { applyYamlEdit, type YamlEdit } from '../src/domain/yaml-edit';
import { defaultWeights, evaluate, normaliseWeights, rankTotals, weightedTotals } from '../src/domain/scoring';
import { generateChainScenarioText, generateScenarioText } from '../tests/support/generate-scenario';
import { buildSizes, sizeRows } from './size';

/** Reruns with `npm run bench`; prints mean and p99 per task. Figures depend on the machine. */
function mustLoad(text: string, name: string): Scenario {
  const result = loadScenario(text, name);
  if (!result.ok) throw new Error(`${name}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.scenario;
}

const briefText = readFileSync(join(import.meta.dirname, '..', 'scenarios', 'iraq-pm-drone-strike-2021.yaml'), 'utf8');
const sizes = [
  { label: '10×12, 20 states', text: generateScenarioText(10, 12, 20) },
  { label: '50×40, 20 states', text: generateScenarioText(50, 40, 20) },
];

const bench = new Bench({ time: 500, warmupTime: 100 });
const brief = mustLoad(briefText, 'brief');
bench.add('brief: load and validate', () => void mustLoad(briefText, 'brief'));
bench.add(`brief: enumerate every path (${brief.options.reduce((n, o) => n + countPaths(o), 0)})`, () => void brief.options.forEach(enumeratePaths));
bench.add('brief: evaluate and rank', () => void evaluate(brief, defaultWeights(brief.criteria), {}));

// Issue 13: the decision memo of the brief, with the app's default Monte Carlo (10,000 samples), and each format.
const memoSession = createSession(brief, new Date('2026-12-01T09:00:00Z'));
const memoInput: MemoInput = {
  scenario: brief,
  scenarioHash: scenarioContentHash(brief),
  session: memoSession,
  sessionHash: bytesToHex(sha256(utf8ToBytes(serialiseSession(memoSession)))),
  date: '2026-12-01',
  monteCarlo: MEMO_MONTE_CARLO,
};
const memo = buildMemo(memoInput);
bench.add('brief memo: build (analysis, robustness, 10,000 Monte Carlo samples)', () => void buildMemo(memoInput));
const memoFiguresOnce = memoFigures(brief, memoSession);
bench.add('brief memo: compose from figures (the memo tab, per keystroke)', () => void composeMemo(memoFiguresOnce, memoInput));
bench.add('brief memo: render as Markdown', () => void renderMemoMarkdown(memo));
bench.add('brief memo: render as print HTML (with the SVG chart)', () => void renderMemoHtml(memo));
bench.add('brief memo: render as Word (.docx, with the chart as PNG)', async () => void (await renderMemoDocx(memo)));

// Issue 15: the scenario editor makes one source-preserving edit of the YAML text per keystroke, each on the
// text the last one returned (whose syntax tree is kept); a text not seen before is parsed and checked first.
let editorText = briefText;
let keystrokes = 0;
const editorEdit = (edit: YamlEdit) => {
  const result = applyYamlEdit(editorText, edit);
  if (!result.ok) throw new Error(result.problem);
  editorText = result.text;
};
bench.add('brief YAML editor: set an option label (one keystroke)', () => editorEdit({ kind: 'set', path: ['options', 3, 'label'], value: `Label ${keystrokes++ % 2}` }));
bench.add('brief YAML editor: set a folded summary (one keystroke)', () => editorEdit({ kind: 'set', path: ['summary'], value: `${brief.summary}${keystrokes++ % 2 ? '' : ' More.'}` }));
bench.add('brief YAML editor: insert a choice and delete it again', () => {
  editorEdit({ kind: 'insert', path: ['options', 0, 'machine', 'states', 'support-type', 'choices'], index: 1, value: { id: 'bench', label: 'Bench', target: 'support-type' } });
  editorEdit({ kind: 'delete', path: ['options', 0, 'machine', 'states', 'support-type', 'choices', 1] });
});
bench.add('brief YAML editor: move the first option down and back', () => {
  editorEdit({ kind: 'move', path: ['options'], from: 0, to: 1 });
  editorEdit({ kind: 'move', path: ['options'], from: 1, to: 0 });
});
bench.add('brief YAML editor: first edit of a text not seen before (parse and check)', () => {
  if (!applyYamlEdit(`${briefText}# ${keystrokes++}\n`, { kind: 'set', path: ['title'], value: 'T' }).ok) throw new Error('refused');
});

for (const { label, text } of sizes) {
  const scenario = mustLoad(text, label);
  const paths = scenario.options.reduce((n, o) => n + countPaths(o), 0);
  const evaluation = evaluate(scenario, defaultWeights(scenario.criteria), {});
  const matrix = evaluation.options.map((o) => o.normalised);
  const weights = normaliseWeights(scenario.criteria, defaultWeights(scenario.criteria));
  bench.add(`${label}: load and validate`, () => void mustLoad(text, label));
  bench.add(`${label}: enumerate every path (${paths})`, () => void scenario.options.forEach(enumeratePaths));
  bench.add(`${label}: evaluate and rank`, () => void evaluate(scenario, defaultWeights(scenario.criteria), {}));
  bench.add(`${label}: weighted totals + rank (hot loop)`, () => void rankTotals(weightedTotals(matrix, weights)));
  bench.add(`${label}: expected values, best/worst, EVPI of every chance state`, () => void analyseScenario(scenario, defaultWeights(scenario.criteria), {}));
  // Issue 12: what a change of weights costs. A slider frame needs the ranking and the stability intervals; the
  // Monte Carlo runs in a worker, and with weights drawn uniformly it does not depend on the current weights at all.
  const sensitivityModels = (weights: Record<string, number>) => {
    const a = analyseScenario(scenario, weights, {});
    return { a, models: scenario.options.map((o) => weightModel(a.contexts.get(o.id)!)) };
  };
  bench.add(`${label}: ranking + stability intervals (one slider frame)`, () => {
    const { a, models } = sensitivityModels(defaultWeights(scenario.criteria));
    weightStability(models, a.weights, a.expected.order);
  });
  bench.add(`${label}: full update: ranking + stability + 10,000 Monte Carlo samples`, () => {
    const { a, models } = sensitivityModels(defaultWeights(scenario.criteria));
    weightStability(models, a.weights, a.expected.order);
    monteCarlo(models, scenario.criteria.length, { seed: 1, weights: { kind: 'uniform' }, ranges: true }).run(10_000);
  });
}

// Issue 10: an option whose machine is a chain of 40 two-way chance states, 2^40 paths; nothing may list them.
const coinsText = generateChainScenarioText(40, { branches: 2, kind: 'chance', effect: (s) => (s + 1) / 1000, baseline: 3 });
const coins = mustLoad(coinsText, 'coins');
bench.add('chain of 40 chance states (2^40 paths): load and validate', () => void mustLoad(coinsText, 'coins'));
bench.add('chain of 40 chance states (2^40 paths): analyse (expected, best/worst, EVPI)', () => void analyseScenario(coins, { c0: 1 }, {}));
const coinsContext = analyseScenario(coins, { c0: 1 }, {}).contexts.get('chain')!;
bench.add('chain of 40 chance states (2^40 paths): risk profile (binned)', () => void riskProfile(coinsContext));
bench.add('brief: analyse every option', () => void analyseScenario(brief, defaultWeights(brief.criteria), {}));

// Hostile and broken input (issue 9): each must be refused or read in time that grows with its size, not faster.
const minimal = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'valid', 'minimal.yaml'), 'utf8');
const hostile = {
  unknownKeys: `${minimal}${Array.from({ length: 100_000 }, (_, i) => `unknown${i}: 1`).join('\n')}\n`,
  junk: ']'.repeat(1_000_000),
  deep: `${'- '.repeat(100_000)}x\n`,
  hugeIds: minimal.replace('target: storm, effects', `target: ${'a'.repeat(1_000_000)}, effects`).replace('id: close', `id: ${'b'.repeat(1_000_000)}`),
};
const refuse = (text: string) => {
  if (loadScenario(text, 'hostile').ok) throw new Error('a hostile input was accepted');
};
bench.add('hostile: 100,000 unknown keys (1.3 MB), refused', () => refuse(hostile.unknownKeys));
bench.add('hostile: 1 MB of "]", refused', () => refuse(hostile.junk));
bench.add('hostile: nesting 100,000 deep, refused', () => refuse(hostile.deep));
bench.add('hostile: two 1 MB ids, refused', () => refuse(hostile.hugeIds));
const chainText = generateChainScenarioText(6000);
const chain = mustLoad(chainText, 'chain').options[0]!;
const chainPath = enumeratePaths(chain)[0]!.steps.slice(0, 5000);
const chainMachine = buildOptionMachine(chain);
bench.add('chain of 6,000 states: load and validate', () => void mustLoad(chainText, 'chain'));
bench.add('chain of 6,000 states: restore a 5,000-step path', () => void restoreSnapshot(chainMachine, chain, chainPath));

await bench.run();
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.table(sizeRows(await buildSizes()));
console.log(memoryOfLoading(generateScenarioText(200, 40, 20), '200 options × 40 criteria'));
console.table(
  bench.tasks.map((t) => {
    const latency = t.result && 'latency' in t.result ? t.result.latency : undefined;
    return { task: t.name, 'median (ms)': latency?.p50 !== undefined ? latency.p50.toFixed(4) : 'n/a', 'mean (ms)': latency ? latency.mean.toFixed(4) : 'n/a', 'p99 (ms)': latency ? latency.p99?.toFixed(4) : 'n/a', samples: latency?.samplesCount ?? 0 };
  }),
);

/**
 * Live heap added while a large scenario is read, at its peak (the parser's
 * syntax tree and document) and after (the scenario kept), as multiples of the
 * text. Needs `--expose-gc`, which `npm run bench` passes.
 */
function memoryOfLoading(text: string, label: string): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'memory: run with node --expose-gc to measure';
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = heap();
  const scenario = mustLoad(text, label);
  const kept = heap() - before;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  return `memory: ${label}, ${mb(text.length)} of YAML: the loaded scenario keeps ${mb(kept)} (${(kept / text.length).toFixed(1)}× the text); ${scenario.options.length} options`;
}
