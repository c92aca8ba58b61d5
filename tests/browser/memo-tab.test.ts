import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/files';
import { baseUrl, shots, useChromium } from './harness';
import { overflow } from './layout';
import { watch } from './watch';

/**
 * Issue 13 in the app: the group writes its memo beside a live preview of the
 * printed page, and takes it away as Markdown, print HTML and Word; the text
 * it wrote is in the session and survives a reload.
 */
const browser = useChromium();

async function downloadOf(page: Page, name: RegExp): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return download;
}

describe('the memo tab', () => {
  it('writes the memo with the group, previews it as printed, and downloads every format', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('tab', { name: 'Memo' }).click();

    const preview = page.frameLocator('iframe.memo-preview');
    await expect.poll(() => preview.locator('h2').first().innerText(), { timeout: 20_000 }).toMatch(/Bottom line/i);
    // The generated bottom line is shown in the form and in the preview.
    const generated = await page.locator('blockquote.generated').innerText();
    expect(generated).toMatch(/^Recommend /);
    expect(await preview.locator('body').innerText()).toContain(generated.slice(0, 60));

    await page.getByLabel('To', { exact: true }).fill('Deputy National Security Advisor');
    await page.getByLabel('From', { exact: true }).fill('Iraq working group');
    await page.getByLabel('CUI').check();
    await page.getByRole('button', { name: 'Start from the generated text' }).click();
    await page.getByLabel('Your bottom line').fill('Recommend the regional strategy, with the investigation first.');
    await page.getByLabel('Dissent from the recommendation').fill('Two members would strike now.');
    // The preview follows the edits, in place.
    await expect.poll(() => preview.locator('body').innerText()).toContain('Recommend the regional strategy, with the investigation first.');
    expect(await preview.locator('body').innerText()).toContain('Two members would strike now.');
    expect(await preview.locator('body').innerText()).toContain('Deputy National Security Advisor');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'memo-tab.png') });

    const md = await downloadOf(page, /Download Markdown/);
    expect(md.suggestedFilename()).toMatch(/^CUI-iraq-pm-drone-strike-2021-memo-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toContain('Recommend the regional strategy, with the investigation first.');
    expect(markdown).toContain('Two members would strike now.');
    expect(markdown.split('\n')[0]).toContain('CUI');

    const html = await downloadOf(page, /Download Web page/);
    expect(html.suggestedFilename()).toMatch(/^CUI-iraq-pm-drone-strike-2021-memo-.*\.html$/);
    const page2 = await context.newPage();
    await page2.setContent(readFileSync((await html.path())!, 'utf8'));
    expect(await page2.locator('body').innerText()).toContain('Recommend the regional strategy, with the investigation first.');
    await page2.close();

    const word = await downloadOf(page, /Download Word/);
    expect(word.suggestedFilename()).toMatch(/^CUI-iraq-pm-drone-strike-2021-memo-.*\.docx$/);
    const bytes = readFileSync((await word.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // What the group wrote is in the session: a reload brings it back, to the form and the preview.
    await page.reload();
    await expect.poll(() => page.getByLabel('Your bottom line').inputValue(), { timeout: 20_000 }).toBe('Recommend the regional strategy, with the investigation first.');
    expect(await page.getByLabel('CUI').isChecked()).toBe(true);
    await expect.poll(() => preview.locator('body').innerText()).toContain('Two members would strike now.');

    // A date cleared is asked for, and nothing downloads meanwhile.
    await page.getByLabel('Date of the memo').fill('');
    expect(await page.getByRole('alert').filter({ hasText: 'Set the date the memo bears' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Download Markdown/ }).isDisabled()).toBe(true);

    expect(seen).toEqual({ outside: [], errors: [], dialogs: [] });
    await context.close();
  });

  it('shows a hostile scenario and hostile memo text as text: nothing runs in the preview, nothing overflows', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    const seen = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByLabel('Open scenario file…').setInputFiles(join(ROOT, 'tests/fixtures/hostile/hostile.yaml'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^title \[html\]/);
    await page.getByRole('tab', { name: 'Memo' }).click();
    const preview = page.frameLocator('iframe.memo-preview');
    await expect.poll(() => preview.locator('h2').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>[x](https://evil.example) =HYPERLINK("https://evil.example") ' + 'W'.repeat(5000);
    await page.getByLabel('Open questions').fill(payload);
    await expect.poll(() => preview.locator('body').innerText()).toContain('<script>alert(2)</script>');
    // The preview holds text, never the payload's elements, and no link at all.
    expect(await preview.locator('script, img, iframe, a[href]').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'memo-tab-hostile.png') });
    const md = await downloadOf(page, /Download Markdown/);
    expect(readFileSync((await md.path())!, 'utf8')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
    expect(seen).toEqual({ outside: [], errors: [], dialogs: [] });
    await context.close();
  });
});
