import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ROOT } from '../support/files';
import { launchChromium } from './chromium';

/** The built app's address, served by global-setup. */
export const baseUrl = inject('baseUrl');

/** Where browser tests put screenshots to look at. */
export const shots = join(ROOT, 'test-results');
mkdirSync(shots, { recursive: true });

/** One Chromium for the test file, launched before its tests and closed after. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
