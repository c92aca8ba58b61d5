import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { weightsInForce } from '../../src/domain/mcda';
import type { Scenario } from '../../src/domain/scenario';
import { defaultWeights, normaliseWeights } from '../../src/domain/scoring';
import type { Weighting } from '../../src/domain/session';
import { WeightsView } from '../../src/ui/views/weights/WeightsView';
import { loadValid } from '../support/files';
import { scoreTableScenario } from '../support/score-table-scenario';

const harbour = loadValid('tests/fixtures/valid/two-options.yaml');
/** Four benefit criteria, "Criterion 1" to "Criterion 4", equally weighted by default. */
const four = scoreTableScenario({ a: [1, 0, 0, 0], b: [0, 1, 0, 0] }, [1, 1, 1, 1]);

/** The view as the workspace mounts it: the weighting held in state, the weights in force and their shares worked out from it. */
function Harness({ scenario, initial, onChange = () => {}, onPendingChange }: { scenario: Scenario; initial?: Weighting; onChange?: (w: Weighting) => void; onPendingChange?: (pending: boolean) => void }) {
  const [weighting, setWeighting] = useState<Weighting>(initial ?? { active: 'direct', direct: defaultWeights(scenario.criteria) });
  const inForce = weightsInForce(weighting, scenario.criteria);
  return (
    <WeightsView
      criteria={scenario.criteria}
      weighting={weighting}
      normalised={normaliseWeights(scenario.criteria, inForce.weights)}
      inForce={inForce}
      onPendingChange={onPendingChange}
      onChange={(w) => {
        setWeighting(w);
        onChange(w);
      }}
    />
  );
}

const panel = (method: string) => screen.getByRole('group', { name: `${method} weighting` });
const textbox = (name: string) => screen.getByRole('textbox', { name: new RegExp(name) }) as HTMLInputElement;
const choose = (user: ReturnType<typeof userEvent.setup>, method: string) => user.click(screen.getByRole('radio', { name: method }));
const retype = async (user: ReturnType<typeof userEvent.setup>, field: HTMLInputElement, text: string) => {
  await user.clear(field);
  await user.type(field, text);
};
const shares = (within_: HTMLElement) => [...within_.querySelectorAll('tbody .share .num')].map((e) => e.textContent);

/** The view on a scenario, a user to drive it, and the weighting it last committed. */
function show(scenario: Scenario, initial?: Weighting) {
  const onChange = vi.fn<(w: Weighting) => void>();
  const onPendingChange = vi.fn<(pending: boolean) => void>();
  const { unmount } = render(<Harness scenario={scenario} initial={initial} onChange={onChange} onPendingChange={onPendingChange} />);
  return { user: userEvent.setup(), onPendingChange, unmount, saved: () => onChange.mock.lastCall![0] };
}

describe('the weights view', () => {
  it('keeps every method’s input through Direct → 100 points → Ranking → Swing → Pairwise → Direct, and shows it again when opened afresh', async () => {
    const { user, unmount, saved } = show(harbour);
    await retype(user, textbox('Safety'), '5');

    await choose(user, '100 points');
    expect(screen.getByRole('status').textContent).toBe('The direct weights are in force meanwhile, because the 100-point allocation does not give every criterion its points yet.');
    await retype(user, textbox('Safety'), '70');
    await retype(user, textbox('Cost'), '30');
    expect(shares(panel('100 points'))).toEqual(['70.0%', '30.0%']);

    await choose(user, 'Ranking');
    await user.click(screen.getByRole('button', { name: 'Move Cost up' }));

    await choose(user, 'Swing');
    await retype(user, textbox('Cost'), '40');

    await choose(user, 'Pairwise (AHP)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Safety against Cost' }), 'Safety 3× more important (moderate)');

    await choose(user, 'Direct');
    expect(textbox('Safety').value).toBe('5');
    const weighting = saved();
    expect(weighting).toEqual({
      active: 'direct',
      direct: { safety: 5, cost: 1 },
      points: { safety: 70, cost: 30 },
      ranking: { cost: 1, safety: 2 },
      swing: { safety: 100, cost: 40 },
      ahp: [{ a: 'safety', b: 'cost', value: 3 }],
    });

    // Opened afresh from the saved weighting (a reload), every method shows what was entered.
    unmount();
    render(<Harness scenario={harbour} initial={weighting} />);
    expect(textbox('Safety').value).toBe('5');
    await choose(user, '100 points');
    expect([textbox('Safety').value, textbox('Cost').value]).toEqual(['70', '30']);
    await choose(user, 'Ranking');
    expect([...panel('Ranking').querySelectorAll('.order-table tbody tr')].map((tr) => tr.textContent)).toEqual([expect.stringMatching(/^1 Cost/), expect.stringMatching(/^2 Safety/)]);
    await choose(user, 'Swing');
    expect(within(panel('Swing')).getByText('(the most important)').closest('tr')!.textContent).toMatch(/Safety/);
    expect(textbox('Cost').value).toBe('40');
    await choose(user, 'Pairwise (AHP)');
    expect((screen.getByRole('combobox', { name: 'Safety against Cost' }) as HTMLSelectElement).value).toBe('a3');
  });

  it('refuses 100 points that add up to 90, at the fields and for the group, and keeps the weights in force', async () => {
    const { user, onPendingChange, saved } = show(harbour);
    await choose(user, '100 points');
    await retype(user, textbox('Safety'), '50');
    await retype(user, textbox('Cost'), '40');
    const refusal = await within(panel('100 points')).findByText('The points add up to 90; they must add up to 100 (10 left to give)');
    expect(refusal.id).toBe('points-group-error');
    for (const name of ['Safety', 'Cost']) {
      expect(textbox(name).getAttribute('aria-invalid')).toBe('true');
      expect(textbox(name).getAttribute('aria-describedby')).toBe('points-group-error');
    }
    expect(onPendingChange).toHaveBeenLastCalledWith(true);
    // Nothing was ever in force from the points: the direct weights (3 : 1) stay, and the view says why.
    expect(shares(panel('100 points'))).toEqual(['75.0%', '25.0%']);
    expect(screen.getByRole('status').textContent).toContain('The direct weights are in force meanwhile');
    expect(within(panel('100 points')).getByText(/the ranking uses the weights from before this edit/)).toBeTruthy();
    expect(panel('100 points').querySelector('tfoot')!.textContent).toBe('Total90 of 100 (10 left to give)');

    await retype(user, textbox('Cost'), '50');
    expect(saved().points).toEqual({ safety: 50, cost: 50 });
    expect(shares(panel('100 points'))).toEqual(['50.0%', '50.0%']);
    expect(onPendingChange).toHaveBeenLastCalledWith(false);

    // Once an allocation is in force, a wrong total keeps it, not a half-typed one.
    await retype(user, textbox('Safety'), '40');
    expect(await within(panel('100 points')).findByText('The points add up to 90; they must add up to 100 (10 left to give)')).toBeTruthy();
    expect(saved().points).toEqual({ safety: 50, cost: 50 });
    expect(shares(panel('100 points'))).toEqual(['50.0%', '50.0%']);
    await retype(user, textbox('Safety'), '70');
    expect(await within(panel('100 points')).findByText('The points add up to 120; they must add up to 100 (20 too many)')).toBeTruthy();
  });

  it('weighs a ranking with a tie by the averaged rank-order centroid, with rank sum and reciprocal beside it', async () => {
    const { user, saved } = show(four);
    await choose(user, 'Ranking');
    expect(screen.getByRole('status').textContent).toContain('because the ranking does not place every criterion yet');
    await user.click(screen.getByRole('button', { name: 'Use this order' }));
    await user.click(screen.getByRole('checkbox', { name: 'Criterion 3: tied with the one above' }));
    expect(saved().ranking).toEqual({ c1: 1, c2: 2, c3: 2, c4: 4 });
    expect(screen.queryByRole('status')).toBeNull();
    const order = panel('Ranking').querySelector('.order-table')!;
    expect([...order.querySelectorAll('.rank-cell')].map((e) => e.textContent)).toEqual(['1', '=2', '=2', '4']);
    // Rank-order centroid for four, 0.5208, 0.2708, 0.1458, 0.0625, with positions 2 and 3 shared.
    expect(shares(order as HTMLElement)).toEqual(['52.1%', '20.8%', '20.8%', '6.3%']);
    const table = within(screen.getByRole('table', { name: 'Weights from this order' }));
    expect(table.getByRole('row', { name: /Criterion 2/ }).textContent).toBe(' Criterion 220.8%25.0%20.0%');
    expect(table.getByRole('row', { name: /Criterion 4/ }).textContent).toBe(' Criterion 46.3%10.0%12.0%');
  });

  it('moves criteria with the keyboard, keeping focus on the button pressed', async () => {
    const { user, saved } = show(four, { active: 'ranking', direct: defaultWeights(four.criteria), ranking: { c1: 1, c2: 2, c3: 3, c4: 4 } });
    screen.getByRole('button', { name: 'Move Criterion 1 down' }).focus();
    await user.keyboard('{Enter}');
    expect(saved().ranking).toEqual({ c1: 2, c2: 1, c3: 3, c4: 4 });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Criterion 1 down' }));
    await user.keyboard('{Enter}{Enter}');
    expect(saved().ranking).toEqual({ c1: 4, c2: 1, c3: 2, c4: 3 });
    // At the bottom its Down button is disabled, so focus goes to its Up button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Criterion 1 up' }));
  });

  it('rates swings against the most important (100), with each swing worded from its worst level to its best', async () => {
    const { user, saved } = show(harbour);
    await choose(user, 'Swing');
    expect(screen.getByRole('status').textContent).toContain('because not every swing has been rated yet');
    // The harbour's cost scale runs 0 to 100 and lower is better, so its swing runs from 100 down to 0.
    expect([...panel('Swing').querySelectorAll('.swing-levels')].map((e) => e.textContent)).toEqual(['from 0 to 10', 'from 100 to 0']);
    await retype(user, textbox('Cost'), '50');
    expect(saved().swing).toEqual({ safety: 100, cost: 50 });
    expect(shares(panel('Swing'))).toEqual(['66.7%', '33.3%']);
    // Cost moved to the top is the most important swing, 100; safety keeps its 100 until rated again.
    await user.click(screen.getByRole('button', { name: 'Move Cost up' }));
    expect(saved().swing).toEqual({ safety: 100, cost: 100 });
    expect(textbox('Safety').value).toBe('100');
    await retype(user, textbox('Safety'), '120');
    expect(await within(panel('Swing')).findByText('Use a number no larger than 100: no swing can matter more than the most important one (100)')).toBeTruthy();
    expect(saved().swing).toEqual({ safety: 100, cost: 100 });
  });

  it('words a swing by the scale labels, worst first, as the direction of each criterion says', async () => {
    const { user } = show(loadValid('scenarios/iraq-pm-drone-strike-2021.yaml'));
    await choose(user, 'Swing');
    const levels = [...panel('Swing').querySelectorAll('.swing-levels')].map((e) => e.textContent);
    expect(levels).toContain('from No deterrent effect; attacks go on or grow (0) to Strong, credible deterrence; attacks largely stop (10)');
    expect(levels).toContain('from A retaliatory spiral is highly likely (10) to Negligible risk of a retaliatory spiral (0)');
  });

  it('warns of inconsistent pairwise judgements, naming the one most out of line in words', async () => {
    const { user } = show(four);
    await choose(user, 'Pairwise (AHP)');
    expect(within(panel('Pairwise (AHP)')).getByText('No pair is compared yet.')).toBeTruthy();
    // Weights 8 : 4 : 2 : 1, judged consistently but for the first against the fourth, said the wrong way round. The bad
    // judgement pulls the weights towards itself (about 0.22, 0.30, 0.15, 0.33 by numpy's eigenvector), so the others imply 1.5×, not 8×.
    const judge = (a: number, b: number, code: string) => user.selectOptions(screen.getByRole('combobox', { name: `Criterion ${a} against Criterion ${b}` }), code);
    await judge(1, 2, 'a2');
    await judge(1, 3, 'a4');
    await judge(1, 4, 'b8');
    await judge(2, 3, 'a2');
    await judge(2, 4, 'a4');
    await judge(3, 4, 'a2');
    const figures = panel('Pairwise (AHP)').querySelector('.ahp-figures')!.textContent!;
    expect(Number(/consistency ratio ([\d.]+)/.exec(figures)![1])).toBeGreaterThan(0.1);
    const warning = within(panel('Pairwise (AHP)')).getByText(/not consistent enough/).closest('.warning') as HTMLElement;
    expect(within(warning).getAllByRole('listitem')[0]!.textContent).toBe(
      'You rated Criterion 4 8× more important than Criterion 1, but your other judgements imply about 1.5×.',
    );
    expect(within(panel('Pairwise (AHP)')).queryByText(/Not compared yet/)).toBeNull();
  });

  it('lists the pairs not compared, and says which criterion the comparisons leave unlinked', async () => {
    const { user, saved } = show(four);
    await choose(user, 'Pairwise (AHP)');
    const judge = (a: number, b: number, code: string) => user.selectOptions(screen.getByRole('combobox', { name: `Criterion ${a} against Criterion ${b}` }), code);
    await judge(1, 2, 'a3');
    await judge(2, 3, 'equal');
    const pairwise = within(panel('Pairwise (AHP)'));
    expect(pairwise.getByText(/^Nothing links/).textContent).toBe('Nothing links Criterion 4 to Criterion 1 yet: compare it with any criterion that is linked.');
    expect(screen.getByRole('status').textContent).toBe('The direct weights are in force meanwhile, because the pairwise comparisons do not link every criterion yet.');
    await judge(3, 4, 'b5');
    expect(pairwise.queryByText(/^Nothing links/)).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(pairwise.getByText(/^Not compared yet/).textContent).toBe('Not compared yet: 3 pairs of 6.');
    expect(pairwise.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Criterion 1 and Criterion 3', 'Criterion 1 and Criterion 4', 'Criterion 2 and Criterion 4']);
    expect(saved().ahp).toEqual([
      { a: 'c1', b: 'c2', value: 3 },
      { a: 'c2', b: 'c3', value: 1 },
      { a: 'c3', b: 'c4', value: 1 / 5 },
    ]);
    // Taking a judgement back makes its pair missing again.
    await judge(1, 2, '');
    expect(saved().ahp).toEqual([
      { a: 'c2', b: 'c3', value: 1 },
      { a: 'c3', b: 'c4', value: 1 / 5 },
    ]);
  });

  it('commits a direct weight on every input event of its slider, and the field follows', () => {
    const { saved } = show(harbour);
    const slider = screen.getByRole('slider', { name: /Safety/ }) as HTMLInputElement;
    expect(slider.value).toBe('3');
    fireEvent.input(slider, { target: { value: '40' } });
    expect(saved().direct).toEqual({ safety: 40, cost: 1 });
    fireEvent.input(slider, { target: { value: '41' } });
    expect(saved().direct).toEqual({ safety: 41, cost: 1 });
    expect(textbox('Safety').value).toBe('41');
    expect(shares(panel('Direct'))).toEqual(['97.6%', '2.4%']);
  });

  it('starts again from a weighting replaced from outside (a session file opened), and reports only the shown method as pending', async () => {
    const user = userEvent.setup();
    const onPendingChange = vi.fn();
    const props = { criteria: harbour.criteria, normalised: [0.75, 0.25], inForce: { weights: { safety: 3, cost: 1 }, method: 'direct' as const }, onChange: vi.fn(), onPendingChange };
    const { rerender } = render(<WeightsView {...props} weighting={{ active: 'direct', direct: { safety: 3, cost: 1 } }} />);
    await retype(user, textbox('Cost'), 'abc');
    expect(onPendingChange).toHaveBeenLastCalledWith(true);
    rerender(<WeightsView {...props} weighting={{ active: 'points', direct: { safety: 5, cost: 2 }, points: { safety: 60, cost: 40 } }} />);
    expect(onPendingChange).toHaveBeenLastCalledWith(false);
    expect(textbox('Safety').value).toBe('60');
    rerender(<WeightsView {...props} weighting={{ active: 'direct', direct: { safety: 5, cost: 2 }, points: { safety: 60, cost: 40 } }} />);
    expect([textbox('Safety').value, textbox('Cost').value]).toEqual(['5', '2']);
  });
});
