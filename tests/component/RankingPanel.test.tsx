import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { analyseScenario } from '../../src/domain/analysis';
import { RankingPanel } from '../../src/ui/views/RankingPanel';
import { loadValid } from '../support/files';

// Safety (a benefit) weighed up, "Close the harbour" leads; cost (a cost) weighed up, "Stay open" does.
const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const SAFETY_FIRST = { safety: 3, cost: 1 };
const COST_FIRST = { safety: 1, cost: 30 };

function Panel({ weights, hidden = false, onHiddenChange = () => {}, compact = false }: { weights: Record<string, number>; hidden?: boolean; onHiddenChange?: (hidden: boolean) => void; compact?: boolean }) {
  return <RankingPanel scenario={scenario} analysis={analyseScenario(scenario, weights, {})} mode="expected" onModeChange={() => {}} compact={compact} hidden={hidden} onHiddenChange={onHiddenChange} />;
}

const news = () => document.querySelector('.ranking p.sr-only[aria-live="polite"]')!;
const leader = () => document.querySelector('.ranking-row .ranking-label')!.textContent;

describe('the ranking panel in the room', () => {
  it('says a change of first place once, politely, in one sentence rather than the whole list', () => {
    const { rerender } = render(<Panel weights={SAFETY_FIRST} />);
    expect(leader()).toBe('Close the harbour');
    expect(news().textContent).toBe('');
    rerender(<Panel weights={COST_FIRST} />);
    expect(leader()).toBe('Stay open');
    expect(news().textContent).toBe('Stay open now first');
    // The list itself is no live region: only the sentence is read.
    expect(document.querySelector('.ranking-list')!.closest('[aria-live]')).toBeNull();
  });

  it('hides while the group deliberates, says nothing of changes meanwhile, and comes back on its button or Alt+R', async () => {
    const onHiddenChange = vi.fn();
    const { rerender } = render(<Panel weights={SAFETY_FIRST} hidden onHiddenChange={onHiddenChange} />);
    expect(document.querySelectorAll('.ranking-row')).toHaveLength(0);
    expect(screen.getByText(/Hidden while the group deliberates/)).toBeTruthy();
    rerender(<Panel weights={COST_FIRST} hidden onHiddenChange={onHiddenChange} />);
    expect(document.querySelector('[aria-live]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show ranking' }));
    expect(onHiddenChange).toHaveBeenLastCalledWith(false);
    fireEvent.keyDown(document.body, { key: 'r', code: 'KeyR', altKey: true });
    expect(onHiddenChange).toHaveBeenCalledTimes(2);
    // Shown again, it starts from what is there now: the change made while hidden is not announced.
    rerender(<Panel weights={COST_FIRST} onHiddenChange={onHiddenChange} />);
    expect(news().textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Hide ranking' }).getAttribute('aria-keyshortcuts')).toBe('Alt+R');
  });

  it('when compact, keeps each row’s details for screen readers and the colour key one click away', () => {
    render(<Panel weights={SAFETY_FIRST} compact />);
    const row = document.querySelector('.ranking-row[data-option="close"]')!;
    expect(row.querySelector('.ranking-meta')!.textContent).toMatch(/^range [\d.]+–[\d.]+plan: 2 decisions.*vs baseline$/);
    const key = screen.getByText('Colour key').closest('details')!;
    expect(within(key).getByRole('list', { name: 'Criteria and weights in force' })).toBeTruthy();
  });

  it('names a cost’s segment for what it adds, the cost avoided, in the bar, the key and the table', () => {
    render(<Panel weights={SAFETY_FIRST} />);
    const bar = document.querySelector('.ranking-row[data-option="close"] .bar')!;
    expect(bar.getAttribute('aria-label')).toMatch(/^Close the harbour: Safety [\d.]+, Cost avoided [\d.]+$/);
    const key = screen.getByRole('list', { name: 'Criteria and weights in force' });
    expect([...key.querySelectorAll('li')].map((li) => li.textContent)).toEqual([' Safety 75%', ' Cost avoided 25%']);
    expect(screen.getByText('Hatched: a risk or cost avoided. The longer the segment, the less of it.')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Cost avoided' })).toBeTruthy();
  });
});
