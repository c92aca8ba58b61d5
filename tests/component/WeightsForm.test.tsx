import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { normaliseWeights, type WeightInput } from '../../src/domain/scoring';
import { WeightsForm } from '../../src/ui/views/weights/WeightsForm';
import { loadValid } from '../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');

function Harness({ onCommit, onPendingChange }: { onCommit: (w: WeightInput) => void; onPendingChange?: (pending: boolean) => void }) {
  const [weights, setWeights] = useState<WeightInput>({ safety: 3, cost: 1 });
  return (
    <WeightsForm
      criteria={scenario.criteria}
      weights={weights}
      normalised={normaliseWeights(scenario.criteria, weights)}
      onPendingChange={onPendingChange}
      onCommit={(w) => {
        setWeights(w);
        onCommit(w);
      }}
    />
  );
}

const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(name) }) as HTMLInputElement;

describe('the weights form', () => {
  it('shows the weights in force and their shares', () => {
    render(<Harness onCommit={vi.fn()} />);
    expect(field('Safety').value).toBe('3');
    expect(screen.getByText('75.0%')).toBeTruthy();
    expect(screen.getByText('25.0%')).toBeTruthy();
  });

  it('commits each valid change, and the shares follow', async () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    await userEvent.clear(field('Cost'));
    await userEvent.type(field('Cost'), '3');
    expect(onCommit).toHaveBeenLastCalledWith({ safety: 3, cost: 3 });
    expect(screen.getAllByText('50.0%')).toHaveLength(2);
  });

  it('refuses a negative weight with a message at the field, and commits nothing', async () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    await userEvent.clear(field('Safety'));
    onCommit.mockClear();
    await userEvent.type(field('Safety'), '-5');
    expect((await screen.findByText('A weight cannot be negative')).id).toBe('weight-safety-error');
    expect(field('Safety').getAttribute('aria-invalid')).toBe('true');
    expect(field('Safety').getAttribute('aria-describedby')).toBe('weight-safety-error');
    expect(onCommit).not.toHaveBeenCalledWith(expect.objectContaining({ safety: -5 }));
    expect(screen.getByText(/the ranking uses the weights from before this edit/)).toBeTruthy();
  });

  it.each([
    ['2,5', 'Use a point for decimals (2.5), not a comma'],
    ['abc', 'Enter a plain number, such as 20 or 2.5'],
    ['1e5', 'Enter a plain number, such as 20 or 2.5'],
    ['5000', 'Use a number no larger than 1000; weights are relative, so scale the others down instead'],
  ])('refuses %s, saying what to type instead, and reports the form pending', async (typed, message) => {
    const onCommit = vi.fn();
    const onPendingChange = vi.fn();
    render(<Harness onCommit={onCommit} onPendingChange={onPendingChange} />);
    await userEvent.clear(field('Cost'));
    onCommit.mockClear();
    await userEvent.type(field('Cost'), typed);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(onPendingChange).toHaveBeenLastCalledWith(true);
    expect(onCommit.mock.calls.every(([w]) => Number.isFinite(w.cost) && w.cost <= 1000)).toBe(true);
    expect(onCommit).not.toHaveBeenCalledWith(expect.objectContaining({ cost: 25 }));
  });

  it('while a field cannot be used, puts back the weights from before the edit, not a half-typed value', async () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    await userEvent.type(field('Safety'), '9999');
    expect(field('Safety').value).toBe('39999');
    expect(await screen.findByText(/no larger than 1000/)).toBeTruthy();
    expect(onCommit).toHaveBeenCalledWith({ safety: 399, cost: 1 });
    expect(onCommit).toHaveBeenLastCalledWith({ safety: 3, cost: 1 });
  });

  it('asks for numbers without thousands separators', async () => {
    render(<Harness onCommit={vi.fn()} />);
    await userEvent.clear(field('Cost'));
    await userEvent.type(field('Cost'), '1,000');
    expect(await screen.findByText('Write the number without separators (1000)')).toBeTruthy();
  });

  it('reads a point as the decimal separator', async () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    await userEvent.clear(field('Cost'));
    await userEvent.type(field('Cost'), '2.5');
    expect(onCommit).toHaveBeenLastCalledWith({ safety: 3, cost: 2.5 });
  });

  it('asks for a number when a field is left empty', async () => {
    render(<Harness onCommit={vi.fn()} />);
    await userEvent.clear(field('Cost'));
    expect(await screen.findByText('Enter a number from 0 to 1000')).toBeTruthy();
  });

  it('refuses weights that are all zero, saying why', async () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    await userEvent.clear(field('Safety'));
    await userEvent.type(field('Safety'), '0');
    await userEvent.clear(field('Cost'));
    await userEvent.type(field('Cost'), '0');
    expect(await screen.findByText(/Give at least one criterion a weight above 0/)).toBeTruthy();
    expect(onCommit).not.toHaveBeenCalledWith({ safety: 0, cost: 0 });
  });

  it('restores the scenario defaults and sets equal weights', async () => {
    const onCommit = vi.fn();
    render(<Harness onCommit={onCommit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Equal weights' }));
    expect(onCommit).toHaveBeenLastCalledWith({ safety: 1, cost: 1 });
    expect(field('Safety').value).toBe('1');
    await userEvent.click(screen.getByRole('button', { name: "Restore the scenario's weights" }));
    expect(onCommit).toHaveBeenLastCalledWith({ safety: 3, cost: 1 });
    expect(field('Safety').value).toBe('3');
  });
});
