import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadValid } from '../support/files';
import { baseUrl, shots, useChromium } from './harness';
import { overflow } from './layout';
import { watch } from './watch';

const browser = useChromium();

/** Every option's total in the ranking panel, by option id. */
const totals = (page: Page) =>
  page.locator('.ranking-row').evaluateAll((rows) => Object.fromEntries(rows.map((row) => [row.getAttribute('data-option'), row.querySelector('.total')!.textContent])));

/** The bundled brief's criteria, in order. */
const CRITERIA = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml').criteria.map((c) => c.id);
const LAST = CRITERIA.at(-1)!;

describe('weighting methods on a projector', () => {
  it('follows a dragged slider, refuses a wrong 100-point total, and keeps every method’s input across switches', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Weights' }).click();
    const method = (name: string) => page.getByRole('radio', { name });
    expect(await method('Direct').isChecked()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Drag the deterrence slider with the mouse: the ranking moves while the button is still held, and again by the end.
    const slider = page.getByRole('slider', { name: /Deterrence/ });
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const at = (share: number) => box.x + 8 + (box.width - 16) * share;
    const y = box.y + box.height / 2;
    const before = await totals(page);
    await page.mouse.move(at(0.2), y);
    await page.mouse.down();
    await page.mouse.move(at(0.6), y, { steps: 8 });
    await expect.poll(() => totals(page)).not.toEqual(before);
    const during = await totals(page);
    const held = Number(await page.locator('#weight-deterrence').inputValue());
    expect(held).toBeGreaterThan(40);
    await page.screenshot({ path: join(shots, 'weights-slider-dragging.png') });
    await page.mouse.move(at(0.95), y, { steps: 8 });
    await expect.poll(() => totals(page)).not.toEqual(during);
    await page.mouse.up();
    const after = await totals(page);
    const dragged = await page.locator('#weight-deterrence').inputValue();
    expect(Number(dragged)).toBeGreaterThan(held);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // 100 points: a total of 90 is refused at the fields and for the group, and the ranking stays as it was.
    await method('100 points').check();
    // Six points each but for the last, which gets none: 90 in all.
    for (const id of CRITERIA) await page.locator(`#points-${id}`).fill(id === LAST ? '0' : String(90 / (CRITERIA.length - 1)));
    const refusal = page.locator('#points-group-error');
    await expect.poll(() => refusal.innerText()).toBe('The points add up to 90; they must add up to 100 (10 left to give)');
    expect(await page.locator('#points-deterrence').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('status').filter({ hasText: 'The direct weights are in force meanwhile' }).innerText()).toContain('the 100-point allocation does not give every criterion its points yet');
    expect(await totals(page)).toEqual(after);
    expect(await page.locator('.ranking .warning').innerText()).toContain('uses the weights from before that edit');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await refusal.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'weights-points-refused.png') });

    // Away and back: the typed points (and their refusal) are still there; the direct weight is still the dragged one.
    await method('Ranking').check();
    await method('100 points').check();
    expect(await page.locator(`#points-${LAST}`).inputValue()).toBe('0');
    expect(await refusal.innerText()).toContain('add up to 90');
    await method('Direct').check();
    expect(await page.locator('#weight-deterrence').inputValue()).toBe(dragged);
    expect(await totals(page)).toEqual(after);

    // Put right, the points are in force and move the ranking.
    await method('100 points').check();
    await page.locator(`#points-${LAST}`).fill('10');
    await expect.poll(() => page.locator('.weights-view .warning:visible').count()).toBe(0);
    await expect.poll(() => totals(page)).not.toEqual(after);

    // Ranking, swing and pairwise each take their turn, and the layout holds in each.
    await method('Ranking').check();
    await page.getByRole('button', { name: 'Use this order' }).click();
    await page.getByRole('button', { name: 'Move Risk to U.S. personnel up' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Move Risk to U.S. personnel up' }).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'weights-ranking.png') });
    const ranked = await totals(page);

    await method('Swing').check();
    await page.locator('#swing-drone-capability').fill('60');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'weights-swing.png') });

    await method('Pairwise (AHP)').check();
    await page.getByRole('combobox', { name: 'Deterrence of further attacks against Risk of escalation' }).selectOption({ label: 'Deterrence of further attacks 5× more important (strong)' });
    const pairs = (CRITERIA.length * (CRITERIA.length - 1)) / 2;
    expect(await page.locator('.ahp-summary').innerText()).toContain(`Not compared yet: ${pairs - 1} pairs of ${pairs}.`);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'weights-pairwise.png') });

    // Back to each: nothing entered was lost, and the ranking is each method's again.
    await method('Ranking').check();
    await expect.poll(() => totals(page)).toEqual(ranked);
    await method('Swing').check();
    expect(await page.locator('#swing-drone-capability').inputValue()).toBe('60');
    await method('100 points').check();
    expect(await page.locator(`#points-${LAST}`).inputValue()).toBe('10');
    await method('Direct').check();
    expect(await page.locator('#weight-deterrence').inputValue()).toBe(dragged);
    await expect.poll(() => totals(page)).toEqual(after);

    // A reload keeps them too: they are in the saved session.
    await page.reload();
    await expect.poll(() => page.getByRole('tab', { name: 'Weights' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#weight-deterrence').inputValue()).toBe(dragged);
    await method('Pairwise (AHP)').check();
    expect(await page.getByRole('combobox', { name: 'Deterrence of further attacks against Risk of escalation' }).inputValue()).toBe('a5');

    expect(seen.outside).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
