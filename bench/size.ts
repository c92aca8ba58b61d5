import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The budget for the JavaScript a first visit loads, gzipped. */
export const INITIAL_BUDGET = 150_000;

export interface BuildSizes {
  /** What index.html loads before the app runs: its module script and the chunks it preloads. */
  initial: Sizes;
  /** Every JavaScript file of the build: the initial chunks, the ones loaded on demand, and the worker. */
  total: Sizes;
  /** Data the app fetches as it starts (the bundled scenarios, checked at build time). */
  startData: Sizes;
  chunks: number;
}

interface Sizes {
  raw: number;
  gzip: number;
}

/**
 * Builds the app as users get it and measures its JavaScript, raw and gzipped
 * (zlib's default level, as a web server would send it): the initial part
 * against the budget, and all of it.
 */
export async function buildSizes(): Promise<BuildSizes> {
  const outDir = mkdtempSync(join(tmpdir(), 'policy-options-size-'));
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/<script type="module"[^>]* src="\.\/([^"]+)"|<link rel="modulepreload"[^>]* href="\.\/([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
    const assets = readdirSync(join(outDir, 'assets')).map((f) => `assets/${f}`);
    const measure = (files: string[]): Sizes =>
      files.reduce(
        (sum, f) => {
          const bytes = readFileSync(join(outDir, f));
          return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes).length };
        },
        { raw: 0, gzip: 0 },
      );
    const scripts = assets.filter((f) => f.endsWith('.js'));
    return { initial: measure(initial), total: measure(scripts), startData: measure(assets.filter((f) => f.endsWith('.json'))), chunks: scripts.length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The sizes as table rows, in kB (1,000 bytes) as Vite reports them. */
export function sizeRows(sizes: BuildSizes): Array<Record<string, string>> {
  const kb = (n: number) => (n / 1000).toFixed(1);
  return [
    { part: `initial JavaScript (budget ${kb(INITIAL_BUDGET)} kB gzipped)`, 'raw (kB)': kb(sizes.initial.raw), 'gzip (kB)': kb(sizes.initial.gzip), within: sizes.initial.gzip <= INITIAL_BUDGET ? 'yes' : 'NO' },
    { part: `all JavaScript (${sizes.chunks} files)`, 'raw (kB)': kb(sizes.total.raw), 'gzip (kB)': kb(sizes.total.gzip), within: '' },
    { part: 'bundled scenarios fetched at start (JSON)', 'raw (kB)': kb(sizes.startData.raw), 'gzip (kB)': kb(sizes.startData.gzip), within: '' },
  ];
}
