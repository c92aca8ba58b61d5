import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/domain/scenario';
import { EMPTY_MEMO, type Memo } from '../../src/domain/session';
import { MemoForm } from '../../src/ui/views/memo/MemoForm';
import { loadValid } from '../support/files';

const scenario = loadValid('tests/fixtures/valid/three-profiles.yaml');

function setup(memo: Memo = EMPTY_MEMO, on: Scenario = scenario) {
  const onChange = vi.fn<(memo: Memo) => void>();
  const view = render(<MemoForm scenario={on} memo={memo} generatedBottomLine="Recommend the leader." onChange={onChange} />);
  return { onChange, view, last: () => onChange.mock.lastCall?.[0] };
}

describe('the memo form', () => {
  it('saves each change into the memo as it is typed', async () => {
    const user = userEvent.setup();
    const { last } = setup();
    await user.type(screen.getByLabelText('To'), 'Deputy NSA');
    await user.type(screen.getByLabelText('Open questions'), 'Who flew the drones?');
    expect(last()).toMatchObject({ to: 'Deputy NSA', openQuestions: 'Who flew the drones?', marking: 'UNCLASSIFIED', status: 'draft' });
    expect(last()!.bottomLine).toBeUndefined();
  });

  it('keeps notes and dissent under their option, and leaves empty ones out', async () => {
    const user = userEvent.setup();
    const { last } = setup();
    const second = scenario.options[1]!;
    await user.click(screen.getByText(second.label));
    const notes = screen.getAllByLabelText('Group notes')[1]!;
    await user.type(notes, 'Needs the partner on board.');
    expect(last()!.notes).toEqual({ [second.id]: 'Needs the partner on board.' });
    expect(last()!.dissent).toEqual({});
  });

  it('refuses a control character with where it is, and keeps what was saved before', async () => {
    const user = userEvent.setup();
    const { onChange, last } = setup();
    await user.type(screen.getByLabelText('From'), 'Cell');
    const saved = last();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: 'Cell\u001b[2J' } });
    expect(await screen.findByText(/control character U\+001B at character 5/)).toBeTruthy();
    expect(screen.getByText(/Not saved: one field needs fixing/)).toBeTruthy();
    expect(last()).toBe(saved);
    expect(onChange.mock.calls.every(([m]) => !m.from.includes('\u001b'))).toBe(true);
  });

  it('asks for the words of a custom marking before saving it, one line only', async () => {
    const user = userEvent.setup();
    const { last } = setup();
    await user.click(screen.getByLabelText('Other'));
    expect(await screen.findByText(/Write the marking to print/)).toBeTruthy();
    expect(last()?.marking ?? 'UNCLASSIFIED').toBe('UNCLASSIFIED');
    await user.type(screen.getByLabelText('Marking to print'), 'FOR TRAINING ONLY');
    expect(last()).toMatchObject({ marking: 'custom', customMarking: 'FOR TRAINING ONLY' });
    await user.type(screen.getByLabelText('Marking to print'), 'x'.repeat(110));
    expect(screen.getByText(/A marking is at most 120 characters/)).toBeTruthy();
    expect(last()!.customMarking).toBe('FOR TRAINING ONLY'.padEnd(120, 'x'));
  });

  it('starts an edited bottom line from the generated one, and goes back to it', async () => {
    const user = userEvent.setup();
    const { last } = setup();
    await user.click(screen.getByRole('button', { name: 'Start from the generated text' }));
    expect(last()!.bottomLine).toBe('Recommend the leader.');
    await user.type(screen.getByLabelText('Your bottom line'), ' Today.');
    expect(last()!.bottomLine).toBe('Recommend the leader. Today.');
    await user.click(screen.getByRole('button', { name: 'Use the generated text' }));
    expect(last()!.bottomLine).toBeUndefined();
  });

  it('shows a memo that arrives from a session file in place of what the fields held', async () => {
    const user = userEvent.setup();
    const { view, onChange } = setup();
    await user.type(screen.getByLabelText('To'), 'Someone');
    const opened: Memo = { ...EMPTY_MEMO, to: 'Principal', overallDissent: 'Two preferred restraint.' };
    view.rerender(<MemoForm scenario={scenario} memo={opened} generatedBottomLine="Recommend the leader." onChange={onChange} />);
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('Principal');
    expect((screen.getByLabelText('Dissent from the recommendation') as HTMLTextAreaElement).value).toBe('Two preferred restraint.');
  });

  it('works for options with ids such as "constructor"', async () => {
    const hostile = loadValid('tests/fixtures/hostile/hostile.yaml');
    const user = userEvent.setup();
    const { last } = setup({ ...EMPTY_MEMO, notes: { constructor: 'kept' } }, hostile);
    const notes = screen.getAllByLabelText('Group notes')[0] as HTMLTextAreaElement;
    expect(notes.value).toBe('kept');
    await user.type(notes, '!');
    expect(Object.hasOwn(last()!.notes, 'constructor')).toBe(true);
    expect(last()!.notes.constructor).toBe('kept!');
    expect(last()!.dissent).toEqual({});
  });
});
