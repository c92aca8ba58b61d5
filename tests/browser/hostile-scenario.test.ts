import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/files';
import { baseUrl, shots, useChromium } from './harness';
import { overflow, reversedAppText } from './layout';
import { watch } from './watch';

/**
 * Issue 9: a scenario whose every free-text field is hostile (HTML, script,
 * Markdown, URLs, formulas, controls, bidi overrides, 5,000-character words)
 * goes through the app in Chromium at 1280×720 and out as a summary without
 * running anything, breaking the layout, reversing the app's own words, or
 * putting a control character in the file.
 */
const browser = useChromium();

describe('a hostile scenario in the app', () => {
  it('is shown as plain text that wraps, keeps the app reading left to right, runs nothing, and exports cleanly', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByLabel('Open scenario file…').setInputFiles(join(ROOT, 'tests/fixtures/hostile/hostile.yaml'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^title \[html\] W+x+ <img src=x onerror=alert\(1\)>/);

    // The brief: every field there, as text.
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('table.facts').innerText()).toContain('<script>alert(document.domain)</script>');
    await page.screenshot({ path: join(shots, 'hostile-brief.png') });

    // Step every option to an outcome, checking the layout at each step.
    await page.getByRole('tab', { name: 'Step through' }).click();
    const options = page.getByRole('navigation', { name: 'Options' }).getByRole('button');
    const card = page.locator('.step-card');
    for (let o = 0; o < (await options.count()); o++) {
      await options.nth(o).click();
      for (let steps = 0; steps < 10 && !(await card.textContent())!.includes('Outcome reached'); steps++) {
        await card.locator('button.choice').first().click();
        await expect.poll(() => page.locator('.breadcrumbs li').count()).toBe(steps + 1);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
      }
    }
    expect(await reversedAppText(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'hostile-options.png') });

    // Each option's total sits inside the ranking panel.
    const panel = (await page.locator('.ranking').boundingBox())!;
    for (const total of await page.locator('.ranking .total').all()) {
      const box = (await total.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(panel.x);
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
    }

    await page.getByRole('tab', { name: 'Weights' }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await reversedAppText(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'hostile-weights.png') });
    // Every weighting method shows the labels (and the swing's scale labels, and the pairwise choices) the same way.
    for (const method of ['100 points', 'Ranking', 'Swing', 'Pairwise (AHP)']) {
      await page.getByRole('radio', { name: method }).check();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await reversedAppText(page)).toEqual([]);
    }
    await page.locator('.pair select').first().selectOption({ index: 1 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'hostile-weights-pairwise.png') });
    await page.getByRole('radio', { name: 'Swing' }).check();
    await page.screenshot({ path: join(shots, 'hostile-weights-swing.png') });

    // The sensitivity charts: hostile labels cut short inside the SVGs, the page no wider, the app's words still left to right.
    await page.getByRole('tab', { name: 'Sensitivity' }).click();
    await expect.poll(() => page.locator('.mc-status').innerText(), { timeout: 20_000 }).toMatch(/^[\d,]+ samples, seed \d+\.$/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await reversedAppText(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'hostile-sensitivity.png') });

    // Nothing from the scenario became markup: no image, frame or link was made, and no script ran.
    expect(await page.locator('main img, main iframe, main a, aside img, aside a').count()).toBe(0);
    expect(seen.dialogs).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download summary' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    expect(markdown).toContain('\\<script\\>alert(document.domain)\\</script\\>');

    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
