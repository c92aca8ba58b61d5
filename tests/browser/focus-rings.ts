import type { Page } from 'playwright-core';
import { linearRgb } from '../support/colour-vision';

/** What the focused element shows as its focus ring, and the colours of what the ring is seen against. */
export interface Ring {
  element: string;
  /** The ring's colour as CSS gives it, or null when nothing is drawn. */
  colour: string | null;
  width: number;
  /** The background just outside the ring on each side in the window (just inside, for a ring drawn inside its element). */
  surroundings: string[];
}

/**
 * The ring around the element that has focus: its outline; for a visually
 * hidden control, or one whose label draws the ring (:focus-within), its
 * label's; for a node of the tree (SVG), the stroke of its .focus-ring.
 */
export const focusedRing = (page: Page): Promise<Ring | null> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 50)}"`;
    let ring: Element = element;
    let colour: string | null = null;
    let width = 0;
    let offset = 0;
    const drawn = (style: CSSStyleDeclaration) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    if (element instanceof SVGElement) {
      ring = element.querySelector('.focus-ring') ?? element;
      const style = getComputedStyle(ring);
      if (style.stroke !== 'none') [colour, width] = [style.stroke, parseFloat(style.strokeWidth)];
    } else {
      const label = element.classList.contains('sr-only') || !drawn(getComputedStyle(element)) ? element.closest('label') : null;
      ring = label ?? element;
      const style = getComputedStyle(ring);
      if (drawn(style)) [colour, width, offset] = [style.outlineColor, parseFloat(style.outlineWidth), parseFloat(style.outlineOffset)];
    }
    const box = ring.getBoundingClientRect();
    // Past the ring's outer edge, or for a ring inside its element (a negative offset) past its inner edge.
    const out = offset >= 0 ? offset + width + 1 : offset - 1;
    const midX = box.left + box.width / 2;
    const midY = box.top + box.height / 2;
    const points = [
      [box.left - out, midY],
      [box.right + out, midY],
      [midX, box.top - out],
      [midX, box.bottom + out],
    ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
    const backgroundAt = (x: number, y: number) => {
      for (let e: Element | null = document.elementFromPoint(x, y); e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const alpha = /rgba\(.*,\s*([\d.]+)\)$/.exec(bg);
        if (!alpha || Number(alpha[1]) >= 0.99) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    return { element: name, colour, width, surroundings: points.map(([x, y]) => backgroundAt(x!, y!)) };
  });

/** WCAG's contrast ratio of two CSS colours "rgb(r, g, b)". */
export function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = linearRgb(`#${css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => Math.round(Number(c)).toString(16).padStart(2, '0')).join('')}`);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Tabs through the page from where focus is, once round, and lists every
 * stop whose ring is missing, thinner than 2 px, or under 3:1 against what it
 * is seen on. Returns how many stops were visited too, so a test can tell
 * that it looked at all.
 */
export async function weakRings(page: Page, most = 400): Promise<{ visited: number; weak: string[] }> {
  const weak: string[] = [];
  await page.evaluate(() => ((window as unknown as { seenStops: Set<Element> }).seenStops = new Set()));
  let visited = 0;
  for (; visited < most; visited++) {
    await page.keyboard.press('Tab');
    // A date field is one element with a stop per part (day, month, year, picker): its repeats in a row are one stop.
    const step = await page.evaluate(() => {
      const state = window as unknown as { seenStops: Set<Element>; lastStop?: Element };
      const element = document.activeElement;
      if (element && element === state.lastStop && element instanceof HTMLInputElement && element.type === 'date') return 'same';
      if (!element || state.seenStops.has(element)) return 'again';
      state.seenStops.add(element);
      state.lastStop = element;
      return 'new';
    });
    if (step === 'again') break;
    if (step === 'same') continue;
    const ring = await focusedRing(page);
    if (!ring) continue;
    if (!ring.colour || ring.width < 2) weak.push(`${ring.element}: no ring`);
    else for (const surface of ring.surroundings) if (contrast(ring.colour, surface) < 3) weak.push(`${ring.element}: ${ring.colour} on ${surface}, ${contrast(ring.colour, surface).toFixed(2)}:1`);
  }
  return { visited, weak };
}
