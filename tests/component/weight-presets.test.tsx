import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { read } from '../support/files';

describe('weight presets from the scenario', () => {
  it('are offered beside the defaults, and one click puts a preset\'s weights in force', async () => {
    const entry = loadEntry('bundled', 'scenarios/iraq-pm-drone-strike-2021.yaml', read('scenarios/iraq-pm-drone-strike-2021.yaml'));
    if (!entry.ok) throw new Error('bundled scenario refused');
    const presets = entry.scenario.weightPresets!;
    const user = userEvent.setup();
    render(<App bundled={[entry]} storage={window.localStorage} />);
    await user.click(screen.getByRole('tab', { name: 'Weights' }));
    const brief = presets.find((p) => p.label === 'As the brief argues')!;
    await user.click(screen.getByRole('button', { name: 'Use “As the brief argues”' }));
    for (const c of entry.scenario.criteria) expect((document.getElementById(`weight-${c.id}`) as HTMLInputElement).value).toBe(String(brief.weights[c.id]));
    await user.click(screen.getByRole('button', { name: 'Use “Restraint”' }));
    const restraint = presets.find((p) => p.label === 'Restraint')!;
    expect((document.getElementById(`weight-${entry.scenario.criteria[0]!.id}`) as HTMLInputElement).value).toBe(String(restraint.weights[entry.scenario.criteria[0]!.id]));
  }, 20_000); // the whole app on the full brief, in jsdom: slow on a loaded machine, not a timing test
});
