import { describe, expect, it } from 'vitest';
import { renderSummaryMarkdown } from '../../../src/domain/report/summary-markdown';
import { loadScenario, scenarioContentHash } from '../../../src/domain/scenario';
import { evaluate } from '../../../src/domain/scoring';
import { mdInline, mdLine } from '../../../src/domain/text/markdown';
import { loadValid, read } from '../../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const hash = scenarioContentHash(scenario);

function summary(progress = {}) {
  return renderSummaryMarkdown({ scenario, scenarioHash: hash, evaluation: evaluate(scenario, { safety: 3, cost: 1 }, progress), date: '2026-11-24' });
}

describe('the Markdown summary', () => {
  it('ranks the options with their totals and the gap to the baseline (hand-worked: 57.5 and 45.0)', () => {
    const md = summary();
    expect(md).toContain('| 1 | Close the harbour | 57.5 | +12.5 | unfinished (0 steps) |');
    expect(md).toContain('| 2 | Stay open | 45.0 | (baseline) | unfinished (0 steps) |');
    expect(md).toContain('**Provisional:** 2 of 2 options have not been stepped to an outcome');
    expect(md).toContain('version 1.0.0 (content');
    expect(md).toContain('| Safety | higher | 0–10 | 75.0% |');
    expect(md).toContain(`content SHA-256 \`${hash.slice(0, 16)}\``);
  });

  it('tells the path taken in words, with assumed outcomes marked as assumptions', () => {
    const md = summary({ close: [{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe' }] });
    expect(md).toContain('1. Decided: When do we close? → **Close now**. Safety +2 (better), Cost +20 (worse)');
    expect(md).toContain('2. Assumed: How bad is the storm? → **Severe** (p = 0.3). Safety −1 (worse), Cost +10 (worse)');
    expect(md).toContain('Outcome: The harbour is closed and repairs begin.');
    expect(md).toContain('| Safety | 6 | 7 (+1) | 52.5 | Closing keeps boats in. |');
    expect(md).toContain('| Cost | 50 | 80 (+30) | 5.0 | Lost trade. |');
  });

  it('repeats byte for byte for the same input', () => {
    expect(summary()).toBe(summary());
  });

  it('cannot be restructured by text in a scenario', () => {
    const hostile = read('tests/fixtures/valid/two-options.yaml').replace('label: Close the harbour', 'label: "# Heading | cell <script>alert(1)</script> [link](http://x) `code` *bold*"');
    const loaded = loadScenario(hostile, 'hostile.yaml');
    if (!loaded.ok) throw new Error('invalid');
    const md = renderSummaryMarkdown({ scenario: loaded.scenario, scenarioHash: 'x'.repeat(64), evaluation: evaluate(loaded.scenario, { safety: 1, cost: 1 }, {}), date: '2026-11-24' });
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
  });

  it('includes the note of each step, so the reader sees why the scores moved', () => {
    const withNote = read('tests/fixtures/valid/two-options.yaml').replace('{ id: radio, label: Radio only, target: end }', '{ id: radio, label: Radio only, target: end, note: Cheap and quick. }');
    const loaded = loadScenario(withNote, 'note.yaml');
    if (!loaded.ok) throw new Error('invalid');
    const md = renderSummaryMarkdown({ scenario: loaded.scenario, scenarioHash: 'x'.repeat(64), evaluation: evaluate(loaded.scenario, { safety: 1, cost: 1 }, { 'stay-open': [{ state: 'warn', choice: 'radio' }] }), date: '2026-11-24' });
    expect(md).toContain('1. Decided: How do we warn boats? → **Radio only**. No change to scores. Cheap and quick.');
  });
});
