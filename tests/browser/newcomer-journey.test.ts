import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/files';
import { baseUrl, shots, useChromium } from './harness';
import { watch } from './watch';

const browser = useChromium();

const totalOf = (page: Page, optionId: string) => page.locator(`.ranking-row[data-option="${optionId}"] .total`).innerText();

describe('a newcomer at the projector', () => {
  it('reads the brief, steps through an option, weighs the criteria, sees the ranking move, and keeps it all after a reload', async () => {
    const context = await browser().newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);

    // The bundled scenario is open, with its facts and their sources.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain("Drone attack on Iraq's Prime Minister");
    const facts = page.locator('table.facts');
    await expect.poll(() => facts.innerText()).toContain('343');
    expect(await facts.innerText()).toContain('Why Is It Important?, bullet 4, sub-point 2');
    expect(await page.locator('.ranking-row').count()).toBe(9);

    // Step through the airstrikes option: assume who did it, go back, then on to an outcome.
    await page.getByRole('tab', { name: 'Step through' }).click();
    await page.getByRole('navigation', { name: 'Options' }).getByRole('button', { name: /Airstrikes/ }).click();
    const before = await totalOf(page, 'airstrikes');
    const card = page.locator('.step-card');
    await card.getByRole('button', { name: /Firmly, to one named militia/ }).click();
    const crumbs = page.locator('.breadcrumbs');
    await expect.poll(() => crumbs.innerText()).toContain('Assumed: Firmly, to one named militia');
    await page.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => crumbs.innerText()).toContain('No steps taken yet');

    // Take the first choice at every question until an outcome, waiting for each step to land.
    for (let steps = 0; steps < 20 && !(await card.textContent())!.includes('Outcome reached'); steps++) {
      await card.locator('button.choice').first().click();
      await expect.poll(() => crumbs.getByRole('listitem').count()).toBe(steps + 1);
    }
    expect(await card.textContent()).toContain('Outcome reached');
    expect(await card.textContent()).toMatch(/This path ends at [\d.]+ out of 100, .* the option's expected value/);
    // The expected value weighs every outcome; the what-if takes the assumed ones as given.
    expect(await page.locator('.ranking-says').innerText()).toMatch(/^By expected value/);
    await page.getByRole('radio', { name: 'As stepped (what-if)' }).check();
    await expect.poll(() => page.locator('.ranking-says').innerText()).toMatch(/^As stepped/);
    expect(await page.locator('.ranking-row[data-option="airstrikes"] .status').innerText()).toBe('complete');
    const afterSteps = await totalOf(page, 'airstrikes');
    expect(afterSteps).not.toBe(before);
    await page.screenshot({ path: join(shots, 'newcomer-options.png') });

    // Changing an early answer drops the later ones, and Undo brings them back.
    const answered = await crumbs.getByRole('listitem').count();
    await crumbs.getByRole('button', { name: /^Change step 1:/ }).click();
    await expect.poll(() => crumbs.innerText()).toContain('No steps taken yet');
    await page.getByRole('button', { name: `Undo (brings back ${answered} answers)` }).click();
    await expect.poll(() => crumbs.getByRole('listitem').count()).toBe(answered);
    expect(await totalOf(page, 'airstrikes')).toBe(afterSteps);

    // Weigh the criteria: nonsense is refused at the field and changes nothing; a real weight moves the ranking.
    await page.getByRole('tab', { name: 'Weights' }).click();
    const deterrence = page.getByRole('textbox', { name: /Deterrence/ });
    await deterrence.fill('-5');
    await expect.poll(() => page.locator('#weight-deterrence-error').innerText()).toBe('A weight cannot be negative');
    expect(await totalOf(page, 'airstrikes')).toBe(afterSteps);
    await deterrence.fill('2,5');
    await expect.poll(() => page.locator('#weight-deterrence-error').innerText()).toBe('Use a point for decimals (2.5), not a comma');
    expect(await page.locator('.ranking .warning').innerText()).toContain('uses the weights from before that edit');
    expect(await totalOf(page, 'airstrikes')).toBe(afterSteps);
    // A bad entry survives a look at another tab, and so does the warning.
    await page.getByRole('tab', { name: 'Brief' }).click();
    await page.getByRole('tab', { name: 'Weights' }).click();
    expect(await deterrence.inputValue()).toBe('2,5');
    await deterrence.fill('80');
    await expect.poll(() => page.locator('.ranking .warning').count()).toBe(0);
    await expect.poll(() => totalOf(page, 'airstrikes')).not.toBe(afterSteps);
    const weighted = await totalOf(page, 'airstrikes');
    await page.screenshot({ path: join(shots, 'newcomer-weights.png') });

    // A reload loses nothing, and returns to the same place.
    await page.reload();
    await expect.poll(() => page.getByRole('tab', { name: 'Weights' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('radio', { name: 'As stepped (what-if)' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: /Deterrence/ }).inputValue()).toBe('80');
    expect(await totalOf(page, 'airstrikes')).toBe(weighted);
    await page.getByRole('tab', { name: 'Step through' }).click();
    await page.getByRole('navigation', { name: 'Options' }).getByRole('button', { name: /Airstrikes/ }).click();
    expect(await page.locator('.step-card').textContent()).toContain('Outcome reached');

    // The summary downloads as Markdown with the ranking and the path taken.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download summary' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^iraq-pm-drone-strike-2021-summary-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('## Ranking by expected value');
    expect(markdown).toContain('## Ranking as stepped (what-if)');
    expect(markdown).toMatch(/## Robustness[\s\S]*random weightings \(Monte Carlo, seed 12345\)/);
    expect(markdown).toMatch(/\| Airstrikes on the Iran-backed militias responsible \| [\d.]+ \| [\d.]+% \| complete \|/);
    expect(markdown).toContain('Path taken:');

    await page.screenshot({ path: join(shots, 'newcomer-journey.png'), fullPage: false });
    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('works from the keyboard alone', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Brief' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Step through' }).getAttribute('aria-selected')).toBe('true');
    // Picking an option with the keyboard puts focus on its question, so digits answer it straight away.
    await page.getByRole('navigation', { name: 'Options' }).getByRole('button').nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('step-card'))).toBe(true);
    await page.keyboard.press('2');
    const crumbs = page.locator('.breadcrumbs li');
    await expect.poll(() => crumbs.count()).toBe(1);
    await page.keyboard.press('1');
    await expect.poll(() => crumbs.count()).toBe(2);
    await page.keyboard.press('Backspace');
    await expect.poll(() => crumbs.count()).toBe(1);
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    await context.close();
  });

  it('fits a 1280×720 projector: the options take a few lines and the question follows them', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Step through' }).click();
    const list = (await page.locator('.option-list').boundingBox())!;
    const card = (await page.locator('.step-card').boundingBox())!;
    expect(list.height).toBeLessThan(360);
    expect(card.y).toBeLessThan(1000);
    await page.getByRole('navigation', { name: 'Options' }).getByRole('button', { name: /Airstrikes/ }).click();
    const picked = (await page.locator('.step-card').boundingBox())!;
    expect(picked.y).toBeGreaterThanOrEqual(0);
    expect(picked.y).toBeLessThan(720);
    await page.screenshot({ path: join(shots, 'projector-1280x720.png') });
    await context.close();
  });
});
