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

/**
 * What makes the page wider than the window, for a message that says where:
 * each element that reaches past the window's right edge while its parent
 * does not, and no box that scrolls sideways (a wide table, a chart) holds it.
 */
export const stickingOut = (page: Page) =>
  page.evaluate(() => {
    const right = window.innerWidth + 0.5;
    const heldBy = (element: Element) => {
      for (let a = element.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return a.getBoundingClientRect().right <= right;
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > right && !(e.parentElement!.getBoundingClientRect().right > right) && !heldBy(e))
      .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} to ${Math.round(e.getBoundingClientRect().right)} px`);
  });

/** Of the elements `selectors` find (each a name for the message), those not wholly inside the window. */
export const outOfView = (page: Page, selectors: Record<string, string>) =>
  page.evaluate((selectors) => {
    const out: string[] = [];
    for (const [name, selector] of Object.entries(selectors)) {
      const found = [...document.querySelectorAll(selector)];
      if (found.length === 0) out.push(`${name}: not found`);
      found.forEach((e, k) => {
        const box = e.getBoundingClientRect();
        if (box.top < -0.5 || box.left < -0.5 || box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5)
          out.push(`${name}${found.length > 1 ? ` ${k + 1}` : ''}: ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`);
      });
    }
    return out;
  }, selectors);
