import { join } from 'node:path';
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../src/domain/scenario';
import { createSession, serialiseSession, withDirectWeights } from '../../src/domain/session';
import { keys } from '../../src/ui/storage/keys';
import { loadValid } from '../support/files';
import { baseUrl, shots, useChromium } from './harness';
import { watch } from './watch';

/**
 * Issue 14, "work that is never lost": every change is in the browser's
 * database within two seconds, whatever becomes of the page; work an earlier
 * version of the app kept in local storage is moved there; and the last
 * versions can be put back.
 */
const browser = useChromium();
const scenario = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');
const session = keys.session(`bundled/${scenario.id}`);
const deterrence = (page: Page) => page.locator('#weight-deterrence');

async function openApp(context: BrowserContext) {
  const page = await context.newPage();
  const seen = watch(page, baseUrl);
  await page.goto(baseUrl);
  await page.getByRole('tab', { name: 'Weights' }).click();
  await deterrence(page).waitFor();
  return { page, seen };
}

/** The text the browser's database holds under a key, read as another page of the app would. */
const inDatabase = (page: Page, key: string) =>
  page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('policy-options');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('items').objectStore('items').get(key);
          read.onsuccess = () => {
            resolve(read.result ?? null);
            open.result.close();
          };
        };
      }),
    key,
  );

/** Every option's total in the ranking panel. */
const totals = (page: Page) => page.locator('.ranking-row .total').allInnerTexts();

/** Sets the deterrence weight by typing, and waits for the ranking to take it. */
async function setDeterrence(page: Page, value: string) {
  const before = await totals(page);
  await deterrence(page).fill(value);
  await expect.poll(() => totals(page)).not.toEqual(before);
}

describe('work that is never lost', () => {
  it('keeps a change made two seconds before the page crashed', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const { page } = await openApp(context);
    await setDeterrence(page, '37');
    await page.waitForTimeout(2_000);
    // The renderer dies: no unload, no page hide, nothing the page can still do.
    const devtools = await context.newCDPSession(page);
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    // The command gets no answer from a renderer that is gone.
    void devtools.send('Page.crash').catch(() => undefined);
    await crashed;

    const { page: again, seen } = await openApp(context);
    expect(await deterrence(again).inputValue()).toBe('37');
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('moves work an earlier version left in local storage into the database, losing nothing', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // As an earlier version of the app left it: the session and the place in the app, in local storage.
    const saved = serialiseSession(withDirectWeights(createSession(scenario, new Date('2026-01-05T10:00:00Z'), scenarioContentHash(scenario)), { ...Object.fromEntries(scenario.criteria.map((c) => [c.id, c.weight])), deterrence: 55 }));
    const seedPage = `${baseUrl}seed-earlier-version`;
    await page.route(seedPage, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>An earlier version</title>' }));
    await page.goto(seedPage);
    await page.evaluate(
      ([session, view, saved]) => {
        localStorage.setItem(session!, saved!);
        localStorage.setItem(view!, JSON.stringify({ tab: 'weights', option: 'airstrikes' }));
      },
      [session, keys.view(`bundled/${scenario.id}`), saved],
    );

    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await deterrence(page).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'moved' }).innerText()).toMatch(/Work saved in this browser by an earlier version of the app \(2 items\) has moved to the browser's database/);
    expect(await deterrence(page).inputValue()).toBe('55');
    expect(await page.evaluate((key) => localStorage.getItem(key), session)).toBeNull();
    expect(await inDatabase(page, session)).toBe(saved);
    await page.screenshot({ path: join(shots, 'saved-work-moved.png') });

    // Told once: the next visit has nothing to move.
    await page.reload();
    await deterrence(page).waitFor();
    expect(await deterrence(page).inputValue()).toBe('55');
    expect(await page.getByRole('status').filter({ hasText: 'moved' }).count()).toBe(0);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('saves in local storage, as before, and says so, where the browser will not give the app its database', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', {
        get: () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      }),
    );
    const { page, seen } = await openApp(context);
    expect(await page.getByRole('alert').innerText()).toBe(
      'This browser would not open its database for the app (The user denied permission to access the database.), so work is saved in local storage as before, with no earlier versions to go back to.',
    );
    expect(await page.getByRole('button', { name: 'Earlier versions…' }).count()).toBe(0);
    await setDeterrence(page, '45');
    await page.reload();
    await deterrence(page).waitFor();
    expect(await deterrence(page).inputValue()).toBe('45');
    expect(await page.evaluate((key) => localStorage.getItem(key), session)).toMatch(/"deterrence": 45\b/);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('lists earlier versions and puts one back, and the restore can be undone', async () => {
    // The app's content security policy admits no inline script; axe is put in for the test only.
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const start = new Date('2026-03-03T09:00:00Z').getTime();
    const page = await context.newPage();
    // Each change a minute after the last, beyond the five seconds within which changes make one version.
    await page.clock.setFixedTime(start);
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Weights' }).click();
    for (const [minute, value] of [[1, '20'], [2, '40'], [3, '60']] as const) {
      await page.clock.setFixedTime(start + minute * 60_000);
      await setDeterrence(page, value);
      await expect.poll(() => inDatabase(page, session)).toMatch(new RegExp(`"deterrence": ${value}\\b`));
    }

    const versions = async () => {
      await page.getByRole('button', { name: 'Earlier versions…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Earlier versions' });
      await dialog.getByRole('listitem').first().waitFor();
      return dialog;
    };
    let dialog = await versions();
    // Newest first: 60 (on screen now), 40, 20, and the session as first opened.
    expect(await dialog.getByRole('listitem').count()).toBe(4);
    expect(await dialog.getByRole('listitem').first().innerText()).toMatch(/On screen now/);
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
    expect(result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
    await page.screenshot({ path: join(shots, 'saved-work-versions.png') });
    // Keyboard: focus is in the dialog, and Escape closes it.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    dialog = await versions();
    await dialog.getByRole('listitem').nth(1).getByRole('button', { name: /^Restore the session saved / }).click();
    await expect.poll(() => deterrence(page).inputValue()).toBe('40');
    expect(await page.getByRole('status').filter({ hasText: 'is back' }).innerText()).toMatch(/^The session saved .* is back\./);
    await expect.poll(() => inDatabase(page, session)).toMatch(/"deterrence": 40\b/);

    // Undone the same way: what was on screen (60) is the version after the restored one.
    dialog = await versions();
    expect(await dialog.getByRole('listitem').count()).toBe(5);
    await dialog.getByRole('listitem').nth(1).getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => deterrence(page).inputValue()).toBe('60');
    await page.reload();
    await deterrence(page).waitFor();
    expect(await deterrence(page).inputValue()).toBe('60');
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
