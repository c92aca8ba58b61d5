import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { countPaths, enumeratePaths } from '../src/domain/paths';
import { loadScenario, type Scenario } from '../src/domain/scenario';
import { defaultWeights, evaluate, normaliseWeights, rankTotals, weightedTotals } from '../src/domain/scoring';
import { generateScenarioText } from '../tests/support/generate-scenario';

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
bench.add('brief: enumerate every path (872)', () => void brief.options.forEach(enumeratePaths));
bench.add('brief: evaluate and rank', () => void evaluate(brief, defaultWeights(brief.criteria), {}));

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
}

await bench.run();
console.log(`Node ${process.version}, ${new Date().toISOString()}`);
console.table(
  bench.tasks.map((t) => {
    const latency = t.result && 'latency' in t.result ? t.result.latency : undefined;
    return { task: t.name, 'mean (ms)': latency ? latency.mean.toFixed(4) : 'n/a', 'p99 (ms)': latency ? latency.p99?.toFixed(4) : 'n/a', samples: latency?.samplesCount ?? 0 };
  }),
);
