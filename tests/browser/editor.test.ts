import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/files';
import { baseUrl, shots, useChromium } from './harness';
import { overflow } from './layout';
import { watch } from './watch';

/**
 * Issue 15 end to end: an analyst who has never seen YAML builds a small
 * scenario from a pasted brief (two options, each with a decision and an
 * uncertain outcome; three facts made from the brief's text), sees it pass
 * its checks, steps and ranks it, downloads it, and the command line's
 * validate accepts the file.
 */
const browser = useChromium();

const BRIEF = `Harbour Storm Brief

Port authority, March 2026

The harbour board must decide how to meet a storm forecast for the end of the week.

What Happened?

- The coastguard forecasts gale-force winds reaching the coast within two days.
- A similar storm last winter damaged twelve moored boats and closed the fish market.

What Should the Board Do?

- Close the harbour to all traffic until the storm has passed.
- Keep the harbour open and escort fishing boats in before the wind rises.
`;

const status = (page: Page) => page.locator('.editor .workspace-head p[role=status]').innerText();

/** Selects a passage of the brief's text in its box, as a mouse would, and makes it a fact written in the analyst's words. */
async function makeFact(page: Page, passage: string, words: string) {
  const box = page.getByRole('textbox', { name: "The brief's text" });
  await box.evaluate((el, p) => {
    const area = el as HTMLTextAreaElement;
    const at = area.value.indexOf(p);
    area.focus();
    area.setSelectionRange(at, at + p.length);
    area.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, passage);
  const make = page.getByRole('button', { name: /^Make a fact/ });
  await expect.poll(() => make.isEnabled()).toBe(true);
  await make.click();
  // Focus lands in the new fact's text, to be written in the analyst's own words.
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path ?? '')).toMatch(/^facts\[\d+\]\.text$/);
  await page.keyboard.type(words);
}

async function field(page: Page, path: string) {
  return page.locator(`[data-path="${path}"]`);
}

describe('the scenario editor in the app', () => {
  it('builds a scenario from a pasted brief, checks it, steps and ranks it, and downloads a file validate accepts', { timeout: 180_000 }, async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'New scenario' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Editing new-scenario\.yaml/ }).count(), { timeout: 20_000 }).toBe(1);
    expect(await status(page)).toContain('passes every check');

    // The scenario and its source.
    await (await field(page, 'id')).fill('harbour-storm');
    await (await field(page, 'title')).fill('Harbour storm response');
    await (await field(page, 'source.title')).fill('Harbour Storm Brief');

    // Three facts made from the pasted brief, then the template's fact removed.
    await page.getByRole('tab', { name: 'Brief and facts' }).click();
    await page.getByLabel(/^Paste the brief/).fill(BRIEF);
    await makeFact(page, 'gale-force winds reaching the coast within two days', 'Gales are due on the coast in two days.');
    await makeFact(page, 'damaged twelve moored boats', 'Last winter a storm like it wrecked a dozen moored boats.');
    await makeFact(page, 'Close the harbour to all traffic', 'The brief recommends shutting the harbour until the storm is over.');
    const facts = await page.locator('#editor-panel-facts .edit-item').allTextContents();
    expect(facts.join('\n')).toContain('In its own words');
    expect(await page.locator('[data-path="facts[1].cite.section"]').inputValue()).toBe('What Happened?');
    expect(await page.locator('[data-path="facts[1].cite.locator"]').inputValue()).toBe('bullet 1');
    // A fact that copies eight words of the brief is flagged.
    await page.locator('[data-path="facts[3].text"]').fill('A similar storm last winter damaged twelve moored boats and closed the market.');
    await expect.poll(() => page.locator('.check-bad', { hasText: 'Copies the brief' }).count()).toBe(1);
    await page.locator('[data-path="facts[3].text"]').fill('Last winter a storm like it wrecked a dozen moored boats.');
    await page.locator('#editor-panel-facts .edit-item summary').first().click();
    await page.getByRole('button', { name: 'Remove fact', exact: true }).click();
    await expect.poll(() => page.locator('#editor-panel-facts .edit-item').count()).toBe(3);
    await page.screenshot({ path: join(shots, 'editor-facts.png'), fullPage: true });

    // A second criterion, a cost.
    await page.getByRole('tab', { name: 'Criteria' }).click();
    await (await field(page, 'criteria[0].label')).fill('Safety of boats');
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await (await field(page, 'criteria[1].label')).fill('Cost to the port');
    await (await field(page, 'criteria[1].direction')).selectOption('cost');

    // Two options, each a decision then an uncertain outcome.
    await page.getByRole('tab', { name: 'Options' }).click();
    await (await field(page, 'options[0].label')).fill('Close the harbour');
    for (const option of [0, 1]) {
      if (option === 1) {
        await page.getByRole('button', { name: 'Add an option' }).click();
        await page.getByLabel('Option', { exact: true }).selectOption(String(option));
        await (await field(page, 'options[1].label')).fill('Escort boats in');
      }
      const decide = page.getByRole('region', { name: 'State decide' });
      await decide.getByLabel('Add after it').first().selectOption('chance');
      const chance = page.getByRole('region', { name: 'State chance' });
      await chance.getByRole('button', { name: 'Add a branch' }).click();
      await page.locator(`[data-path='options[${option}].machine.states.chance.choices[0].probability']`).fill('0.6');
      await page.getByRole('region', { name: 'State chance' }).getByRole('button', { name: 'Keep this one, rescale the others' }).first().click();
      await page.locator(`[data-path='options[${option}].machine.states.chance.choices[1].effects.criterion-2']`).fill(option === 0 ? '3' : '2');
    }
    await expect.poll(() => status(page)).toContain('passes every check');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'editor-options.png'), fullPage: true });

    // Undo and redo, from the keyboard.
    const label = page.locator("[data-path='options[1].label']");
    await label.fill('Escort the boats');
    await label.press('Control+z');
    await expect.poll(() => page.locator("[data-path='options[1].label']").inputValue()).toBe('Escort boats in');
    await page.locator("[data-path='options[1].label']").press('Control+Shift+z');
    await expect.poll(() => page.locator("[data-path='options[1].label']").inputValue()).toBe('Escort the boats');

    // A reload keeps the work.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: /^Editing/ }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Options' }).click();
    await page.getByLabel('Option', { exact: true }).selectOption('1');
    expect(await page.locator("[data-path='options[1].label']").inputValue()).toBe('Escort the boats');

    // Downloaded, the file passes the command line's validate.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download YAML' }).click()]);
    expect(file.suggestedFilename()).toBe('new-scenario.yaml');
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    const folder = mkdtempSync(join(tmpdir(), 'policy-options-edited-'));
    writeFileSync(join(folder, 'harbour-storm.yaml'), text);
    const validated = execFileSync('node', [join(ROOT, 'bin/policy-options.mjs'), 'validate', join(folder, 'harbour-storm.yaml')], { encoding: 'utf8' });
    expect(validated).toMatch(/ok|valid/i);

    // Used in the app: stepped and ranked.
    await page.getByRole('button', { name: 'Use this scenario' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Harbour storm response' }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('tab', { name: 'Step through' }).click();
    await page.getByRole('navigation', { name: 'Options' }).getByRole('button', { name: /Close the harbour/ }).click();
    await page.locator('.step-card .choice').first().click();
    await expect.poll(() => page.locator('.breadcrumbs li').count()).toBeGreaterThan(0);
    expect(await page.locator('.ranking-list li').count()).toBe(2);
    await page.screenshot({ path: join(shots, 'editor-used.png') });
    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('opens the bundled scenario with its own text, gives it back byte for byte when nothing changed, and has no axe-core violations', { timeout: 120_000 }, async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, bypassCSP: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Edit scenario' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Editing iraq-pm-drone-strike-2021.yaml' }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => status(page), { timeout: 20_000 }).toContain('passes every check');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download YAML' }).click()]);
    expect(readFileSync((await file.path())!, 'utf8')).toBe(readFileSync(join(ROOT, 'scenarios/iraq-pm-drone-strike-2021.yaml'), 'utf8'));

    await page.addScriptTag({ content: axe.source });
    for (const section of ['Scenario', 'Brief and facts', 'Actors', 'Criteria', 'Options']) {
      await page.getByRole('tab', { name: section }).click();
      const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run());
      expect(result.violations.map((v) => `${section}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
    }
    await page.screenshot({ path: join(shots, 'editor-bundled-options.png') });
    // Leaving the editor returns to the analysis, as it was.
    await page.getByRole('button', { name: 'Close the editor' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Step through' }).count()).toBe(1);
    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
