import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bannerText, renderMemoHtml } from '../../src/domain/memo';
import { PALETTE } from '../../src/domain/text/palette';
import { BRIEF, memoCase } from '../support/memo';
import { shots, useChromium } from './harness';
import { readPdf } from './pdf';

/**
 * Issue 13: the print-ready HTML memo of the bundled brief, saved as PDF by
 * Chromium as a user's Save as PDF would (A4, "Background graphics" off, as
 * the print dialog has it by default). Every page carries the marking at its
 * top and bottom and "Page N of M"; the chart's colours and the table shading
 * survive. The first screen in print media and the PDF page with the chart,
 * drawn by Chromium's PDF viewer, go to test-results/ to be looked at.
 */
const browser = useChromium();
const { doc } = memoCase(BRIEF);
const banner = bannerText(doc);

describe('the memo printed to PDF', () => {
  it('has the marking and the page number on every page, and keeps its colours', async () => {
    const page = await browser().newPage({ viewport: { width: 794, height: 1123 } });
    await page.setContent(renderMemoHtml(doc));
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, 'memo-print.png') });

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const file = join(shots, 'memo-print.pdf');
    writeFileSync(file, pdf);
    const { pages, fills } = readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach(({ text }, k) => {
      // The page-margin banners at the top and the bottom, and the one in the page itself on the first and last pages.
      const banners = text.split(banner).length - 1;
      expect(banners, `page ${k + 1}`).toBe(k === 0 || k === pages.length - 1 ? 3 : 2);
      expect(text.startsWith(`${banner}Page ${k + 1} of ${pages.length}`), `page ${k + 1}`).toBe(true);
    });

    // Drawn in SVG, the bars print in every criterion colour; the table headers' shading, a background, prints
    // only because the stylesheet asks for exact colours.
    for (const colour of PALETTE) expect(fills, colour).toContain(colour);
    expect(fills).toContain('#ECECEC');

    const chart = pages.findIndex((p) => p.text.includes('What each criterion adds to each option'));
    expect(chart).toBeGreaterThan(-1);
    await pdfPageShot(page, file, chart + 1, join(shots, 'memo-print-page.png'));
    await page.close();
  });
});

/** A page of the PDF as Chromium's own PDF viewer draws it, once the drawing has settled. */
async function pdfPageShot(page: Page, file: string, pageNumber: number, path: string): Promise<void> {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${pathToFileURL(file).href}#page=${pageNumber}`);
  let previous: Buffer | undefined;
  for (let tries = 0; tries < 60; tries++) {
    await page.waitForTimeout(250);
    const shot = await page.screenshot();
    if (previous?.equals(shot)) {
      writeFileSync(path, shot);
      return;
    }
    previous = shot;
  }
  throw new Error("Chromium's PDF viewer did not settle on the page within 15 seconds");
}
