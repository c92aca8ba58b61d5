import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../src/domain/paths';
import { loadScenario, scenarioContentHash } from '../../src/domain/scenario';
import { createSession, serialiseSession } from '../../src/domain/session';
import { App } from '../../src/ui/App';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { keys } from '../../src/ui/storage/keys';
import { read } from '../support/files';
import { generateChainScenarioText } from '../support/generate-scenario';

/** Issue 9, cases 3 to 5 in the app: saved work and scenarios that used to blank it. */
const twoOptions = loadEntry('bundled', 'two-options.yaml', read('tests/fixtures/valid/two-options.yaml'));

describe('the app with damaged or extreme saved work', () => {
  it('repairs a saved session whose weights are all 0 under an unchanged scenario, says so, and keeps the original', () => {
    if (!twoOptions.ok) throw new Error('fixture');
    const session = createSession(twoOptions.scenario, new Date(), twoOptions.hash);
    const text = serialiseSession({ ...session, weighting: { active: 'direct', direct: { safety: 0, cost: 0 } } });
    window.localStorage.setItem(keys.session('bundled/harbour-closure'), text);
    render(<App bundled={[twoOptions]} storage={window.localStorage} />);
    const notice = screen.getByRole('status').textContent!;
    expect(notice).toMatch(/No criterion had a weight above 0, .* so the scenario default weights were restored\./);
    const aside = Object.keys(window.localStorage).filter((k) => k.includes('/unreadable-session/'));
    expect(window.localStorage.getItem(aside[0]!)).toBe(text);
    expect(screen.getAllByRole('listitem').some((li) => li.textContent?.trim() === 'Safety 75%')).toBe(true);
  });

  it('shows and steps an option named "constructor" in a scenario whose criterion is "constructor" too', async () => {
    const text = read('tests/fixtures/valid/minimal.yaml').replaceAll('safety', 'constructor').replace('id: close', 'id: constructor');
    const entry = loadEntry('bundled', 'proto.yaml', text);
    render(<App bundled={[entry]} storage={window.localStorage} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Step through' }));
    await userEvent.click(screen.getByRole('button', { name: /Now/ }));
    expect(screen.getByRole('navigation', { name: 'Path so far' }).textContent).toContain('Decided: Now');
    await userEvent.click(screen.getByRole('tab', { name: 'Weights' }));
    expect((screen.getByRole('textbox', { name: /Safety/ }) as HTMLInputElement).value).toBe('1');
  });

  it('restores a saved path 5,000 steps into a chain of 6,000 states and shows the question there', async () => {
    const text = generateChainScenarioText(6000);
    const loaded = loadScenario(text, 'chain.yaml');
    if (!loaded.ok) throw new Error('fixture');
    const option = loaded.scenario.options[0]!;
    const session = { ...createSession(loaded.scenario, new Date(), scenarioContentHash(loaded.scenario)), progress: { chain: enumeratePaths(option)[0]!.steps.slice(0, 5000) } };
    window.localStorage.setItem(keys.session('bundled/chain-6000'), serialiseSession(session));
    window.localStorage.setItem(keys.view('bundled/chain-6000'), JSON.stringify({ tab: 'options', option: 'chain' }));
    render(<App bundled={[loadEntry('bundled', 'chain.yaml', text)]} storage={window.localStorage} />);
    const card = document.querySelector('.step-card') as HTMLElement;
    expect(within(card).getByRole('heading').textContent).toBe('Step 5000');
    expect(screen.getByRole('navigation', { name: 'Path so far' }).querySelectorAll('li')).toHaveLength(5000);
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Path so far' })).getByRole('button', { name: 'Change step 3: Step 2' }));
    expect(within(document.querySelector('.step-card') as HTMLElement).getByRole('heading').textContent).toBe('Step 2');
  }, 30_000); // jsdom lays out 5,000 list items slowly; this is not a timing test (see npm run bench)
});
