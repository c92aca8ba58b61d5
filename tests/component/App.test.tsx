import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { wholeText } from './text-matchers';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { keys } from '../../src/ui/storage/keys';
import { read } from '../support/files';

const bundled = () => [loadEntry('bundled', 'two-options.yaml', read('tests/fixtures/valid/two-options.yaml'))];

describe('the app shell', () => {
  it('keeps the work in browser storage across a reload', async () => {
    const first = render(<App bundled={bundled()} storage={window.localStorage} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Step through' }));
    await userEvent.click(screen.getByRole('button', { name: /Close now/ }));
    first.unmount();

    render(<App bundled={bundled()} storage={window.localStorage} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Step through' }));
    expect(within(screen.getByRole('navigation', { name: 'Path so far' })).getByText(wholeText('Decided: Close now'))).toBeTruthy();
  });

  it('sets unreadable saved work aside, says so, and starts fresh', () => {
    window.localStorage.setItem(keys.session('bundled/harbour-closure'), '{"format": "policy-options.session", "version": 1, "weighting": 7');
    render(<App bundled={bundled()} storage={window.localStorage} />);
    expect(screen.getByRole('status').textContent).toMatch(/could not be read, so you start afresh\. The session as it was saved is kept, not deleted .* What was wrong: the session is not valid JSON/);
    const aside = Object.keys(window.localStorage).filter((k) => k.startsWith('policy-options/unreadable-session/bundled/harbour-closure/'));
    expect(aside).toHaveLength(1);
    expect(window.localStorage.getItem(aside[0]!)).toBe('{"format": "policy-options.session", "version": 1, "weighting": 7');
  });

  it('lists every problem of a bundled file that is refused, and still offers the valid ones', () => {
    const broken = loadEntry('bundled', 'scenarios/broken.yaml', read('tests/fixtures/malformed/bad-target.yaml'));
    render(<App bundled={[...bundled(), broken]} storage={window.localStorage} />);
    const alert = screen.getByRole('alert', { name: /scenarios\/broken\.yaml has problems/ });
    expect(alert.textContent).toMatch(/scenarios\/broken\.yaml, line 26, column 46/);
    expect(alert.textContent).toMatch(/leads to "stom"/);
    expect(screen.getByRole('heading', { level: 1, name: 'Harbour closure drill' })).toBeTruthy();
  });

  it('opens a scenario file from disk, and refuses a malformed one without losing the open scenario', async () => {
    render(<App bundled={bundled()} storage={window.localStorage} />);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, new File([read('tests/fixtures/malformed/cycle.yaml')], 'cycle.yaml', { type: 'application/yaml' }));
    const refused = await screen.findByRole('alert', { name: 'cycle.yaml could not be opened' });
    expect(refused.textContent).toMatch(/Option "close" loops.*cycle\.yaml, line 32, column 48/s);
    await userEvent.click(within(refused).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'cycle.yaml could not be opened' })).toBeNull();
    await userEvent.upload(input, new File([read('tests/fixtures/malformed/cycle.yaml')], 'cycle.yaml', { type: 'application/yaml' }));
    await screen.findByRole('alert', { name: 'cycle.yaml could not be opened' });
    expect(screen.getByRole('heading', { level: 1, name: 'Harbour closure drill' })).toBeTruthy();

    await userEvent.upload(input, new File([read('tests/fixtures/valid/minimal.yaml')], 'minimal.yaml', { type: 'application/yaml' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Drill' })).toBeTruthy();
    expect(screen.queryByRole('alert', { name: 'cycle.yaml could not be opened' })).toBeNull();
    expect((screen.getByRole('combobox', { name: /Scenario/ }) as HTMLSelectElement).value).toBe('opened/minimal.yaml#drill');
  });

  it('keeps two opened variants of one scenario apart, each with its own work', async () => {
    const user = userEvent.setup();
    render(<App bundled={[]} storage={window.localStorage} />);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const text = read('tests/fixtures/valid/two-options.yaml');
    await user.upload(input, new File([text], 'variant-a.yaml'));
    await user.upload(input, new File([text.replace('title: Harbour closure drill', 'title: Harbour closure drill B')], 'variant-b.yaml'));
    const picker = (await screen.findByRole('combobox', { name: /Scenario/ })) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['opened/variant-a.yaml#harbour-closure', 'opened/variant-b.yaml#harbour-closure']);
  });

  it('refuses a file that is not text with one plain sentence', async () => {
    render(<App bundled={bundled()} storage={window.localStorage} />);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    // The file dialog can be switched to "All files", so the accept filter is no guarantee.
    await userEvent.setup({ applyAccept: false }).upload(input, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff])], 'photo.png'));
    const refused = await screen.findByRole('alert', { name: 'photo.png could not be opened' });
    expect(within(refused).getAllByRole('listitem')).toHaveLength(1);
    expect(refused.textContent).toMatch(/The file holds a NUL byte here, so it is not a text file .*; a scenario is a YAML or JSON text file/);
  });

  it('opens a changed copy of a bundled scenario beside it, with its own work, and closes it again', async () => {
    const user = userEvent.setup();
    render(<App bundled={bundled()} storage={window.localStorage} />);
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    await user.click(screen.getByRole('button', { name: /Close now/ }));

    const changed = read('tests/fixtures/valid/two-options.yaml').replace('version: 1.0.0', 'version: 2.0.0').replace('title: Harbour closure drill', 'title: Harbour closure drill, revised');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, new File([changed], 'revised.yaml'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour closure drill, revised' })).toBeTruthy();
    const picker = screen.getByRole('combobox', { name: /Scenario/ }) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Harbour closure drill', 'Harbour closure drill, revised (opened: revised.yaml)']);
    expect(screen.queryByRole('navigation', { name: 'Path so far' })?.textContent ?? '').not.toMatch(/Close now/);

    await user.selectOptions(picker, 'bundled/harbour-closure');
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    expect(within(screen.getByRole('navigation', { name: 'Path so far' })).getByText(wholeText('Decided: Close now'))).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: /Scenario/ }), 'opened/revised.yaml#harbour-closure');
    await user.click(screen.getByRole('button', { name: 'Close this file' }));
    expect([...(screen.getByRole('combobox', { name: /Scenario/ }) as HTMLSelectElement).options].map((o) => o.value)).toEqual(['bundled/harbour-closure']);
    expect(screen.getByRole('heading', { level: 1, name: 'Harbour closure drill' })).toBeTruthy();
  });

  it('tells at once what no longer fits when a file is opened again with changes', async () => {
    const user = userEvent.setup();
    render(<App bundled={[]} storage={window.localStorage} />);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const original = read('tests/fixtures/valid/two-options.yaml');
    await user.upload(input, new File([original], 'harbour.yaml'));
    await user.click(await screen.findByRole('tab', { name: 'Step through' }));
    await user.click(screen.getByRole('button', { name: /Close now/ }));
    await user.click(screen.getByRole('button', { name: /Mild/ }));

    await user.upload(input, new File([original.replace('version: 1.0.0', 'version: 1.1.0').replace('{ id: mild, label: Mild', '{ id: calm, label: Calm')], 'harbour.yaml'));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /version 1\.0\.0 → 1\.1\.0.*Close the harbour: the first 1 of its 2 saved steps were kept; the answer saved at "How bad is the storm\?" is no longer among its choices \(it was recorded as "mild"\)/s,
    );
  });
});

describe('storage the browser refuses', () => {
  it('runs on memory instead, and says work will not survive a reload', async () => {
    const { availableStorage } = await import('../../src/ui/storage/available-storage');
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new Error('The operation is insecure.'); } });
    try {
      const { storage, problem } = availableStorage();
      expect(problem).toMatch(/does not let the app save work \(The operation is insecure\.\)/);
      render(<App bundled={bundled()} storage={storage} storageProblem={problem} />);
      expect(screen.getByRole('alert').textContent).toMatch(/a reload starts afresh/);
      await userEvent.click(screen.getByRole('tab', { name: 'Step through' }));
      await userEvent.click(screen.getByRole('button', { name: /Close now/ }));
      expect(storage.getItem(keys.session('bundled/harbour-closure'))).toContain('"choice": "now"');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});
