// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/domain/analysis';
import { renderMemoHtml, renderMemoMarkdown } from '../../../src/domain/memo';
import { scenarioContentHash } from '../../../src/domain/scenario';
import { defaultWeights } from '../../../src/domain/scoring';
import { BRIEF, memoCase, parseHtml, TEST_MONTE_CARLO, TWO_OPTIONS, withMemoText } from '../../support/memo';

/**
 * What the memo says, read through both writers: each section in its place,
 * the bottom line (generated, or the group's), the options best first with
 * their risk against the status quo, the group's notes and dissent, and the
 * appendix that lets anyone make the memo again.
 */
const SECTIONS = ['Bottom line', 'Background', 'Options', 'Criteria and weights', 'Comparison', 'Robustness', 'Dissent and open questions', 'Decision', 'Appendix: how to make this memo again'];

/** The Markdown under each `##` heading, by title, without the blank lines around it. */
function mdSections(md: string): Map<string, string> {
  return new Map(md.split('\n## ').slice(1).map((chunk) => [chunk.slice(0, chunk.indexOf('\n')), chunk.slice(chunk.indexOf('\n')).trim()]));
}

/** The text of each HTML section after its `<h2>`, by title, as a reader sees it (white space collapsed). */
function htmlSections(html: string): Map<string, string> {
  const document = parseHtml(html);
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  return new Map([...document.querySelectorAll('main > section')].map((s) => {
    const heading = s.querySelector('h2')!;
    return [text(heading), text(s).slice(text(heading).length).trim()];
  }));
}

function both(doc: Parameters<typeof renderMemoMarkdown>[0]) {
  return { md: mdSections(renderMemoMarkdown(doc)), html: htmlSections(renderMemoHtml(doc)) };
}

describe('the memo for the two-option drill (hand-worked)', () => {
  // Weights 3:1, so safety 0.75 and cost 0.25; safety is better high (0..10), cost better low (0..100).
  // Close now: safety 8, cost 70. Mild (0.7): cost 60, then waiting a day (0.75 × 0.8 + 0.25 × 0.4 = 0.70) beats
  // reopening early (0.65). Severe (0.3): safety 7, cost 80: 0.525 + 0.05 = 0.575. Expected 0.7 × 0.70 + 0.3 × 0.575
  // = 0.6625, "66.3" out of 100. (Closing tomorrow gives 0.5625.) Stay open, escorting boats in: safety 5, cost 20:
  // 0.375 + 0.2 = 0.575, "57.5". The lead is 8.75 points, "8.8".
  const { doc, sessionHash, scenario } = memoCase(TWO_OPTIONS);
  const { md, html } = both(doc);

  it('puts every section in order, in both formats', () => {
    expect(doc.sections.map((s) => s.title)).toEqual(SECTIONS);
    expect([...md.keys()]).toEqual(SECTIONS);
    expect([...html.keys()]).toEqual(SECTIONS);
  });

  it('names the expected-value leader in the bottom line, with its value and margin', () => {
    for (const text of [md.get('Bottom line')!, html.get('Bottom line')!]) {
      expect(text).toContain("Recommend Close the harbour, which has the highest expected value under the group's weights: 66.3 out of 100.");
      expect(text).toContain('It leads Stay open by 8.8 points.');
      expect(text).toContain(`Under ${TEST_MONTE_CARLO.samples.toLocaleString('en-GB')} random weightings it ranks first`);
    }
  });

  it('gives the options best first, each with its plan and its range', () => {
    const options = md.get('Options')!;
    expect(options.indexOf('### 1. Close the harbour')).toBeGreaterThan(-1);
    expect(options.indexOf('### 1. Close the harbour')).toBeLessThan(options.indexOf('### 2. Stay open'));
    expect(options).toContain('1. When do we close? → **Close now** (best by expected value)');
    expect(options).toContain('Expected 66.3, ranging from 47.5 at worst to 70.0 at best.');
    expect(options).toContain('Expected 57.5, ranging from 45.0 at worst to 57.5 at best.');
  });

  it('compares every option with the status quo, and breaks the value down by criterion', () => {
    const comparison = md.get('Comparison')!;
    expect(comparison).toContain('| Rank | Option | Expected | Worst | Best | vs Stay open |\n|---:|---|---:|---:|---:|---:|');
    expect(comparison).toContain('| 1 | Close the harbour | 66.3 | 47.5 | 70.0 | +8.8 |');
    expect(comparison).toContain('| 2 | Stay open | 57.5 | 45.0 | 57.5 | (baseline) |');
    // Contributions: safety 0.75 × 0.77 = 57.8 and cost 0.25 × 0.34 = 8.5 for closing; 37.5 and 20.0 for staying open.
    expect(comparison).toContain('| Option | Safety | Cost | Total |\n|---|---:|---:|---:|\n| Close the harbour | 57.8 | 8.5 | 66.3 |\n| Stay open | 37.5 | 20.0 | 57.5 |');
    expect(html.get('Comparison')).toContain('Close the harbour');
  });

  it('ends with the decision lines and an appendix holding both hashes and the seed', () => {
    expect(md.get('Decision')).toBe('Approve: Close the harbour \\_\\_\\_\\_\\_\\_\\_\\_\n\nDisapprove \\_\\_\\_\\_\\_\\_\\_\\_\n\nDiscuss \\_\\_\\_\\_\\_\\_\\_\\_');
    for (const text of [md.get('Appendix: how to make this memo again')!, html.get('Appendix: how to make this memo again')!]) {
      expect(text).toContain(scenarioContentHash(scenario));
      expect(text).toContain(sessionHash);
      expect(text).toContain(`seed ${TEST_MONTE_CARLO.settings.seed}`);
      expect(text).toContain('harbour-closure, version 1.0.0');
    }
  });

  it('carries the marking as a banner at the top and the bottom, and the heading block', () => {
    const markdown = renderMemoMarkdown(doc);
    expect(markdown.startsWith('**UNCLASSIFIED // DRAFT**\n\n# Decision memorandum\n\n**TO:** (not set)\\\n**FROM:** (not set)\\\n**DATE:** 2026-12-01\\\n**SUBJECT:** Harbour closure drill\n\n## Bottom line\n')).toBe(true);
    expect(markdown.endsWith('\n\n**UNCLASSIFIED // DRAFT**\n')).toBe(true);
    const document = parseHtml(renderMemoHtml(doc));
    expect([...document.querySelectorAll('.banner')].map((b) => b.textContent)).toEqual(['UNCLASSIFIED // DRAFT', 'UNCLASSIFIED // DRAFT']);
    expect(document.querySelector('style')!.textContent).toContain('@top-center { content: "UNCLASSIFIED \\00002F \\00002F  DRAFT";');
    expect([...document.querySelectorAll('.heading-block tr')].map((row) => row.textContent)).toEqual(['TO:(not set)', 'FROM:(not set)', 'DATE:2026-12-01', 'SUBJECT:Harbour closure drill']);
  });
});

describe('the memo with what the group wrote in its session', () => {
  const written = withMemoText({
    to: 'The Harbour Master',
    from: 'Storm cell',
    subject: 'Closing the harbour before the storm',
    marking: 'custom',
    customMarking: 'OFFICIAL-SENSITIVE',
    status: 'final',
    bottomLine: 'Close the harbour tonight; the cost is a day of trade.',
    notes: { close: 'Check the tide tables first.' },
    dissent: { 'stay-open': 'The pilots would rather escort boats in.' },
    overallDissent: 'One member wants a third option.',
    openQuestions: 'Will the insurer pay for lost trade?',
  });
  const { doc } = memoCase(TWO_OPTIONS, written);
  const { md, html } = both(doc);

  it('uses the edited bottom line instead of the generated one', () => {
    expect(md.get('Bottom line')).toBe('Close the harbour tonight; the cost is a day of trade.');
    expect(html.get('Bottom line')).toBe('Close the harbour tonight; the cost is a day of trade.');
  });

  it("puts each option's notes under it, and the dissent and open questions in their section", () => {
    const close = md.get('Options')!.split('### ')[1]!;
    expect(close).toContain('**Group notes:** Check the tide tables first.');
    expect(md.get('Dissent and open questions')).toBe('- **Overall:** One member wants a third option.\n- **Stay open:** The pilots would rather escort boats in.\n\n**Open questions:** Will the insurer pay for lost trade?');
    expect(html.get('Dissent and open questions')).toContain('Stay open: The pilots would rather escort boats in.');
  });

  it('uses the heading and the marking of the session, with no DRAFT once final', () => {
    const markdown = renderMemoMarkdown(doc);
    expect(markdown).toMatch(/^\*\*OFFICIAL-SENSITIVE\*\*\n\n# Decision memorandum\n\n\*\*TO:\*\* The Harbour Master\\\n\*\*FROM:\*\* Storm cell\\\n\*\*DATE:\*\* 2026-12-01\\\n\*\*SUBJECT:\*\* Closing the harbour before the storm\n/);
    expect(markdown.endsWith('\n**OFFICIAL-SENSITIVE**\n')).toBe(true);
    expect(doc.fileStem).toBe('OFFICIAL-SENSITIVE-harbour-closure-memo-2026-12-01');
  });

  it('states the risk against the status quo in words when the plan can end worse than it', () => {
    // The group closes tomorrow: mild 0.6, severe 0.475, below staying open (0.575) with probability 0.3.
    const later = memoCase(TWO_OPTIONS, (s) => ({ ...s, progress: { close: [{ state: 'when', choice: 'later' }] } }));
    const options = mdSections(renderMemoMarkdown(later.doc)).get('Options')!;
    expect(options).toContain('One chance in 3 (30.0%) of ending worse than Stay open.');
    expect(options).toContain('1. When do we close? → **Close tomorrow** (the group)');
    // The drill as the scenario stands: closing now never ends below 0.575.
    expect(md.get('Options')).toContain('No chance of ending worse than Stay open.');
  });
});

describe('the memo for the bundled brief', () => {
  const { doc, scenario } = memoCase(BRIEF);
  const md = renderMemoMarkdown(doc);
  const sections = mdSections(md);
  const analysis = analyseScenario(scenario, defaultWeights(scenario.criteria), {});
  const order = analysis.expected.order.map((i) => scenario.options[i]!.label);
  const baseline = scenario.options.find((o) => o.id === scenario.baselineOption)!.label;

  it('has every section, in order', () => {
    expect([...sections.keys()]).toEqual(SECTIONS);
    expect([...htmlSections(renderMemoHtml(doc)).keys()]).toEqual(SECTIONS);
  });

  it('recommends the expected-value leader and lists the nine options best first', () => {
    expect(sections.get('Bottom line')).toMatch(new RegExp(`^Recommend ${order[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, which has the highest expected value`));
    const parts = [...md.matchAll(/^### (\S+)\. (.+)$/gm)].map((m) => m[2]);
    expect(parts).toEqual(order);
  });

  it('sets the risk of every other option against the status quo in words', () => {
    const risks = sections.get('Options')!.match(new RegExp(`(No chance|One chance in [\\d,]+ \\([\\d.<>]+%\\)|A [\\d.<>]+% chance) of ending worse than ${baseline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`, 'g'));
    expect(risks).toHaveLength(scenario.options.length - 1);
  });

  it('cites the facts with their sources, and explains the robustness of the choice', () => {
    expect(sections.get('Background')).toContain(`Source: ${scenario.source.title}`);
    expect(sections.get('Background')!.match(/^- /gm)).toHaveLength(scenario.facts.length);
    expect(sections.get('Robustness')).toContain('stays first unless the weight on');
    expect(sections.get('Robustness')).toContain(`(seed ${TEST_MONTE_CARLO.settings.seed}; score and probability ranges drawn too)`);
    expect(sections.get('Robustness')).toMatch(/Collection priority: .*\n\n1\. .+: \*\*\d+\.\d\d\*\*/);
  });
});
