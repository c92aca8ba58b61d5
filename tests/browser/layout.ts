import type { Page } from 'playwright-core';

/** How far the page is wider than the window (0 when nothing overflows sideways). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * The app's own words (text outside any <bdi>) that the browser lays out right
 * to left: the first letter of a one-line text node sits right of its last.
 */
export const reversedAppText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const rectOf = (node: Text, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('bdi, option, [hidden], .sr-only, script, style')) continue;
      const text = node.data;
      const first = text.search(/[A-Za-z0-9]/);
      const last = text.length - 1 - [...text].reverse().join('').search(/[A-Za-z0-9]/);
      if (first < 0 || last <= first) continue;
      const a = rectOf(node, first);
      const b = rectOf(node, last);
      if (a.width === 0 || b.width === 0 || Math.abs(a.top - b.top) > 2) continue;
      if (a.left > b.left) out.push(text.trim());
    }
    return out;
  });
