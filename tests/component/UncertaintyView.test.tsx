import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { analyseScenario, type Progress } from '../../src/domain/analysis';
import { loadScenario, type Scenario } from '../../src/domain/scenario';
import { defaultWeights, type WeightInput } from '../../src/domain/scoring';
import { UncertaintyView } from '../../src/ui/views/uncertainty/UncertaintyView';
import { loadValid } from '../support/files';
import { generateChainScenarioText } from '../support/generate-scenario';

/**
 * The uncertainty view against textbook decision trees with published answers
 * (see the fixtures' headers). Both are one "payoff" criterion, so a total on
 * 0..1 is money: Goferbroke's payoff = −130 + 830 × total (thousands of
 * dollars), Texaco–Pennzoil's = 10.3 × total (billions).
 */
const goferbroke = loadValid('tests/fixtures/decision-trees/goferbroke.yaml');
const texaco = loadValid('tests/fixtures/decision-trees/texaco-pennzoil.yaml');

function show(scenario: Scenario, { selectedOption = scenario.options[0]!.id, weights = defaultWeights(scenario.criteria), progress = {} }: { selectedOption?: string; weights?: WeightInput; progress?: Progress } = {}) {
  const onSelectOption = vi.fn();
  render(<UncertaintyView scenario={scenario} analysis={analyseScenario(scenario, weights, progress)} selectedOption={selectedOption} onSelectOption={onSelectOption} />);
  return { onSelectOption, user: userEvent.setup() };
}

const part = (name: string | RegExp) => within(screen.getByRole('region', { name }));
const information = () => part('What would we most want to know before deciding?');
const thresholds = () => part('Where the choice turns: probability thresholds');
const risk = () => part('Risk profile');
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
/** A table's rows below its header row. */
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('the information table', () => {
  it('ranks the uncertainties by EVPI: first, whether there is oil when deciding without a survey, 17.17 points (142.5 thousand dollars)', () => {
    show(goferbroke);
    const table = information().getByRole('table', { name: /most valuable first/ });
    const [first, ...rest] = bodyRows(table);
    expect(cells(first!).slice(0, 4)).toEqual(['1', 'Decide without a survey', 'Is there oil?', '17.17']);
    expect((142.5 / 830) * 100).toBeCloseTo(17.17, 2);
    // The bar is proportional to the largest value, so the first row's is full.
    expect((first!.querySelector('.evpi-bar') as HTMLElement).style.width).toBe('100%');
    expect(rest.map((r) => cells(r).slice(2, 4))).toEqual([
      ['Is there oil, given an unfavourable reading?', '7.35'],
      ['Is there oil, given a favourable reading?', '3.43'],
    ]);
  });

  it('folds the uncertainty that would change no decision away, and says whether EVPI of everything is exact', () => {
    show(goferbroke);
    expect(information().getByText('1 uncertainty would change no decision')).toBeTruthy();
    const all = information().getByRole('table', { name: "Knowing all of an option's uncertainty at once" });
    expect(bodyRows(all).map(cells)).toEqual([
      ['Decide without a survey', '17.17', 'exact'],
      ['Survey first', '10.78', 'exact'],
    ]);
  });

  it('marks an estimate from samples as one, with its standard error', () => {
    const chain = loadScenario(generateChainScenarioText(40, { branches: 2, kind: 'chance', effect: (s) => (s + 1) / 1000, baseline: 3 }), 'chain.yaml');
    if (!chain.ok) throw new Error('the generated chain should be valid');
    show(chain.scenario, { weights: { c0: 1 } });
    const all = information().getByRole('table', { name: "Knowing all of an option's uncertainty at once" });
    expect(cells(bodyRows(all)[0]!)).toEqual(['The chain', '0.00', 'estimated from 4,000 samples, ± 0.00 (standard error)']);
  });
});

describe('the threshold chart', () => {
  it('starts at the top of the information table, and "Show thresholds" picks another uncertainty', async () => {
    const { user } = show(goferbroke);
    expect(thresholds().getByRole<HTMLSelectElement>('combobox', { name: 'Option' }).value).toBe('no-survey');
    expect(thresholds().getByRole<HTMLSelectElement>('combobox', { name: 'Uncertainty' }).value).toBe('oil');
    expect(bodyRows(information().getAllByRole('table')[0]!)[0]!.textContent).toContain('(shown below)');

    await user.click(information().getByRole('button', { name: 'Show thresholds for Is there oil, given a favourable reading? in Survey first' }));
    expect(thresholds().getByRole<HTMLSelectElement>('combobox', { name: 'Option' }).value).toBe('survey');
    expect(thresholds().getByRole<HTMLSelectElement>('combobox', { name: 'Uncertainty' }).value).toBe('oil-fss');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Where the choice turns: probability thresholds' }));
  });

  it('shows where drilling blind beats selling (23.75%, the published break-even) and where it would overtake the survey (27.88%)', async () => {
    const { user } = show(goferbroke, { selectedOption: 'survey' });
    await user.selectOptions(thresholds().getByRole('combobox', { name: 'Option' }), 'no-survey');
    await user.selectOptions(thresholds().getByRole('combobox', { name: 'Uncertainty' }), 'oil');
    await user.selectOptions(thresholds().getByRole('combobox', { name: 'Outcome' }), 'oil');

    const chart = thresholds().getByRole('img', { name: 'Expected total of Decide without a survey as the probability of Oil runs from 0 to 100%' });
    const facts = thresholds()
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(facts).toEqual(['The best choice at Drill or sell? changes from Sell the land to Drill at 23.75%.', 'Decide without a survey overtakes Survey first at 27.88%.']);
    // Drilling blind is worth 100 thousand dollars now, (100 + 130) / 830 = 27.7 points; the survey 123, 30.5 points.
    expect(thresholds().getByText(/^Now:/).textContent).toBe(
      'Now: Oil has a probability of 25.00%, and Decide without a survey is expected to score 27.7 points against 30.5 for Survey first, the best other option (−2.8).',
    );

    // The chart marks both thresholds and the current probability, numbered as in the list.
    expect([...chart.querySelectorAll('.marker text')].map((t) => t.textContent)).toEqual(['now 25%', '1: 23.75%', '2: 27.88%']);
    expect(chart.querySelector('.marker.decision path')).toBeTruthy();
    expect(chart.querySelector('.marker.top circle')).toBeTruthy();
    expect(chart.querySelector('.rival-line')).toBeTruthy();
    expect(chart.textContent).toContain('Expected total (points out of 100)');
    expect(chart.textContent).toContain('Probability of Oil (%)');

    // Selling's 90 up to the break-even, then drilling's line up to 700 at certainty.
    const corners = within(thresholds().getByRole('table')).getAllByRole('row').slice(1).map(cells);
    expect(corners).toEqual([
      ['0.00%', '26.51'],
      ['23.75%', '26.51'],
      ['100.00%', '100.00'],
    ]);
  });

  it('says why there is no chart when the outcome is already known', async () => {
    const { user } = show(goferbroke, { selectedOption: 'survey', progress: { 'no-survey': [{ state: 'act', choice: 'drill' }, { state: 'oil', choice: 'oil', known: true }] } });
    await user.selectOptions(thresholds().getByRole('combobox', { name: 'Option' }), 'no-survey');
    expect(thresholds().getByRole<HTMLSelectElement>('combobox', { name: 'Uncertainty' }).value).toBe('oil');
    expect(thresholds().getByText(/is marked as known/).textContent).toBe('The outcome of Is there oil? is marked as known (Oil), so the analysis takes it as given and its probability moves nothing.');
    expect(thresholds().queryByRole('img')).toBeNull();
  });
});

describe('the risk profile', () => {
  it("shows the published profile of Pennzoil's counteroffer: 24.9% on nothing, 58.5% on $5 billion, 16.6% on $10.3 billion", () => {
    show(texaco);
    const table = risk().getByRole('table', { name: 'Probability of each total for the option' });
    expect(bodyRows(table).map(cells)).toEqual([
      ['0.0', '24.9%', '24.9%'],
      ['48.5', '58.5%', '83.4%'],
      ['100.0', '16.6%', '100.0%'],
    ]);
    const chart = risk().getByRole('img', { name: "Chances of each overall total for Liedtke's choice" });
    expect(chart.querySelectorAll('.bars rect')).toHaveLength(3);
    expect(chart.textContent).toContain('Overall total (points out of 100)');
    expect(risk().getByText(/^Lowest possible total/).textContent).toBe('Lowest possible total: 0.0 points; highest: 100.0 points.');
    expect(risk().getByText('The scenario names no baseline option to compare against.')).toBeTruthy();
    expect(risk().queryByText(/binned/)).toBeNull();
  });

  it('compares with the baseline option: one chance in N of ending worse than its expected total', async () => {
    const { user, onSelectOption } = show({ ...goferbroke, baselineOption: 'survey' }, { selectedOption: 'no-survey' });
    // Drilling blind: 75% dry (−100) is below the survey's 123; 25% oil (700) is not.
    expect(risk().getByText(/of ending worse than/).textContent).toBe('A 75.0% chance of ending worse than Survey first, the baseline, whose expected total is 30.5 points.');
    expect(risk().getByRole('img').querySelector('.marker.baseline')).toBeTruthy();
    await user.selectOptions(risk().getByRole('combobox', { name: 'Option' }), 'survey');
    expect(onSelectOption).toHaveBeenCalledWith('survey');
    expect(risk().getByText('This option is the baseline the others are compared against.')).toBeTruthy();
  });

  it('says when the totals are binned, and zooms the axis to where they lie', () => {
    const chain = loadScenario(generateChainScenarioText(40, { branches: 2, kind: 'chance', effect: (s) => (s + 1) / 1000, baseline: 3 }), 'chain.yaml');
    if (!chain.ok) throw new Error('the generated chain should be valid');
    show(chain.scenario, { weights: { c0: 1 } });
    // 2^40 paths over 821 distinct totals from 3 to 3.82 out of 10: binned on a grid of 500 steps of 0.82 / 500 / 10 (0.000164 of the scale).
    expect(risk().getByText(/binned into steps of/).textContent).toMatch(/binned into steps of 0\.0164 points/);
    expect(risk().getByText(/^The profile as a table/).closest('details')!.open).toBe(false);
    expect(risk().getByRole('img').textContent).toContain('Overall total (points out of 100; axis zoomed to 28–40)');
  });
});
