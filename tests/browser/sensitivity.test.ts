import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadValid } from '../support/files';
import { baseUrl, shots, useChromium } from './harness';
import { watch } from './watch';

const OPTIONS = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml').options.length;

/**
 * Issue 12's views in the built app, at a projector's 1280×720: weight
 * stability, the tornado, and the Monte Carlo running in a Web Worker under
 * the app's content security policy, filling the matrix with an estimate at
 * once and then the final count, without stalling the page.
 */
const browser = useChromium();

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Every status line the Monte Carlo shows, with when it showed it (ms since the page started), recorded in the page so that none is missed between polls. */
async function recordStatuses(page: Page) {
  await page.evaluate(() => {
    const seen: Array<{ at: number; text: string }> = [];
    (window as unknown as { statuses: typeof seen }).statuses = seen;
    const note = () => {
      const text = document.querySelector('.mc-status')?.textContent ?? '';
      if (seen.at(-1)?.text !== text) seen.push({ at: performance.now(), text });
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    note();
  });
  return () => page.evaluate(() => (window as unknown as { statuses: Array<{ at: number; text: string }> }).statuses);
}

/** Tasks that kept the main thread busy for over 50 ms, as Chromium reports them. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const long: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = long;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration))).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
}

/** Until the Monte Carlo's status reads `final`, the longest a zero-delay timer waited for the main thread (ms). */
const worstTimerDelay = (page: Page, final: string) =>
  page.evaluate(
    (final) =>
      new Promise<number>((resolve) => {
        let worst = 0;
        const tick = (t0: number) => {
          worst = Math.max(worst, performance.now() - t0);
          if (document.querySelector('.mc-status')?.textContent === final) resolve(worst);
          else setTimeout(tick, 0, performance.now());
        };
        tick(performance.now());
      }),
    final,
  );

/** The smallest rendered size of any text in the view's SVG charts, in CSS pixels. */
const smallestChartText = (page: Page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll<SVGTextElement>('.sensitivity svg text')].map((t) => {
        const scale = t.getScreenCTM()!.a;
        return parseFloat(getComputedStyle(t).fontSize) * scale;
      }),
    ),
  );

const intervals = (page: Page) => page.locator('svg.stability-chart .interval').evaluateAll((rects) => rects.map((r) => `${r.getAttribute('x')} ${r.getAttribute('width')}`));

describe('the sensitivity tab', () => {
  it('shows stability and the tornado, fills the acceptability matrix from a worker (an estimate, then the final count), and follows a change of weight', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);

    // Eight tabs still fit one row at 1280 px.
    await page.getByRole('tab', { name: 'Memo' }).waitFor();
    const tabTops = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().top));
    expect(tabTops).toHaveLength(8);
    expect(new Set(tabTops).size).toBe(1);

    const statuses = await recordStatuses(page);
    const longTasks = await watchLongTasks(page);
    await page.getByRole('tab', { name: 'Sensitivity' }).click();
    await expect.poll(() => page.locator('.mc-status').innerText(), { timeout: 20_000 }).toBe('10,000 samples, seed 12345.');
    // One cell per option and rank.
    expect(await page.locator('svg.acceptability-chart .cell-value').count()).toBe(OPTIONS ** 2);
    expect(await page.locator('.critical-sentence').innerText()).toMatch(/^Most critical: the weight on .+\. .+ (stays first|stays ahead of .+) unless that weight (rises above|falls below) [\d.]+%/);
    expect(await page.locator('svg.tornado-chart .tornado-row').count()).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(13);
    await page.screenshot({ path: join(shots, 'sensitivity-top.png') });
    await page.screenshot({ path: join(shots, 'sensitivity-full.png'), fullPage: true });

    // A larger run: the first estimate comes at once and is refined to the final count, and the page stays responsive throughout.
    await longTasks();
    const samples = page.getByRole('combobox', { name: 'Samples' });
    await samples.focus();
    await samples.selectOption('100000');
    const latency = await worstTimerDelay(page, '100,000 samples, seed 12345.');
    const shown = await statuses();
    const start = shown.findIndex((s) => s.text.startsWith('Working out the figures for the changed settings'));
    const estimates = shown.slice(start).filter((s) => /^Estimate from [\d,]+ of 100,000 samples, seed 12345; refining…$/.test(s.text));
    expect(estimates.length).toBeGreaterThan(3);
    // The first estimate rests on the first batch or two (React may draw two quick replies as one).
    expect(Number(/from ([\d,]+) of/.exec(estimates[0]!.text)![1]!.replace(/,/g, ''))).toBeLessThanOrEqual(3_500);
    expect(shown.at(-1)!.text).toBe('100,000 samples, seed 12345.');
    const firstEstimate = estimates[0]!.at - shown[start]!.at;
    const all = shown.at(-1)!.at - shown[start]!.at;
    const tenThousand = shown.find((s) => s.text === '10,000 samples, seed 12345.')!.at - shown.find((s) => s.text === 'Drawing the first samples…')!.at;
    console.log(`10,000 samples in the worker (with its start): ${tenThousand.toFixed(0)} ms`);
    console.log(`100,000 samples in the worker: first estimate after ${firstEstimate.toFixed(0)} ms, all after ${all.toFixed(0)} ms; main thread: longest wait for a timer ${latency.toFixed(0)} ms, long tasks ${JSON.stringify(await longTasks())} ms`);
    expect(firstEstimate).toBeLessThan(1_000);
    // The main thread never stalls while the worker runs. On a quiet machine no task runs over 50 ms; the bound allows for
    // a two-core machine shared with the test runner, the server and the other browser tests (a CI run saw 573 ms), and is
    // still well below the seconds that 100,000 samples take on the main thread. `npm run bench:browser` measures frames.
    expect(latency).toBeLessThan(1_500);

    // The seed, typed: the same figures come back for the same seed.
    const matrix = () => page.locator('svg.acceptability-chart .cell-value').allInnerTexts();
    const at12345 = await matrix();
    await page.getByRole('textbox', { name: 'Seed' }).fill('777');
    await expect.poll(() => page.locator('.mc-status').innerText(), { timeout: 30_000 }).toBe('100,000 samples, seed 777.');
    await page.getByRole('textbox', { name: 'Seed' }).fill('12345');
    await expect.poll(() => page.locator('.mc-status').innerText(), { timeout: 30_000 }).toBe('100,000 samples, seed 12345.');
    expect(await matrix()).toEqual(at12345);

    // A change of weight on the Weights tab moves the stability intervals.
    const before = await intervals(page);
    await page.getByRole('tab', { name: 'Weights' }).click();
    await page.getByRole('textbox', { name: /Deterrence/ }).fill('80');
    await page.getByRole('tab', { name: 'Sensitivity' }).click();
    await expect.poll(() => intervals(page)).not.toEqual(before);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'sensitivity-after-weight.png'), fullPage: true });

    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
