import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/domain/analysis';
import { monteCarlo, tornado, weightModel, weightStability } from '../../../src/domain/sensitivity';
import { renderSummaryMarkdown } from '../../../src/domain/report/summary-markdown';
import { loadScenario, scenarioContentHash } from '../../../src/domain/scenario';
import { evaluate } from '../../../src/domain/scoring';
import { mdInline, mdLine } from '../../../src/domain/text/markdown';
import { loadValid, read } from '../../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const hash = scenarioContentHash(scenario);

function summary(progress = {}) {
  const weights = { safety: 3, cost: 1 };
  return renderSummaryMarkdown({ scenario, scenarioHash: hash, evaluation: evaluate(scenario, weights, progress), analysis: analyseScenario(scenario, weights, progress), date: '2026-11-24' });
}

describe('the Markdown summary', () => {
  it('ranks the options by expected value, with range, gap to the baseline and plan (hand-worked: 66.3 and 57.5)', () => {
    const md = summary();
    expect(md).toContain('| 1 | Close the harbour | 66.3 | 47.5–70.0 | +8.8 | 2 decisions |');
    expect(md).toContain('| 2 | Stay open | 57.5 | 45.0–57.5 | (baseline) | 1 decision |');
    expect(md).toContain('| 1 | Close the harbour | 66.3 | none | 0 steps, then the plan |');
    expect(md).toContain('1. When do we close? → **Close now** (best by expected value)');
    expect(md).toContain('version 1.0.0 (content');
    expect(md).toContain('| Safety | higher | 0–10 | 75.0% |');
    expect(md).toContain(`content SHA-256 \`${hash.slice(0, 16)}\``);
  });

  it('tells the path taken in words, with assumed outcomes marked as assumptions', () => {
    const md = summary({ close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe' }] });
    expect(md).toContain('1. Decided: When do we close? → **Close now**. Safety +2 (better), Cost +20 (worse)');
    expect(md).toContain('2. Assumed: How bad is the storm? → **Severe** (p = 0.3). Safety −1 (worse), Cost +10 (worse)');
    expect(md).toContain('Outcome: The harbour is closed and repairs begin.');
    // Start, after the path, and expected under the plan (safety 6 + 2 − 0.3 = 7.7; cost 50 + 20 − 7 + 3 = 66).
    expect(md).toContain('| Safety | 6 | 7 (+1) | 7.7 | Closing keeps boats in. |');
    expect(md).toContain('| Cost | 50 | 80 (+30) | 66 | Lost trade. |');
    // As stepped, the severe storm is taken as given: 0.575 (tied with stay open), and its probability is shown.
    expect(md).toContain('| =1 | Close the harbour | 57.5 | 30% | complete |');
  });

  it('repeats byte for byte for the same input', () => {
    expect(summary()).toBe(summary());
  });

  it('cannot be restructured by text in a scenario', () => {
    const hostile = read('tests/fixtures/valid/two-options.yaml').replace('label: Close the harbour', 'label: "# Heading | cell <script>alert(1)</script> [link](http://x) `code` *bold*"');
    const loaded = loadScenario(hostile, 'hostile.yaml');
    if (!loaded.ok) throw new Error('invalid');
    const md = renderSummaryMarkdown({ scenario: loaded.scenario, scenarioHash: 'x'.repeat(64), evaluation: evaluate(loaded.scenario, { safety: 1, cost: 1 }, {}), analysis: analyseScenario(loaded.scenario, { safety: 1, cost: 1 }, {}), date: '2026-11-24' });
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/[^\\]\]\(http/);
    expect(md).toContain('\\# Heading \\| cell \\<script\\>alert(1)\\</script\\> \\[link\\](http\\://x) \\`code\\` \\*bold\\*');
  });

  it('escapes line breaks, and list markers only where text starts a line', () => {
    expect(mdInline('line one\n\n# two')).toBe('line one \\# two');
    expect(mdInline('1.0.0')).toBe('1.0.0');
    expect(mdLine('- item')).toBe('\\- item');
    expect(mdLine('1. first')).toBe('1\\. first');
    expect(mdLine('2021 was a year')).toBe('2021 was a year');
    // Four spaces would open an indented code block.
    expect(mdLine('    code')).toBe('code');
  });

  it('includes the note of each step, so the reader sees why the scores moved', () => {
    const withNote = read('tests/fixtures/valid/two-options.yaml').replace('{ id: radio, label: Radio only, target: end }', '{ id: radio, label: Radio only, target: end, note: Cheap and quick. }');
    const loaded = loadScenario(withNote, 'note.yaml');
    if (!loaded.ok) throw new Error('invalid');
    const md = renderSummaryMarkdown({ scenario: loaded.scenario, scenarioHash: 'x'.repeat(64), evaluation: evaluate(loaded.scenario, { safety: 1, cost: 1 }, { 'stay-open': [{ state: 'warn', choice: 'radio' }] }), analysis: analyseScenario(loaded.scenario, { safety: 1, cost: 1 }, { 'stay-open': [{ state: 'warn', choice: 'radio' }] }), date: '2026-11-24' });
    expect(md).toContain('1. Decided: How do we warn boats? → **Radio only**. No change to scores. Cheap and quick.');
  });
});

describe('the robustness section of the summary', () => {
  it('gives weight stability, the most critical criterion and rank acceptability with its seed (hand-worked three profiles)', () => {
    const profiles = loadValid('tests/fixtures/valid/three-profiles.yaml');
    const weights = { c1: 7, c2: 3 };
    const analysis = analyseScenario(profiles, weights, {});
    const models = profiles.options.map((o) => weightModel(analysis.contexts.get(o.id)!));
    const stability = weightStability(models, analysis.weights, analysis.expected.order);
    const mc = monteCarlo(models, 2, { seed: 5, weights: { kind: 'uniform' }, ranges: false });
    mc.run(2000);
    const md = renderSummaryMarkdown({ scenario: profiles, scenarioHash: 'x'.repeat(64), evaluation: evaluate(profiles, weights, {}), analysis, sensitivity: { stability, tornado: tornado(models, analysis.weights, analysis.expected.order), acceptability: mc.result() }, date: '2026-12-01' });
    expect(md).toContain('| First | 70.0% | 60.0% | 100.0% | C (below) |');
    expect(md).toContain('| Second | 30.0% | 0.0% | 40.0% | C (above) |');
    expect(md).toContain('The most critical criterion is First: if its weight fell by 10.0% (to 60.0%), C would tie with A for first place.');
    expect(md).toMatch(/under 2,000 random weightings \(Monte Carlo, seed 5\)/);
    expect(md).toMatch(/\| A \| 4\d% \| /);
    // The tornado, by hand: the first weight from 35 % to 100 % moves A's lead over C from −25 to +40 points.
    expect(md).toContain('| Weight on First | 35.0% | 100.0% | −25.0 | +40.0 |');
    // Central weights: A leads for a first weight above 0.6, so its typical first weight is about 0.8.
    expect(md).toMatch(/\| A \| (79|80|81)% \| (19|20|21)% \|/);
  });
});
