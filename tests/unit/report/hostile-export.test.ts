import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/domain/analysis';
import { enumeratePaths } from '../../../src/domain/paths';
import { renderSummaryMarkdown } from '../../../src/domain/report/summary-markdown';
import { scenarioContentHash } from '../../../src/domain/scenario';
import { evaluate, defaultWeights } from '../../../src/domain/scoring';
import { loadValid } from '../../support/files';

/**
 * Issue 9, cases 12 and 13: the hostile fixture's text (HTML, script, Markdown,
 * bare URLs, formulas, controls, bidi overrides, 5,000-character words) goes
 * through the summary as plain characters: rendered as GitHub-flavoured
 * Markdown, it makes no link, image, tag, heading, list, table or emphasis of its own.
 */
const scenario = loadValid('tests/fixtures/hostile/hostile.yaml');
const progress = Object.fromEntries(scenario.options.map((o) => [o.id, enumeratePaths(o)[0]!.steps]));
const steps = Object.values(progress).reduce((n, p) => n + p.length, 0);
const analysis = analyseScenario(scenario, defaultWeights(scenario.criteria), progress);
const md = renderSummaryMarkdown({ scenario, scenarioHash: scenarioContentHash(scenario), evaluation: evaluate(scenario, defaultWeights(scenario.criteria), progress), analysis, date: '2026-12-01' });
const planned = analysis.options.reduce((n, o) => n + o.plan.length, 0);
const worthKnowing = analysis.mostWorthKnowing.some((v) => v.value > 0);
const html = micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const count = (tag: string) => (html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;

describe('the summary of a hostile scenario', () => {
  it('carries no raw control character: each is shown as a visible escape', () => {
    expect(md).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    expect(md).toContain('ESC\\\\u{1B}\\[2J');
    expect(md).toContain('override \\\\u{202E}left unclosed');
  });

  it('makes no link, autolink, mention, image or HTML tag out of scenario text', () => {
    for (const tag of ['a', 'img', 'script', 'iframe', 'b', 'blockquote', 'hr', 'del', 'pre']) expect(count(tag), tag).toBe(0);
    expect(html).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;');
    expect(html).toContain('see https://evil.example/phish and www.evil.example or ops@evil.example, @mention, #123, $x^2$');
  });

  it('has only the structure the summary itself writes', () => {
    expect(count('h1')).toBe(1);
    expect(count('h2')).toBe(worthKnowing ? 5 : 4);
    expect(count('h3')).toBe(scenario.options.length);
    expect(count('table')).toBe((worthKnowing ? 4 : 3) + scenario.options.length);
    expect(count('li')).toBe(steps + planned);
    expect(count('strong')).toBe(steps + planned);
    expect(count('code')).toBe(2);
    expect(count('em')).toBe(0);
  });

  it('keeps right-to-left text as it is', () => {
    expect(md).toContain('كتائب حزب الله (Kata\'ib Hezbollah) 2021');
  });
});
