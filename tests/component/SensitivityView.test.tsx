import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { analyseScenario, type Progress } from '../../src/domain/analysis';
import type { Scenario } from '../../src/domain/scenario';
import { defaultWeights, type WeightInput } from '../../src/domain/scoring';
import type { MonteCarloResult, View } from '../../src/domain/sensitivity';
import { DEFAULT_SAMPLING, type SamplingSettings } from '../../src/ui/sensitivity/sampling-settings';
import { PAGE_SAMPLES } from '../../src/ui/sensitivity/use-monte-carlo';
import { AcceptabilityMatrix } from '../../src/ui/views/sensitivity/AcceptabilityMatrix';
import { SensitivityView } from '../../src/ui/views/sensitivity/SensitivityView';
import { loadValid } from '../support/files';
import { scoreTableScenario } from '../support/score-table-scenario';

/**
 * The sensitivity view on the hand-worked score table of
 * tests/unit/sensitivity/sensitivity.test.ts: A (1, 0), B (0, 1), C (0.6, 0.6)
 * on two benefit criteria weighted 7 : 3. A leads (70 points) over C (60) and
 * B (30). A stays first while w1 stays above 0.6 (C takes over below); w2
 * below 0.4. As w1 runs from 0.35 to 1 (half to double), A − C runs from
 * −25 to +40 points. With weights uniform on the simplex, A is first for
 * w1 > 0.6 (40 %), C for 0.4 < w1 < 0.6 (20 %), B below 0.4 (40 %).
 */
const abc = () => scoreTableScenario({ a: [1, 0], b: [0, 1], c: [0.6, 0.6] }, [7, 3]);

function show(
  scenario: Scenario,
  { weights = defaultWeights(scenario.criteria), sampling = DEFAULT_SAMPLING, progress = {}, view = 'expected' }: { weights?: WeightInput; sampling?: SamplingSettings; progress?: Progress; view?: View } = {},
) {
  const analysis = analyseScenario(scenario, weights, progress);
  function Harness() {
    const [settings, setSettings] = useState(sampling);
    return <SensitivityView scenario={scenario} analysis={analysis} view={view} sampling={settings} onSamplingChange={setSettings} />;
  }
  render(<Harness />);
  return { user: userEvent.setup() };
}

const part = (name: string | RegExp) => within(screen.getByRole('region', { name }));
const stability = () => part('Weight stability');
const tornadoPart = () => part('What moves the lead: tornado');
const monteCarlo = () => part('How often each option comes first: Monte Carlo');
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);
/** An SVG label's words, its wrapped lines (tspans with an x of their own) joined by spaces. */
const wrappedText = (label: Element) => {
  const lines = [...label.children].filter((c) => c.tagName === 'tspan' && c.hasAttribute('x'));
  return lines.length > 0 ? lines.map((l) => l.textContent).join(' ') : label.textContent;
};
const status = () => document.querySelector('.mc-status')!.textContent;
const percentOf = (text: string | null) => Number(text!.replace('%', ''));

describe('the weight-stability chart', () => {
  it('gives each criterion its interval, hand-worked: criterion 1 from 60% to 100% with C first below, criterion 2 from 0% to 40% with C first above', () => {
    show(abc());
    const table = stability().getByRole('table', { name: 'Weight stability by criterion' });
    expect(bodyRows(table).map(cells)).toEqual([
      ['Criterion 1', '70.0%', '60.0%', '100.0%', 'C', '—'],
      ['Criterion 2', '30.0%', '0.0%', '40.0%', '—', 'C'],
    ]);
  });

  it('names the most critical criterion in words: criterion 1, by −10 percentage points, when C would lead', () => {
    show(abc());
    expect(stability().getByText(/^Most critical/).closest('p')!.textContent).toBe(
      'Most critical: the weight on Criterion 1. A stays first unless that weight falls below 60.0% (now 70.0%, a change of −10 percentage points), when C would lead.',
    );
  });

  it('draws each interval on a 0–100% bar, marks the weight now, and names the option past each end', () => {
    show(abc());
    const chart = stability().getByRole('img', { name: 'How far each weight can move before A loses first place' });
    const rows = [...chart.querySelectorAll('.stability-row')];
    expect(rows).toHaveLength(2);
    const [track, interval] = [rows[0]!.querySelector('.track')!, rows[0]!.querySelector('.interval')!];
    const left = Number(track.getAttribute('x'));
    const width = Number(track.getAttribute('width'));
    // Criterion 1: the interval runs from 60% of the track to its end; the mark sits at 70%.
    expect(Number(interval.getAttribute('x'))).toBeCloseTo(left + 0.6 * width, 6);
    expect(Number(interval.getAttribute('width'))).toBeCloseTo(0.4 * width, 6);
    expect(Number(rows[0]!.querySelector('.now')!.getAttribute('x1'))).toBeCloseTo(left + 0.7 * width, 6);
    expect([...rows[0]!.querySelectorAll('.takes-over')].map((t) => t.textContent)).toEqual(['◂ C']);
    expect([...rows[1]!.querySelectorAll('.takes-over')].map((t) => t.textContent)).toEqual(['C ▸']);
    // The critical criterion's row is marked in the chart, not by colour alone.
    expect(rows[0]!.classList.contains('critical')).toBe(true);
    expect(rows[0]!.querySelector('.criterion')!.textContent).toBe('◆ Criterion 1');
    expect(chart.textContent).toContain('Weight of the criterion (%)');
  });
});

describe('the ranking it follows', () => {
  it('is the expected-value ranking, or "as stepped" while the ranking panel shows that', () => {
    // Goferbroke with drilling blind stepped to oil (assumed, not known): by expected value the survey leads (30.5 points
    // against 27.7); as stepped, drilling blind on oil leads at 100.
    const goferbroke = loadValid('tests/fixtures/decision-trees/goferbroke.yaml');
    const progress: Progress = { 'no-survey': [{ state: 'act', choice: 'drill' }, { state: 'oil', choice: 'oil' }] };
    show(goferbroke, { progress });
    expect(screen.getByText(/^On the ranking/).textContent).toBe('On the ranking by expected value, as the ranking panel shows it.');
    expect(stability().getByRole('heading', { level: 3 }).textContent).toBe('How far each weight can move before Survey first loses first place');
    cleanup();
    show(goferbroke, { progress, view: 'as-stepped' });
    expect(screen.getByText(/^On the ranking/).textContent).toMatch(/^On the ranking as stepped/);
    expect(stability().getByRole('heading', { level: 3 }).textContent).toBe('How far each weight can move before Decide without a survey loses first place');
  });
});

describe('the tornado', () => {
  it("puts the weight of criterion 1 first: from half to double it, A's lead over C runs from −25 to +40 points", () => {
    show(abc());
    const table = tornadoPart().getByRole('table');
    const [first] = bodyRows(table);
    expect(cells(first!)).toEqual(['Weight on Criterion 1 (now 70%)', '35.0% to 100.0%', '−25.0', '+40.0']);
    expect(tornadoPart().getByText(/^Now/).textContent).toBe('Now A leads C by 10.0 points out of 100. 2 figures moved across their ranges put the second option ahead (the bars that cross zero).');
  });

  it('draws the bars widest first, each end labelled, with zero and the lead now marked', () => {
    show(abc());
    const chart = tornadoPart().getByRole('img', { name: 'Lead of A over C as each figure moves' });
    const rows = [...chart.querySelectorAll('.tornado-row')];
    expect(wrappedText(rows[0]!.querySelector('.bar-label')!)).toBe('Weight on Criterion 1 (now 70%)');
    expect([...rows[0]!.querySelectorAll('.end-value')].map((t) => t.textContent)).toEqual(['−25.0', '+40.0']);
    expect(chart.querySelector('line.zero')).toBeTruthy();
    expect(chart.querySelector('.now-label')!.textContent).toBe('now +10.0');
    expect([...chart.querySelectorAll('.sides text')].map((t) => t.textContent)).toEqual(['◂ C ahead', 'A ahead ▸']);
    // The low end (orange) lies left of zero: the bar crosses where A would lose.
    const zero = Number(chart.querySelector('line.zero')!.getAttribute('x1'));
    expect(Number(rows[0]!.querySelector('.at-low')!.getAttribute('x'))).toBeLessThan(zero);
  });
});

describe('the Monte Carlo without a worker (jsdom)', () => {
  it(`runs ${PAGE_SAMPLES.toLocaleString('en-GB')} samples on the page, says so, and finds A first in about 40%, C 20%, B 40%`, () => {
    expect(typeof Worker).toBe('undefined');
    show(abc());
    expect(status()).toBe('Worked out on this page, as the background worker is not available here: 2,000 samples, seed 12345, not the 10,000 asked for.');
    const table = monteCarlo().getByRole('table', { name: 'Share of samples in which each option took each rank' });
    // Rows in ranking order: A, C, B. Standard error at 2,000 samples is about 1.1 points.
    const rows = bodyRows(table).map(cells);
    expect(rows.map((r) => r[0])).toEqual(['A', 'C', 'B']);
    const firsts = rows.map((r) => percentOf(r[1]!));
    expect(Math.abs(firsts[0]! - 40)).toBeLessThan(3.5);
    expect(Math.abs(firsts[1]! - 20)).toBeLessThan(3.5);
    expect(Math.abs(firsts[2]! - 40)).toBeLessThan(3.5);
    // C (0.6) is never last: that would need both A = w1 and B = 1 − w1 above 0.6.
    expect(rows[1]![3]).toBe('0.0%');
  });

  it('shows the central weights: A leads under a mean of about 80% on criterion 1, C about 50%, B about 20%', () => {
    show(abc());
    const table = monteCarlo().getByRole('table', { name: 'Mean weights under which each option comes first, and the weights now' });
    const rows = bodyRows(table).map(cells);
    const central = Object.fromEntries(rows.slice(0, -1).map((r) => [r[0], percentOf(r[2]!)]));
    expect(Math.abs(central.A! - 80)).toBeLessThan(2);
    expect(Math.abs(central.C! - 50)).toBeLessThan(2);
    expect(Math.abs(central.B! - 20)).toBeLessThan(2);
    expect(rows.at(-1)).toEqual(['The weights now', '', '70.0%', '30.0%']);
  });

  it('reruns with the seed and sample count chosen, and gives the same figures for the same seed', async () => {
    const { user } = show(abc());
    const table = () => monteCarlo().getByRole('table', { name: 'Share of samples in which each option took each rank' });
    const before = bodyRows(table()).map(cells);
    const seed = monteCarlo().getByRole('textbox', { name: 'Seed' });
    await user.clear(seed);
    await user.type(seed, '99');
    expect(status()).toMatch(/: 2,000 samples, seed 99, not the 10,000 asked for\.$/);
    expect(bodyRows(table()).map(cells)).not.toEqual(before);
    await user.clear(seed);
    await user.type(seed, 'x');
    expect(monteCarlo().getByRole('alert').textContent).toMatch(/^A seed is a whole number/);
    await user.clear(seed);
    await user.type(seed, '12345');
    expect(bodyRows(table()).map(cells)).toEqual(before);

    await user.selectOptions(monteCarlo().getByRole('combobox', { name: 'Samples' }), '1000');
    expect(status()).toMatch(/: 1,000 samples, seed 12345\.$/);

    const concentration = monteCarlo().getByRole('slider', { name: /Concentration/ });
    expect(concentration).toHaveProperty('disabled', true);
    await user.click(monteCarlo().getByRole('radio', { name: "Around the group's weights" }));
    expect(concentration).toHaveProperty('disabled', false);

    await user.click(monteCarlo().getByRole('button', { name: 'New seed' }));
    expect((seed as HTMLInputElement).value).not.toBe('12345');
    expect(status()).toContain(`seed ${(seed as HTMLInputElement).value}.`);
  });
});

describe('the rank-acceptability matrix', () => {
  it('writes the share in every cell, shades it, and keeps a sliver off 0 and 100', () => {
    const scenario = abc();
    const result: MonteCarloResult = {
      samples: 10_000,
      seed: 12345,
      acceptability: [
        [0.4, 0.2, 0.4],
        [0.4, 0.5977, 0.0023],
        [0.2, 0.2023, 0.5977],
      ],
      centralWeights: [[0.8, 0.2], [0.2, 0.8], [0.5, 0.5]],
    };
    render(
      <>
        <h3 id="t">Matrix</h3>
        <p id="d">Words</p>
        <AcceptabilityMatrix scenario={scenario} result={result} order={[0, 2, 1]} titleId="t" descriptionId="d" />
      </>,
    );
    const chart = screen.getByRole('img', { name: 'Matrix' });
    expect([...chart.querySelectorAll('.rank')].map((t) => t.textContent)).toEqual(['1st', '2nd', '3rd']);
    const values = [...chart.querySelectorAll('.cell-value')].map((t) => t.textContent);
    expect(values).toEqual(['40%', '20%', '40%', '20%', '20%', '60%', '40%', '60%', '<1%']);
    const fills = [...chart.querySelectorAll('.cell')].map((c) => c.getAttribute('fill'));
    expect(fills[0]).toBe(fills[2]);
    expect(fills[0]).not.toBe(fills[1]);
    expect(chart.querySelector('.cell title')!.textContent).toBe('A: 1st in 40.0% of samples');
    expect(bodyRows(screen.getByRole('table')).map(cells)[2]).toEqual(['B', '40.0%', '59.8%', '0.2%']);
  });
});

describe('hostile scenario text', () => {
  it('is cut short inside the charts with the whole text in a <title>, and isolated for direction', () => {
    const hostile = loadValid('tests/fixtures/hostile/hostile.yaml');
    show(hostile);
    const labels = [...document.querySelectorAll('svg .scenario-text')];
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect([...label.textContent!].length).toBeLessThan(60);
    const cut = labels.filter((l) => l.textContent!.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const label of cut) expect(label.closest('text')!.querySelector('title')!.textContent!.length).toBeGreaterThan(label.textContent!.length);
    expect(document.querySelector('script, img, a[href]')).toBeNull();
  });
});
