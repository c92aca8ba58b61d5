import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { keys } from '../../src/ui/storage/keys';
import { read } from '../support/files';

/**
 * Issue 9, "never blank": the ranking panel is made to throw while it renders
 * (standing in for any bug still left), and the app must say what failed,
 * keep the saved work, and let the user carry on.
 */
const failure = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/ui/views/RankingPanel', async (original) => {
  const real = await original<typeof import('../../src/ui/views/RankingPanel')>();
  return {
    RankingPanel: (props: Parameters<typeof real.RankingPanel>[0]) => {
      if (failure.on) throw new Error('the ranking could not be drawn');
      return real.RankingPanel(props);
    },
  };
});

const bundled = () => [
  loadEntry('bundled', 'two-options.yaml', read('tests/fixtures/valid/two-options.yaml')),
  loadEntry('bundled', 'minimal.yaml', read('tests/fixtures/valid/minimal.yaml')),
];
const workspace = 'bundled/harbour-closure';

afterEach(() => {
  failure.on = false;
});

describe('a workspace that throws while rendering', () => {
  it('shows what failed, copies the saved work aside unchanged, and can be tried again', async () => {
    const user = userEvent.setup();
    const first = render(<App bundled={bundled()} storage={window.localStorage} />);
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    await user.click(screen.getByRole('button', { name: /Close now/ }));
    first.unmount();
    const saved = window.localStorage.getItem(keys.session(workspace))!;

    failure.on = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App bundled={bundled()} storage={window.localStorage} />);
    const alert = screen.getByRole('alert', { name: 'This scenario could not be shown' });
    expect(alert.textContent).toContain('The app failed while showing it: the ranking could not be drawn');
    const aside = Object.keys(window.localStorage).filter((k) => k.startsWith(`policy-options/unreadable-session/${workspace}/`));
    expect(aside).toHaveLength(1);
    expect(window.localStorage.getItem(aside[0]!)).toBe(saved);
    expect(alert.textContent).toContain(aside[0]);
    // The header still works: the scenario picker is there.
    expect(screen.getByRole('combobox', { name: /Scenario/ })).toBeTruthy();

    failure.on = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert', { name: 'This scenario could not be shown' })).toBeNull();
    expect(window.localStorage.getItem(keys.session(workspace))).toBe(saved);
  });

  /** The app as it starts with the workspace failing, on the weights tab; the failure then goes away. */
  const renderFailingOnce = () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.localStorage.setItem(keys.view(workspace), JSON.stringify({ tab: 'weights', option: 'close' }));
    failure.on = true;
    render(<App bundled={bundled()} storage={window.localStorage} />);
    failure.on = false;
    return userEvent.setup();
  };

  it('can go to another scenario', async () => {
    const user = renderFailingOnce();
    await user.click(screen.getByRole('button', { name: 'Go to another scenario' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Drill');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('resetting the view and the session brings the scenario back at its start', async () => {
    const user = renderFailingOnce();
    await user.click(screen.getByRole('button', { name: "Reset this scenario's view and start it afresh" }));
    expect(screen.getByRole('tab', { name: 'Brief' }).getAttribute('aria-selected')).toBe('true');
  });
});
