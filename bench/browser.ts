import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/browser/chromium';
import { generateScenarioText } from '../tests/support/generate-scenario';

/**
 * `npm run bench:browser`: drags a weight slider in Chromium, on the bundled
 * brief and on a generated 10 options × 12 criteria scenario, and reports the
 * time between frames while dragging (median and 95th percentile; the target
 * is every frame under 16 ms) and the long tasks (over 50 ms) the page had.
 */
const outDir = mkdtempSync(join(tmpdir(), 'policy-options-bench-'));
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 4299, strictPort: true, open: false } });
const browser = await launchChromium();
const generated = join(outDir, 'bench-10x12.yaml');
writeFileSync(generated, generateScenarioText(10, 12, 20));

const rows: Array<Record<string, string | number>> = [];
try {
  for (const [label, file] of [
    ['brief', undefined],
    ['10×12 generated', generated],
  ] as const) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await page.goto('http://127.0.0.1:4299/');
    if (file) await page.getByLabel('Open scenario file…').setInputFiles(file);
    await page.getByRole('tab', { name: 'Weights' }).click();
    const slider = page.locator('input[type=range]').first();
    await slider.waitFor();
    const box = (await slider.boundingBox())!;
    // Plain JavaScript, not a function: the TypeScript runner would add helpers the page does not have.
    await page.evaluate(`
      window.frames_ = [];
      window.long_ = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.long_.push(e.duration))).observe({ type: 'longtask', buffered: false });
      const tick = (t) => { window.frames_.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    `);
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i <= 120; i++) await page.mouse.move(box.x + 2 + ((box.width - 4) * (i % 60)) / 60, box.y + box.height / 2);
    await page.mouse.up();
    const { frames, long } = (await page.evaluate('({ frames: window.frames_, long: window.long_ })')) as { frames: number[]; long: number[] };
    const gaps = frames
      .slice(1)
      .map((t, i) => t - frames[i]!)
      .sort((a, b) => a - b);
    const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))]!;
    rows.push({ scenario: label, frames: gaps.length, 'median frame (ms)': at(0.5).toFixed(1), 'p95 frame (ms)': at(0.95).toFixed(1), 'worst frame (ms)': gaps.at(-1)!.toFixed(1), 'long tasks': long.length, 'longest task (ms)': long.length ? Math.max(...long).toFixed(0) : '0' });
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
console.log(`Chromium, 1280×720, ${new Date().toISOString()}`);
console.table(rows);
