import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';
import { loadEntry } from '../../src/ui/catalog/load-entry';
import { openIndexedDbStorage } from '../../src/ui/storage/indexeddb-storage';
import { keys } from '../../src/ui/storage/keys';
import { read } from '../support/files';
import { wholeText } from './text-matchers';

const bundled = () => [loadEntry('bundled', 'two-options.yaml', read('tests/fixtures/valid/two-options.yaml'))];
const session = keys.session('bundled/harbour-closure');

afterEach(() => vi.restoreAllMocks());

/** The app on storage backed by (fake) IndexedDB, with a clock the test moves. */
async function renderApp() {
  let now = Date.UTC(2026, 2, 3, 9, 0, 0);
  const storage = await openIndexedDbStorage(new IDBFactory() as unknown as globalThis.IDBFactory, { now: () => now });
  render(<App bundled={bundled()} storage={storage} savedWork={storage} />);
  return { storage, later: () => void (now += 60_000) };
}

const pathSoFar = () => within(screen.getByRole('navigation', { name: 'Path so far' }));

describe('earlier versions of the work', () => {
  it('lists the session’s versions newest first and puts one back, keeping what was on screen as a version', async () => {
    const user = userEvent.setup();
    const { storage, later } = await renderApp();
    await storage.settled();
    later();
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    await user.click(screen.getByRole('button', { name: /Close now/ }));
    await storage.settled();
    later();
    await user.click(screen.getByRole('button', { name: /Mild/ }));
    await storage.settled();

    await user.click(screen.getByRole('button', { name: 'Earlier versions…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Earlier versions' });
    const items = await within(dialog).findAllByRole('listitem');
    // The newest is what is on screen; the first (the session as it was opened) is a version too.
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(/Session.*On screen now.*Direct weights, 1 option stepped/),
      expect.stringMatching(/Session.*Direct weights, 1 option stepped/),
      expect.stringMatching(/Session.*Direct weights, no option stepped/),
    ]);
    expect(within(items[0]!).queryByRole('button')).toBeNull();
    const restore = within(items[1]!).getByRole('button', { name: /^Restore the session saved / });

    await user.click(restore);
    expect(screen.getByRole('status').textContent).toMatch(/The session saved .* is back\. What you had before is kept among the earlier versions/);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    expect(pathSoFar().getByText(wholeText('Decided: Close now'))).toBeTruthy();
    expect(pathSoFar().queryByText(/Mild/)).toBeNull();

    // The restore can be undone: what was on screen before it is still a version.
    await storage.settled();
    expect((await storage.versions(session)).map((v) => v.text)).toEqual([storage.getItem(session), expect.stringContaining('"choice": "mild"'), storage.getItem(session), expect.any(String)]);
  });

  it('closes with its Close button, giving focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    await renderApp();
    const opener = screen.getByRole('button', { name: 'Earlier versions…' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Earlier versions' });
    expect(within(dialog).getByRole('heading', { name: 'Earlier versions' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('says when a change could not be written, and no longer once one is', async () => {
    const user = userEvent.setup();
    const { storage } = await renderApp();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('tab', { name: 'Step through' }));
    await user.click(screen.getByRole('button', { name: /Close now/ }));
    await storage.settled();
    expect((await screen.findByRole('alert')).textContent).toBe('Your latest changes could not be saved in this browser (The quota has been exceeded.). Download the summary to keep a copy.');

    put.mockRestore();
    await user.click(screen.getByRole('button', { name: /Mild/ }));
    await storage.settled();
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('tells once that work was moved from local storage, until dismissed', async () => {
    const user = userEvent.setup();
    render(<App bundled={bundled()} storage={window.localStorage} storageNotice="Work saved in this browser by an earlier version of the app (2 items) has moved." />);
    expect(screen.getByRole('status').textContent).toMatch(/\(2 items\) has moved/);
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    // Without the browser's database there are no versions to offer.
    expect(screen.queryByRole('button', { name: 'Earlier versions…' })).toBeNull();
  });
});
