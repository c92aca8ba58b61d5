import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { wholeText } from './text-matchers';
import { describe, expect, it, vi } from 'vitest';
import type { Step } from '../../src/domain/machine';
import { analyseScenario } from '../../src/domain/analysis';
import { evaluate } from '../../src/domain/scoring';
import { OptionStepper } from '../../src/ui/views/stepper/OptionStepper';
import { loadValid } from '../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const option = scenario.options[0]!;

/** The stepper as the app uses it: one path per option, with the undo history kept by the caller. */
function Harness({ initial = [], onChange, next }: { initial?: Step[]; onChange?: (p: Step[]) => void; next?: { label: string; onGo: () => void } }) {
  const [path, setPath] = useState<Step[]>(initial);
  const [earlier, setEarlier] = useState<Step[][]>([]);
  const weights = { safety: 3, cost: 1 };
  const evaluation = evaluate(scenario, weights, { [option.id]: path }).options[0]!;
  const analysis = analyseScenario(scenario, weights, { [option.id]: path }).options[0]!;
  const last = earlier.at(-1);
  return (
    <OptionStepper
      scenario={scenario}
      option={option}
      path={path}
      evaluation={evaluation}
      analysis={analysis}
      onPathChange={(p) => {
        setEarlier((e) => [...e, path]);
        setPath(p);
        onChange?.(p);
      }}
      undo={{ available: last !== undefined, steps: last ? Math.max(0, last.length - path.length) : 0 }}
      onUndo={() => {
        setPath(last!);
        setEarlier((e) => e.slice(0, -1));
      }}
      next={next}
    />
  );
}

const card = () => document.querySelector('.step-card') as HTMLElement;
const crumbs = () => within(screen.getByRole('navigation', { name: 'Path so far' }));

describe('the option stepper', () => {
  it('shows the current question, who decides, and each choice with what it does to the scores', () => {
    render(<Harness />);
    expect(within(card()).getByRole('heading', { name: 'When do we close?' })).toBeTruthy();
    expect(within(card()).getByText(wholeText('Decided by: Port authority'))).toBeTruthy();
    const closeNow = within(card()).getByRole('button', { name: /Close now/ });
    const item = closeNow.closest('li')!;
    const chips = [...item.querySelectorAll('.chip')].map((chip) => [chip.textContent, chip.className]);
    expect(chips).toEqual([
      ['Safety +2 (better) ▲', 'chip better'],
      ['Cost +20 (worse) ▼', 'chip worse'],
    ]);
    expect(within(item).getByText('Facts behind this (1)')).toBeTruthy();
  });

  it('takes a step on click, shows it in the path, and offers the next question', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(within(card()).getByRole('button', { name: /Close now/ }));
    expect(onChange).toHaveBeenLastCalledWith([{ state: 'when', choice: 'now' }]);
    expect(crumbs().getByText(wholeText('Decided: Close now'))).toBeTruthy();
    expect(within(card()).getByRole('heading', { name: 'How bad is the storm?' })).toBeTruthy();
    expect(within(card()).getByText('Uncertain outcome: assume one to continue')).toBeTruthy();
    expect(within(card()).getByText('70% likely')).toBeTruthy();
  });

  it('goes back, resets, and jumps back to any step from the path', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(within(card()).getByRole('button', { name: /Close now/ }));
    await user.click(within(card()).getByRole('button', { name: /Mild/ }));
    await user.click(within(card()).getByRole('button', { name: /Wait a day/ }));
    expect(within(card()).getByText('Outcome reached')).toBeTruthy();
    expect(within(card()).getByText('The harbour reopens.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Scores at this outcome' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '← Back' }));
    expect(within(card()).getByRole('heading', { name: 'Reopen early?' })).toBeTruthy();

    await user.click(crumbs().getByRole('button', { name: 'Change step 1: When do we close?' }));
    expect(within(card()).getByRole('heading', { name: 'When do we close?' })).toBeTruthy();
    expect(screen.getByText(/No steps taken yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reset option' })).toHaveProperty('disabled', true);

    await user.click(within(card()).getByRole('button', { name: /Close tomorrow/ }));
    await user.click(screen.getByRole('button', { name: 'Reset option' }));
    expect(within(card()).getByRole('heading', { name: 'When do we close?' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Path so far' })).toBeNull();
  });

  it('is driven from the keyboard: digits choose, Backspace goes back', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    within(card()).getAllByRole('button')[0]!.focus();
    await user.keyboard('2');
    expect(within(card()).getByRole('heading', { name: 'How bad is the storm?' })).toBeTruthy();
    expect(crumbs().getByText(wholeText('Decided: Close tomorrow'))).toBeTruthy();
    await user.keyboard('{Backspace}');
    expect(within(card()).getByRole('heading', { name: 'When do we close?' })).toBeTruthy();
  });

  it('updates the scores table as steps are taken', async () => {
    render(<Harness />);
    const row = () => screen.getByRole('row', { name: /^Safety/ });
    expect(within(row()).getAllByRole('cell')[1]!.textContent).toBe('6');
    await userEvent.click(within(card()).getByRole('button', { name: /Close now/ }));
    expect(within(row()).getAllByRole('cell')[1]!.textContent).toBe('8 (+2)');
  });

  it('restores a saved path, dropping steps that no longer apply', () => {
    render(<Harness initial={[{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'gone' }]} />);
    expect(within(card()).getByRole('heading', { name: 'How bad is the storm?' })).toBeTruthy();
    expect(crumbs().getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the expected value against the start, and how likely the assumed outcomes are', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    const standing = () => document.querySelector('.standing')!.textContent;
    // Hand-worked: 0.6625 against a start of 0.575.
    expect(standing()).toBe('Expected value 66.3 out of 100, above its starting scores (57.5, +8.8). ');
    await user.click(within(card()).getByRole('button', { name: /Close now/ }));
    await user.click(within(card()).getByRole('button', { name: /Severe/ }));
    expect(standing()).toMatch(/The outcome assumed so far has a probability of 30%; assumed outcomes are what-ifs/);
    // The severe storm ends at 57.5, below the expected 66.3: the card says so and is marked worse.
    expect(card().className).toContain('worse');
    expect(card().textContent).toContain("This path ends at 57.5 out of 100, −8.8 points worse than the option's expected value (66.3).");
  });

  it('marks an assumed outcome as known, which the expected value then takes as given, and unmarks it', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(within(card()).getByRole('button', { name: /Close now/ }));
    await user.click(within(card()).getByRole('button', { name: /Severe/ }));
    await user.click(crumbs().getByRole('button', { name: 'Mark as known: step 2, Severe' }));
    expect(onChange).toHaveBeenLastCalledWith([{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe', known: true }]);
    expect(crumbs().getByText(wholeText('Known: Severe'))).toBeTruthy();
    expect(document.querySelector('.standing')!.textContent).toMatch(/^Expected value 57\.5 out of 100, level with its starting scores \(57\.5\)\. .*1 marked as known/);
    expect(card().className).toContain('equal');
    await user.click(crumbs().getByRole('button', { name: 'Unmark step 2 as known: Severe' }));
    expect(onChange).toHaveBeenLastCalledWith([{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe' }]);
  });

  it('undoes Change, Back and Reset, saying how many answers come back', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveProperty('disabled', true);
    await user.click(within(card()).getByRole('button', { name: /Close now/ }));
    await user.click(within(card()).getByRole('button', { name: /Mild/ }));
    await user.click(within(card()).getByRole('button', { name: /Wait a day/ }));
    await user.click(crumbs().getByRole('button', { name: 'Change step 1: When do we close?' }));
    await user.click(screen.getByRole('button', { name: 'Undo (brings back 3 answers)' }));
    expect(crumbs().getAllByRole('listitem')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Reset option' }));
    within(card()).getAllByRole('button')[0]!.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(crumbs().getAllByRole('listitem')).toHaveLength(3);
    expect(within(card()).getByText('Outcome reached')).toBeTruthy();
  });

  it('is read once on each new question: focus moves to the card, which is no live region and has no label of its own', async () => {
    render(<Harness />);
    await userEvent.click(within(card()).getByRole('button', { name: /Close now/ }));
    expect(document.activeElement).toBe(card());
    expect(card().closest('[aria-live]')).toBeNull();
    expect(card().querySelector('[aria-live]')).toBeNull();
    expect(card().hasAttribute('aria-label') || card().hasAttribute('aria-labelledby')).toBe(false);
  });

  it('offers the next option at an outcome, and only there', async () => {
    const onGo = vi.fn();
    render(<Harness next={{ label: 'Stay open', onGo }} />);
    const user = userEvent.setup();
    expect(screen.queryByRole('button', { name: /^Next option/ })).toBeNull();
    await user.click(within(card()).getByRole('button', { name: /Close now/ }));
    await user.click(within(card()).getByRole('button', { name: /Severe/ }));
    await user.click(within(card()).getByRole('button', { name: 'Next option: Stay open →' }));
    expect(onGo).toHaveBeenCalledOnce();
  });
});
