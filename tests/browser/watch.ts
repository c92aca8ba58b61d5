import type { Page } from 'playwright-core';

/**
 * Watches what a page does: nothing may leave this host, the page must not log
 * errors, and no dialog may open (every hostile payload that would run script
 * calls alert()).
 */
export function watch(page: Page, baseUrl: string) {
  const outside: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { outside, errors, dialogs };
}
