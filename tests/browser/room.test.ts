import { join } from 'node:path';
import axe from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadValid } from '../support/files';
import { weakRings } from './focus-rings';
import { baseUrl, shots, useChromium } from './harness';
import { outOfView, overflow, stickingOut } from './layout';
import { watch } from './watch';

/**
 * Issue 14, "the app in the room": a workshop on a 1280×720 projector (and at
 * 150 % browser zoom), run from the keyboard and with a screen reader, and a
 * participant on a phone.
 */
const browser = useChromium();
const scenario = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');
const TABS = ['Brief', 'Step through', 'Tree', 'Uncertainty', 'Weights', 'Sensitivity', 'Workshop', 'Memo'];

const PROJECTOR: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };
// 150 % zoom of a 1280×720 screen: a CSS viewport two thirds the size, drawn with 1.5 device pixels to the CSS pixel.
const ZOOMED: BrowserContextOptions = { viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function open(options: BrowserContextOptions) {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  const seen = watch(page, baseUrl);
  await page.goto(baseUrl);
  await page.getByRole('tab', { name: 'Brief' }).waitFor();
  return { context, page, seen };
}

const pickOption = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Options' }).getByRole('button', { name }).click();
const card = (page: Page) => page.locator('.step-card');
const atOutcome = async (page: Page) => (await card(page).textContent())!.includes('Outcome reached');

/** Takes the first choice, waiting for the path to grow by the step. */
async function stepFirst(page: Page) {
  const before = await page.locator('.breadcrumbs li').count();
  await card(page).locator('button.choice').first().click();
  await expect.poll(() => page.locator('.breadcrumbs li').count()).toBe(before + 1);
}

/** What the room must see at once while stepping: the option's name, the path, the card, and every row of the ranking. */
const STAGE = { 'option name': '.stage > h2', path: '.stage .breadcrumbs', card: '.step-card', 'ranking row': '.ranking-row' };

/** The question and its first answer (or, at an outcome, the way on) must show in the card itself, not only somewhere in its scrolling. */
const hiddenInCard = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('.step-card')!.getBoundingClientRect();
    const parts = { question: '.prompt', 'first answer': 'button.choice', 'next option': '.next-option' };
    return Object.entries(parts)
      .map(([name, selector]) => [name, document.querySelector(`.step-card ${selector}`)] as const)
      .filter(([, e]) => e && (e.getBoundingClientRect().top < card.top || e.getBoundingClientRect().bottom > card.bottom))
      .map(([name]) => name);
  });

const liveRegions = (page: Page) => page.locator('[aria-live]:not([aria-live="off"])').evaluateAll((regions) => regions.map((r) => r.textContent ?? ''));

describe('the app in the room', () => {
  it.each([
    ['a 1280×720 projector', PROJECTOR, 'room-1280x720'],
    ['150 % zoom on it', ZOOMED, 'room-zoom-150'],
  ] as const)('shows the question, the option’s name, the path and the whole ranking on one screen: %s', async (_, options, shot) => {
    const { context, page, seen } = await open(options);
    await page.getByRole('tab', { name: 'Step through' }).click();
    await pickOption(page, /Airstrikes/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('step-card'))).toBe(true);

    // Every question on the way to an outcome (the longest option has twelve), and the outcome itself.
    for (let steps = 0; steps < 15 && !(await atOutcome(page)); steps++) {
      expect(await outOfView(page, STAGE)).toEqual([]);
      expect(await hiddenInCard(page), `at step ${steps + 1}`).toEqual([]);
      if (steps === 3) await page.screenshot({ path: join(shots, `${shot}.png`) });
      await stepFirst(page);
    }
    expect(await atOutcome(page)).toBe(true);
    expect(await outOfView(page, { ...STAGE, 'next option': '.next-option' })).toEqual([]);
    expect(await hiddenInCard(page)).toEqual([]);
    await page.screenshot({ path: join(shots, `${shot}-outcome.png`) });

    // Focus brings the whole card back into view: scrolled away, a key still answers, and the next question is on screen.
    await page.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('step-card'))).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await outOfView(page, { card: '.step-card' })).not.toEqual([]);
    await page.keyboard.press('1');
    await expect.poll(() => atOutcome(page)).toBe(true);
    expect(await outOfView(page, STAGE)).toEqual([]);

    // A choice reached with Tab, however far down a scrolling card, is shown whole.
    await pickOption(page, /Support Iraq's own investigation/);
    const choices = card(page).locator('button.choice');
    await choices.first().focus();
    for (let presses = 0; presses < 20 && !(await choices.last().evaluate((b) => b === document.activeElement)); presses++) await page.keyboard.press('Tab');
    expect(await choices.last().evaluate((b) => b === document.activeElement)).toBe(true);
    const last = (await choices.last().boundingBox())!;
    const frame = (await card(page).boundingBox())!;
    expect(last.y).toBeGreaterThanOrEqual(frame.y);
    expect(last.y + last.height).toBeLessThanOrEqual(frame.y + frame.height);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('moves on to the next option from an outcome, with its question in view and focus on it', async () => {
    const { context, page } = await open(PROJECTOR);
    await page.getByRole('tab', { name: 'Step through' }).click();
    await pickOption(page, /Airstrikes/);
    expect(await page.getByRole('button', { name: /^Next option/ }).count()).toBe(0);
    while (!(await atOutcome(page))) await stepFirst(page);
    const next = scenario.options[scenario.options.findIndex((o) => o.id === 'airstrikes') + 1]!;
    await page.getByRole('button', { name: `Next option: ${next.label} →` }).click();
    await expect.poll(() => page.locator('.stage > h2').innerText()).toBe(next.label);
    expect(await page.getByRole('navigation', { name: 'Options' }).getByRole('button', { name: new RegExp(next.label.slice(0, 20)) }).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('step-card'))).toBe(true);
    expect(await outOfView(page, STAGE)).toEqual([]);
    await context.close();
  });

  it('hides the ranking while the group deliberates, by its button or Alt+R, and keeps it hidden through a reload', async () => {
    const { context, page } = await open(PROJECTOR);
    await page.getByRole('tab', { name: 'Step through' }).click();
    expect(await page.locator('.ranking-row').count()).toBe(scenario.options.length);
    await page.getByRole('button', { name: 'Hide ranking' }).click();
    expect(await page.locator('.ranking-row').count()).toBe(0);
    expect(await page.locator('.ranking').innerText()).toContain('Hidden while the group deliberates');
    await page.screenshot({ path: join(shots, 'room-ranking-hidden.png') });
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Show ranking' }).count()).toBe(1);
    expect(await page.locator('.ranking-row').count()).toBe(0);
    // The shortcut works wherever focus is, in a stepper's card as well.
    await pickOption(page, /Restraint/);
    await page.keyboard.press('Alt+R');
    await expect.poll(() => page.locator('.ranking-row').count()).toBe(scenario.options.length);
    await page.keyboard.press('Alt+R');
    await expect.poll(() => page.locator('.ranking-row').count()).toBe(0);
    await context.close();
  });

  it('offers skip links first, to the analysis and to the ranking', async () => {
    const { context, page } = await open(PROJECTOR);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the analysis' });
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await outOfView(page, { 'skip link': '.skip-link:focus' })).toEqual([]);
    await page.screenshot({ path: join(shots, 'room-skip-link.png'), clip: { x: 0, y: 0, width: 640, height: 120 } });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('analysis');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');

    await page.reload();
    await page.getByRole('tab', { name: 'Brief' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.getByRole('link', { name: 'Skip to the ranking' }).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ranking');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hide ranking');
    await context.close();
  });

  it('names the scenario and the tab in the page title', async () => {
    const { context, page } = await open(PROJECTOR);
    expect(await page.title()).toBe(`Brief — ${scenario.title} — policy-options`);
    for (const tab of ['Step through', 'Weights']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect.poll(() => page.title()).toBe(`${tab} — ${scenario.title} — policy-options`);
    }
    await context.close();
  });

  it('reads a question once, and a change of first place as one polite sentence', async () => {
    const { context, page } = await open(PROJECTOR);
    await page.getByRole('tab', { name: 'Step through' }).click();
    await pickOption(page, /Airstrikes/);
    await stepFirst(page);
    // The card is read when focus moves to it: no live region repeats it, and it has no label of its own to read first.
    const prompt = await card(page).locator('.prompt').innerText();
    expect((await liveRegions(page)).filter((text) => text.includes(prompt))).toEqual([]);
    expect(await card(page).evaluate((c) => c.hasAttribute('aria-label') || c.hasAttribute('aria-labelledby') || c.closest('[aria-live]') !== null)).toBe(false);

    await page.getByRole('tab', { name: 'Weights' }).click();
    const leader = () => page.locator('.ranking-row .ranking-label').first().innerText();
    const before = await leader();
    await page.getByRole('button', { name: 'Use “Restraint”' }).click();
    await expect.poll(leader).not.toBe(before);
    const after = await leader();
    const news = page.locator('.ranking [aria-live="polite"].sr-only');
    await expect.poll(() => news.innerText()).toBe(`${after} now first`);
    // The sentence, not the list: no other option is named in any live region.
    for (const o of scenario.options.filter((o) => o.label !== after)) expect((await liveRegions(page)).some((text) => text.includes(o.label))).toBe(false);
    await context.close();
  });

  it.each([...TABS, 'Step through, at an outcome'])('shows a focus ring of at least 3:1 on every stop: %s', async (tab) => {
    const { context, page } = await open(PROJECTOR);
    await page.getByRole('tab', { name: tab.replace(/,.*/, '') }).click();
    // A tab's view loads on its first opening: its stops are counted once it is there, not while it says "Loading…".
    await page.locator('.tab-panel:not([hidden])').getByText('Loading…').waitFor({ state: 'detached' });
    if (tab.includes('outcome')) {
      await pickOption(page, /Airstrikes/);
      while (!(await atOutcome(page))) await stepFirst(page);
    }
    const { visited, weak } = await weakRings(page);
    // The walk reached the tab's own controls, past the skip links and the tabs (the empty workshop has a short form).
    expect(visited).toBeGreaterThan(8);
    expect(weak).toEqual([]);
    await context.close();
  });

  it.each([
    ['a projector', PROJECTOR],
    ['a phone', PHONE],
  ] as const)('has no axe-core violations on any tab, stepping, or with the ranking hidden, on %s', async (_, options) => {
    // The app's content security policy admits no inline script; axe is put in for the test only.
    const { context, page } = await open({ ...options, bypassCSP: true });
    await page.addScriptTag({ content: axe.source });
    const violations = async (where: string) => {
      const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
      return result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    };
    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('.tab-panel:not([hidden])').waitFor();
      expect(await violations(tab)).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Step through' }).click();
    await pickOption(page, /Airstrikes/);
    while (!(await atOutcome(page))) await stepFirst(page);
    await page.getByRole('button', { name: /^Mark as known/ }).first().click();
    expect(await violations('an outcome with a known step')).toEqual([]);
    await page.getByRole('button', { name: 'Hide ranking' }).click();
    expect(await violations('ranking hidden')).toEqual([]);
    await context.close();
  });

  it('fits a phone’s width (390 px) on every tab and every weighting method, with nothing to scroll sideways', async () => {
    const { context, page, seen } = await open(PHONE);
    // A phone's browser lays a page that is too wide out wider than the screen and zooms out: the window's width says so.
    const fits = async (where: string) => {
      expect(await page.evaluate(() => window.innerWidth), where).toBe(390);
      expect(await stickingOut(page), where).toEqual([]);
      expect(await overflow(page), where).toBeLessThanOrEqual(0);
    };
    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('.tab-panel:not([hidden])').waitFor();
      await fits(tab);
      await page.screenshot({ path: join(shots, `room-phone-${tab.toLowerCase().replace(' ', '-')}.png`) });
    }
    await page.getByRole('tab', { name: 'Weights' }).click();
    for (const method of ['100 points', 'Ranking', 'Swing', 'Pairwise (AHP)']) {
      await page.getByRole('radio', { name: method }).check();
      await fits(method);
    }
    await page.locator('.pair-group').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'room-phone-weights-pairwise.png') });
    await page.getByRole('tab', { name: 'Step through' }).click();
    await pickOption(page, /Airstrikes/);
    for (let k = 0; k < 4; k++) await stepFirst(page);
    await fits('stepping');
    // Too tall for the screen, the card shows from its top (within the fraction of a pixel that scrolling rounds to).
    expect((await card(page).boundingBox())!.y).toBeGreaterThan(-0.5);
    await page.screenshot({ path: join(shots, 'room-phone-stepping.png') });
    while (!(await atOutcome(page))) await stepFirst(page);
    await fits('at an outcome');
    await page.screenshot({ path: join(shots, 'room-phone-outcome.png') });
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
