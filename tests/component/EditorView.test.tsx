import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseDraft } from '../../src/domain/editor/draft';
import { EditorView } from '../../src/ui/editor/EditorView';
import { keys } from '../../src/ui/storage/keys';
import { read } from '../support/files';

const text = read('tests/fixtures/valid/two-options.yaml');
const start = { key: 'opened/two-options.yaml#harbour-closure', file: 'two-options.yaml', origin: 'opened' as const, text };

function setup() {
  const onUse = vi.fn<(file: string, text: string) => void>();
  const view = render(<EditorView storage={window.localStorage} start={start} onClose={() => undefined} onUse={onUse} />);
  const saved = () => {
    const draft = parseDraft(window.localStorage.getItem(keys.editorDraft(start.key))!);
    if (!draft.ok) throw new Error(draft.problems.join('; '));
    return draft.draft.text;
  };
  return { onUse, view, saved };
}

/** The lines that differ between two texts of the same length in lines. */
const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  return y.flatMap((line, i) => (line === x[i] ? [] : [line]));
};

describe('the scenario editor', () => {
  it('writes a field into the YAML as it is typed, changing only its line, and saves the draft', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Storm drill');
    // One line changes; its quoting is the library's (a cleared field was written "", and keeps its quotes).
    expect(changedLines(text, saved())).toHaveLength(1);
    expect(changedLines(text, saved())[0]).toMatch(/^title: "?Storm drill"?$/);
    expect(screen.getByText('The scenario passes every check.', { exact: false })).toBeTruthy();
  });

  it('shows a problem beside its field, in the loader’s words, and jumps there from the list', async () => {
    const user = userEvent.setup();
    setup();
    const id = screen.getByLabelText(/^Id \(lower-case/);
    await user.clear(id);
    await user.type(id, 'Bad Id');
    const list = await screen.findByRole('region', { name: 'Problems in the scenario' });
    expect(list.textContent).toContain('must be a short id of lower-case letters');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(id.getAttribute('aria-describedby')!)!.textContent).toContain('must be a short id');
    await user.click(within(list).getByRole('button', { name: 'Go to the field' }));
    expect(document.activeElement).toBe(id);
  });

  it('undoes and redoes a whole typed word as one step, from the buttons and the keyboard', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Storm drill');
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true });
    expect(saved()).toBe(text);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Harbour closure drill');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Storm drill');
  });

  it('adds a criterion, scored in every option, and removes it again', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    await user.click(screen.getByRole('tab', { name: 'Criteria' }));
    await user.click(screen.getByRole('button', { name: 'Add a criterion' }));
    expect(saved()).toContain('id: criterion');
    expect(screen.getByText('The scenario passes every check.', { exact: false })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove New criterion' }));
    expect(saved()).not.toContain('id: criterion');
  });

  it('adds a state from a choice, says what deleting one would leave dangling, and offers to rescale branches', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    await user.click(screen.getByRole('tab', { name: 'Options' }));
    const when = screen.getByRole('region', { name: 'State when' });
    await user.selectOptions(within(when).getAllByLabelText('Add after it')[0]!, 'decision');
    expect(saved()).toMatch(/decide: \{ kind: decision/);
    await user.click(screen.getByRole('button', { name: 'Delete state damaged' }));
    expect(screen.getByRole('alert').textContent).toContain('"Severe" in "storm" leads there');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    const storm = screen.getByRole('region', { name: 'State storm' });
    const probability = within(storm).getAllByLabelText('Probability (0 to 1)')[0]!;
    await user.clear(probability);
    await user.type(probability, '0.9');
    await user.click(within(screen.getByRole('region', { name: 'State storm' })).getAllByRole('button', { name: 'Keep this one, rescale the others' })[0]!);
    expect(saved()).toMatch(/probability: 0\.1\b/);
    expect(screen.getByText('The scenario passes every check.', { exact: false })).toBeTruthy();
  });

  it('makes a fact from a passage of the pasted brief, citing where it sits, and flags one that copies eight words', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    await user.click(screen.getByRole('tab', { name: 'Brief and facts' }));
    const brief = 'Harbour closure drill\n\nA note for the port board.\n\nPort\n\n- The storm is expected to reach the harbour within two days of the warning.\n- Boats at sea are at risk.\n';
    fireEvent.change(screen.getByLabelText(/^Paste the brief/), { target: { value: brief } });
    const box = screen.getByRole('textbox', { name: "The brief's text" }) as HTMLTextAreaElement;
    const at = brief.indexOf('Boats at sea');
    box.setSelectionRange(at, at + 'Boats at sea'.length);
    fireEvent.mouseUp(box);
    await user.click(screen.getByRole('button', { name: 'Make a fact (Port, bullet 2)' }));
    expect(saved()).toMatch(/- \{? ?id: fact[\s\S]*section: Port[\s\S]*bullet 2/);
    const text = document.activeElement as HTMLTextAreaElement;
    expect(text.dataset.path).toBe('facts[1].text');
    await user.click(text);
    await user.paste('The storm is expected to reach the harbour within two days');
    expect(screen.getByText(/^Copies the brief/)).toBeTruthy();
  });

  it('adds a weight preset with a weight field for every criterion', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    await user.click(screen.getByRole('tab', { name: 'Criteria' }));
    await user.click(screen.getByRole('button', { name: 'Add a weight preset' }));
    expect(saved()).toMatch(/weightPresets:\n\s+- id: preset/);
    const safety = screen.getByLabelText('Weight on Safety');
    await user.clear(safety);
    await user.type(safety, '7');
    expect(saved()).toMatch(/safety: 7/);
    expect(screen.getByText('The scenario passes every check.', { exact: false })).toBeTruthy();
  });

  it('adds and removes an actor', async () => {
    const user = userEvent.setup();
    const { saved } = setup();
    await user.click(screen.getByRole('tab', { name: 'Actors' }));
    await user.click(screen.getByRole('button', { name: 'Add an actor' }));
    expect(saved()).toContain('New actor');
    await user.click(screen.getByRole('button', { name: 'Remove New actor' }));
    expect(saved()).not.toContain('New actor');
  });
});
