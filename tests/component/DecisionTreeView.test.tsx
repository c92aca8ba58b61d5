import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { analyseScenario, treeValues } from '../../src/domain/analysis';
import type { Step } from '../../src/domain/machine';
import { loadScenario, type Scenario } from '../../src/domain/scenario';
import { fitText } from '../../src/ui/views/tree/fit-text';
import { DecisionTreeView } from '../../src/ui/views/tree/DecisionTreeView';
import { NODE_CAP } from '../../src/ui/views/tree/tree-expansion';
import { loadValid, read } from '../support/files';
import { generateChainScenarioText } from '../support/generate-scenario';

/**
 * The harbour fixture, weights 3 : 1, worked by hand (see tests/unit/analysis/hand-worked.test.ts):
 * start 0.575; now +0.10, later 0; mild +0.025, severe −0.10; reopen early −0.05, wait 0.
 * Under the plan (now, wait): root 0.6625; now 0.6625; later 0.5625; now/mild 0.70; now/severe 0.575;
 * now/mild/early 0.65; now/mild/wait 0.70. Close tomorrow leads to 3 paths, the option has 6.
 */
const harbourText = read('tests/fixtures/valid/two-options.yaml');
const harbour = loadValid('tests/fixtures/valid/two-options.yaml');
const HARBOUR_WEIGHTS = { safety: 3, cost: 1 };

function loaded(text: string): Scenario {
  const result = loadScenario(text, 'test.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scenario;
}

function TreeOf({ scenario, weights, path = [], onOpen = () => {} }: { scenario: Scenario; weights: Record<string, number>; path?: Step[]; onOpen?: (path: Step[]) => void }) {
  const option = scenario.options[0]!;
  const analysis = analyseScenario(scenario, weights, { [option.id]: path });
  return <DecisionTreeView scenario={scenario} option={option} values={treeValues(analysis.contexts.get(option.id)!)} path={path} onOpenInStepper={onOpen} />;
}

const items = () => screen.getAllByRole('treeitem');
const byKey = (key: string) => {
  const item = document.querySelector(`[role="treeitem"][data-key="${key}"]`);
  if (!item) throw new Error(`no drawn node "${key}"`);
  return item as SVGGElement;
};
/** A node's whole drawing: the branch to it, its shape (the treeitem), and its texts beside the treeitem. */
const drawingOf = (key: string) => byKey(key).parentElement!;
const valueAt = (key: string) => drawingOf(key).querySelector('.node-value')!.textContent;
const marksAt = (key: string) => drawingOf(key).querySelector('.branch-marks')?.textContent ?? '';
const focused = () => document.activeElement?.getAttribute('data-key');

describe('the decision tree of the harbour option', () => {
  it('draws the plan and the stepped path opened, the rest closed, with the expected value at every node', () => {
    render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} />);
    expect(screen.getByRole('heading', { name: 'Decision tree: Close the harbour' })).toBeTruthy();
    expect(screen.getByRole('tree', { name: 'Decision tree: Close the harbour' })).toBeTruthy();
    expect(items().map((i) => i.getAttribute('data-key'))).toEqual(['', 'now', 'now/mild', 'now/mild/early', 'now/mild/wait', 'now/severe', 'later']);
    expect(Object.fromEntries(items().map((i) => [i.getAttribute('data-key'), valueAt(i.getAttribute('data-key')!)]))).toEqual({
      '': '66.3',
      now: '66.3',
      'now/mild': '70.0',
      'now/mild/early': '65.0',
      'now/mild/wait': '70.0',
      'now/severe': '57.5',
      later: '56.3',
    });
    expect(screen.getByRole('treeitem', { name: /^Decision: When do we close\? Expected value 66\.3 points\. 6 paths from here\.$/ })).toBe(byKey(''));
    // Shapes by kind: a square, a circle, a triangle.
    expect(byKey('').querySelector('rect.node-shape.decision')).toBeTruthy();
    expect(byKey('now').querySelector('circle.node-shape.chance')).toBeTruthy();
    expect(byKey('now/severe').querySelector('polygon.node-shape.outcome')).toBeTruthy();
    // Closed: "+" and the number of paths below; open: "−".
    expect(byKey('later').getAttribute('aria-expanded')).toBe('false');
    expect(drawingOf('later').querySelector('.node-glyph')!.textContent).toBe('+');
    expect(drawingOf('later').querySelector('.node-more')!.textContent).toBe('3 paths below');
    expect(byKey('now').getAttribute('aria-expanded')).toBe('true');
    expect(drawingOf('now').querySelector('.node-glyph')!.textContent).toBe('−');
    expect(byKey('now/severe').hasAttribute('aria-expanded')).toBe(false);
  });

  it("marks the plan's choice at each decision as the best, not by colour alone, and gives each chance branch its probability", () => {
    render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} />);
    expect(drawingOf('now').querySelector('.branch-label')!.textContent).toBe('Close now');
    expect(marksAt('now')).toBe('plan · best');
    expect(drawingOf('now').classList.contains('plan')).toBe(true);
    expect(screen.getByRole('treeitem', { name: /Reached by “Close now”\. .*The plan's choice \(best by expected value\)/ })).toBe(byKey('now'));
    expect(marksAt('later')).toBe('');
    expect(drawingOf('later').classList.contains('plan')).toBe(false);
    expect(marksAt('now/mild/wait')).toBe('plan · best');
    expect(marksAt('now/mild/early')).toBe('');
    expect(marksAt('now/mild')).toBe('70%');
    expect(marksAt('now/severe')).toBe('30%');
  });

  it('says when the best choice was a tie broken by file order', () => {
    const tied = loaded(harbourText.replace('{ id: early, label: Reopen early, target: done, effects: { cost: -10, safety: -1 } }', '{ id: early, label: Reopen early, target: done }'));
    render(<TreeOf scenario={tied} weights={HARBOUR_WEIGHTS} />);
    expect(marksAt('now/mild/early')).toBe('plan · best · tie');
    expect(marksAt('now/mild/wait')).toBe('');
    expect(byKey('now/mild/early').getAttribute('aria-label')).toMatch(/best by expected value; a tie, the first listed taken/);
  });

  it("after stepping to 'Close tomorrow', shows the group's choice as yours, the path as stepped, and the root's value under it", () => {
    const { rerender } = render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} />);
    rerender(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} path={[{ state: 'when', choice: 'later' }]} />);
    expect(valueAt('')).toBe('56.3');
    expect(marksAt('later')).toBe('plan · yours · stepped · here');
    expect(drawingOf('later').classList.contains('stepped')).toBe(true);
    expect(drawingOf('later').querySelector('.stepped-band')).toBeTruthy();
    expect(byKey('later').getAttribute('aria-label')).toMatch(/The plan's choice \(yours: the group decided it\)\. Where the stepped path has got to\./);
    expect(byKey('').getAttribute('aria-label')).toMatch(/Start of the stepped path/);
    // Off the path: no band, no mark, and closed.
    expect(marksAt('now')).toBe('');
    expect(drawingOf('now').querySelector('.stepped-band')).toBeNull();
    expect(byKey('now').getAttribute('aria-expanded')).toBe('false');
    expect(byKey('later/mild/wait')).toBeTruthy();
  });

  it('marks an outcome known to have happened', () => {
    render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} path={[{ state: 'when', choice: 'now' }, { state: 'storm', choice: 'severe', known: true }]} />);
    expect(marksAt('now/severe')).toBe('30% · known · stepped · here');
    expect(marksAt('now/mild')).toBe('70%');
    // Known severe: the expected value is that outcome's, 0.575.
    expect(valueAt('')).toBe('57.5');
  });

  it('opens and closes nodes from the keyboard, with one tab stop moved by the arrows', async () => {
    const user = userEvent.setup();
    render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} />);
    expect(items().filter((i) => i.tabIndex === 0)).toEqual([byKey('')]);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(focused()).toBe('');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('now');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('later');
    expect(items().filter((i) => i.tabIndex === 0)).toEqual([byKey('later')]);

    await user.keyboard('{Enter}');
    expect(byKey('later').getAttribute('aria-expanded')).toBe('true');
    expect(items()).toHaveLength(9);
    expect(focused()).toBe('later');
    await user.keyboard('{Enter}');
    expect(byKey('later').getAttribute('aria-expanded')).toBe('false');
    expect(items()).toHaveLength(7);
    // → opens a closed node, a second → goes into it; ↑ crosses to the cousin above in the same column.
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focused()).toBe('later/mild');
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('now/severe');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focused()).toBe('');

    await user.keyboard('[Space]');
    expect(items()).toHaveLength(1);
    expect(drawingOf('').querySelector('.node-more')!.textContent).toBe('6 paths below');
    // Reopening draws one level: what was open below was forgotten on closing.
    await user.keyboard('[Space]');
    expect(items().map((i) => i.getAttribute('data-key'))).toEqual(['', 'now', 'later']);
  });

  it('opens and closes a node by click, and the buttons collapse everything and expand the plan again', async () => {
    const user = userEvent.setup();
    render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} />);
    await user.click(byKey('later').querySelector('.node-shape')!);
    expect(items()).toHaveLength(9);
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(items()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Expand plan' }));
    expect(items()).toHaveLength(7);
  });

  it('opens a node of the stepped path in the stepper with the steps that lead to it, and no other node', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    const path: Step[] = [{ state: 'when', choice: 'later' }];
    render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} path={path} onOpen={onOpen} />);
    byKey('').focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(focused()).toBe('later');
    await user.keyboard('o');
    expect(onOpen).toHaveBeenLastCalledWith([{ state: 'when', choice: 'later' }]);
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('now');
    expect(screen.getByRole('button', { name: 'Open in the stepper' })).toHaveProperty('disabled', true);
    await user.keyboard('o');
    expect(onOpen).toHaveBeenCalledTimes(1);
    await user.keyboard('{ArrowLeft}');
    await user.click(screen.getByRole('button', { name: 'Open in the stepper' }));
    expect(onOpen).toHaveBeenLastCalledWith([]);
  });

  it('lists the same nodes with their values as text', () => {
    render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} />);
    const outline = document.querySelector('.tree-outline-list')!;
    const entries = [...outline.querySelectorAll('li')];
    expect(entries.map((li) => li.getAttribute('data-key'))).toEqual(items().map((i) => i.getAttribute('data-key')));
    expect(outline.querySelector('li')!.firstChild!.textContent).toBe('Decision: ');
    const later = outline.querySelector('li[data-key="later"]')!;
    expect(later.textContent).toBe('Close tomorrow, then uncertain outcome: How bad is the storm? 56.3 points (closed: 3 paths below)');
    expect(outline.querySelector('li[data-key="now"] > .outline-value')!.textContent).toBe('66.3 points');
  });
});

describe('scenario text in the tree', () => {
  it('cuts a 5,000-character label to two lines ending in "…", gives the full text as its title, and keeps the layout', () => {
    const { unmount } = render(<TreeOf scenario={harbour} weights={HARBOUR_WEIGHTS} />);
    const width = screen.getByRole('tree').getAttribute('width');
    unmount();
    const long = 'W'.repeat(5000);
    render(<TreeOf scenario={loaded(harbourText.replace('label: Close now', `label: ${long}`))} weights={HARBOUR_WEIGHTS} />);
    const label = drawingOf('now').querySelector('.branch-label')!;
    const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent!);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.join('').length).toBeLessThan(80);
    expect(label.querySelector('title')!.textContent).toBe(long);
    expect(screen.getByRole('tree').getAttribute('width')).toBe(width);
    expect(document.querySelector('.tree-outline-list li[data-key="now"] bdi')!.textContent).toBe(long);
  });

  it('isolates a label with a right-to-left override, so it cannot turn the marks after it around', () => {
    render(<TreeOf scenario={loaded(harbourText.replace('label: Close now', 'label: "Close \\u202Enow"'))} weights={HARBOUR_WEIGHTS} />);
    expect(drawingOf('now').querySelector('.branch-label tspan')!.textContent).toBe('\u2068Close \u202Enow\u2069');
  });

  it('breaks at spaces, breaks a word longer than a line anywhere, and never splits a surrogate pair', () => {
    // A small letter is taken as 0.62 em (a capital 0.74, a space or an i 0.36): 6 em holds 9 x's.
    expect(fitText('Close the harbour now', 6, 3)).toEqual({ lines: ['Close the', 'harbour', 'now'], truncated: false });
    expect(fitText('Close the harbour now', 6, 2)).toEqual({ lines: ['Close the', 'harbour n…'], truncated: true });
    expect(fitText('x'.repeat(40), 6, 3).lines).toEqual(['x'.repeat(9), 'x'.repeat(9), `${'x'.repeat(8)}…`]);
    expect(fitText('x'.repeat(40), 6, 1, { bold: true }).lines).toEqual([`${'x'.repeat(7)}…`]);
    const emoji = fitText('😀'.repeat(10), 4.5, 1);
    expect(emoji.lines[0]).toBe('😀😀😀…');
  });
});

describe('an option far too large to draw whole', () => {
  it('draws a chain of 40 two-way chance states (2^40 paths) opened to a bounded number of nodes, with the paths below each closed one', () => {
    const chain = loaded(generateChainScenarioText(40, { branches: 2, kind: 'chance', effect: (s) => (s + 1) / 1000, baseline: 3 }));
    render(<TreeOf scenario={chain} weights={{ c0: 1 }} />);
    expect(items().length).toBeLessThanOrEqual(NODE_CAP);
    // Whole levels only: 1 + 2 + 4 + 8 + 16 nodes; the next level (32) would pass the cap.
    expect(items()).toHaveLength(31);
    expect(screen.getAllByText('about 6.9 × 10^10 paths below')).toHaveLength(16);
    expect(byKey('').getAttribute('aria-label')).toMatch(/about 1\.1 × 10\^12 paths from here/);
    expect(document.querySelectorAll('.tree-outline-list li')).toHaveLength(31);
  });

  it('draws a path 150 steps into a chain of 200 two-way decisions only as far as the cap allows', () => {
    const chain = loaded(generateChainScenarioText(200, { branches: 2 }));
    const path = Array.from({ length: 150 }, (_, s) => ({ state: `s${s}`, choice: 'k1' }));
    render(<TreeOf scenario={chain} weights={{ c0: 1 }} path={path} />);
    // Each open node on the path draws its two branches: 1 + 2 × 29 = 59 nodes.
    expect(items()).toHaveLength(59);
    const stepped = items().filter((i) => i.parentElement!.classList.contains('stepped'));
    expect(stepped).toHaveLength(29);
    // The deepest drawn node of the path is s29, with 2^171 paths ahead; the group stands further on, out of the drawing.
    expect(stepped.at(-1)!.getAttribute('aria-label')).toMatch(/Decision: Step 29\. .*On the stepped path\. about 3\.0 × 10\^51 paths from here\.$/);
  });
});
