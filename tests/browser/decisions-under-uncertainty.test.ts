import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChainScenarioText } from '../support/generate-scenario';
import { baseUrl, shots, useChromium } from './harness';
import { watch } from './watch';

/**
 * Issue 10 in the browser: the ranking by expected value and as stepped, a
 * decision tree, an outcome marked known, the value-of-information table and
 * charts, and a session saved to a file and opened again.
 */
const browser = useChromium();

describe('decisions under uncertainty, in the app', () => {
  it('ranks by expected value, draws the tree, marks an outcome known, shows what is worth knowing, and saves and reopens the session', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    const row = page.locator('.ranking-row[data-option="airstrikes"]');

    // Switching the ranking's basis is said in words, and switching back restores it.
    expect(await page.locator('.ranking-says').innerText()).toMatch(/^By expected value/);
    await page.getByRole('radio', { name: 'As stepped (what-if)' }).check();
    await expect.poll(() => page.locator('.ranking-says').innerText()).toMatch(/^As stepped/);
    await page.getByRole('radio', { name: 'Expected value' }).check();

    // The decision tree of the airstrikes option: a tree with values, navigable by keyboard, that opens the stepper.
    await page.getByRole('tab', { name: 'Tree' }).click();
    await page.locator('.tree-tab select').selectOption('airstrikes');
    const tree = page.getByRole('tree');
    await expect.poll(() => tree.getByRole('treeitem').count()).toBeGreaterThan(3);
    expect(await page.locator('.tree-svg .node-value').first().textContent()).toMatch(/^\d+\.\d$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'decision-tree.png') });
    await tree.locator('[role=treeitem][tabindex="0"]').focus();
    await page.getByRole('button', { name: 'Open in the stepper' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Step through' }).getAttribute('aria-selected')).toBe('true');

    // Step to the first uncertain outcome, assume its first branch, then mark it as known.
    const card = page.locator('.step-card');
    for (let i = 0; i < 10 && (await card.getAttribute('class'))!.includes('decision'); i++) await card.locator('button.choice').first().click();
    expect(await card.getAttribute('class')).toContain('chance');
    const expectedBefore = await row.locator('.total').innerText();
    await card.locator('button.choice').first().click();
    // Assuming changes nothing in the expected-value ranking…
    expect(await row.locator('.total').innerText()).toBe(expectedBefore);
    const crumbs = page.getByRole('navigation', { name: 'Path so far' });
    await crumbs.getByRole('button', { name: /^Mark as known: step \d+/ }).last().click();
    // …marking it known does: the analysis now takes it as given.
    await expect.poll(() => row.locator('.ranking-meta').innerText()).toContain('1 known');
    expect(await crumbs.innerText()).toContain('Known:');

    // What is most worth knowing, and where the choice turns.
    await page.getByRole('tab', { name: 'Uncertainty' }).click();
    const table = page.locator('table.information-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(Number(await table.locator('tbody tr').first().locator('.evpi-value').innerText())).toBeGreaterThan(0);
    await table.locator('tbody tr').first().getByRole('button', { name: /Show thresholds/ }).click();
    expect(await page.locator('svg.threshold-chart').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Risk profile' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'uncertainty.png'), fullPage: true });

    // Save the session to a file, lose the known outcome, and get it back from the file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save session file' }).click()]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ format: 'policy-options.session', version: 4 });
    expect(saved).toContain('"known": true');
    await page.getByRole('tab', { name: 'Step through' }).click();
    await page.getByRole('button', { name: 'Reset option' }).click();
    await expect.poll(() => row.locator('.ranking-meta').innerText()).not.toContain('known');
    const file = join(shots, 'saved-session.json');
    writeFileSync(file, saved);
    await page.getByLabel('Open session file…').setInputFiles(file);
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Opened the session file saved-session.json.');
    await expect.poll(() => row.locator('.ranking-meta').innerText()).toContain('1 known');

    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('draws the tree of an option with 2^40 paths at once, a bounded part of it', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    const file = join(shots, 'chain-40.yaml');
    writeFileSync(file, generateChainScenarioText(40, { branches: 2, kind: 'chance', effect: (s) => (s + 1) / 1000, baseline: 3 }));
    await page.getByLabel('Open scenario file…').setInputFiles(file);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('A chain of 40 states');
    await page.getByRole('tab', { name: 'Tree' }).click();
    const items = page.getByRole('tree').getByRole('treeitem');
    await expect.poll(() => items.count()).toBeGreaterThan(10);
    expect(await items.count()).toBeLessThanOrEqual(60);
    expect(await page.getByRole('tree').textContent()).toMatch(/paths below/);
    await page.getByRole('tab', { name: 'Uncertainty' }).click();
    await expect.poll(() => page.locator('.uncertainty').innerText()).toMatch(/binned into steps of/);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
