import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsFor, fitLabel, labelRows, linearScale, niceDomain, niceStep, stepPath, textWidth, ticks, wrapLabel } from '../../../src/ui/views/uncertainty/chart-scales';

describe('chart scales', () => {
  it('maps a domain onto a range, and a domain of no width to the middle', () => {
    expect(linearScale([0, 1], [48, 696])(0.25)).toBe(210);
    expect(linearScale([20, 100], [300, 80])(60)).toBe(190);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('picks round steps and ticks without float noise', () => {
    expect(niceStep(100, 10)).toBe(10);
    expect(niceStep(9.02, 6)).toBe(2);
    expect(niceStep(0.87, 4)).toBe(0.5);
    expect(ticks([0, 1], 0.1)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(ticks([28, 40], 2)).toEqual([28, 30, 32, 34, 36, 38, 40]);
  });

  it('widens a domain to whole steps within its limits, and gives a single value room', () => {
    expect(niceDomain(30, 38.2, { count: 6, minSpan: 5 })).toEqual({ domain: [28, 40], step: 2 });
    expect(niceDomain(26.5, 100)).toEqual({ domain: [20, 100], step: 20 });
    const single = niceDomain(50, 50, { minSpan: 10 });
    expect(single.domain[0]).toBeLessThan(50);
    expect(single.domain[1]).toBeGreaterThan(50);
  });

  it('gives as many decimals as tell neighbours apart', () => {
    expect([decimalsFor(10), decimalsFor(1), decimalsFor(0.1), decimalsFor(0.0164), decimalsFor(1e-9)]).toEqual([0, 0, 1, 2, 4]);
  });

  it('cuts a label to fit with "…", by whole code points, and leaves one that fits alone', () => {
    expect(fitLabel('Survey first', 300)).toEqual({ shown: 'Survey first', truncated: false });
    const cut = fitLabel('W'.repeat(5000), 200);
    expect(cut.truncated).toBe(true);
    expect(cut.shown.endsWith('…')).toBe(true);
    expect(textWidth(cut.shown)).toBeLessThanOrEqual(200);
    // An emoji is one character: never split into half a surrogate pair.
    expect(fitLabel('😀'.repeat(100), 100).shown).toMatch(/^(😀)+…$/u);
    // Line and paragraph breaks become spaces: a label is one line.
    expect(fitLabel('a\nb\u2029c', 300).shown).toBe('a b c');
  });

  it('never lets a fitted label run past its width', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 40, max: 700 }), (text, width) => {
        expect(textWidth(fitLabel(text, width).shown)).toBeLessThanOrEqual(width + 1e-9);
      }),
    );
  });

  it('wraps a label at spaces onto the lines it may take, leaving room for words of the caller on the first and last', () => {
    expect(wrapLabel('Survey first', 300, 2)).toEqual({ lines: ['Survey first'], truncated: false });
    // 'Strengthen air, missile and' is about 245 units at 16: the break falls at the last space that fits.
    expect(wrapLabel('Strengthen air, missile and counter-drone defences', 260, 2)).toEqual({ lines: ['Strengthen air, missile and', 'counter-drone defences'], truncated: false });
    // With words of the caller before it (about 95 units), the first line holds less, and the rest no longer fits the second.
    expect(wrapLabel('Strengthen air, missile and counter-drone defences', 260, 2, { before: textWidth('Weight on ') })).toEqual({ lines: ['Strengthen air,', 'missile and counter-drone…'], truncated: true });
    // What does not fit the last line is cut with "…"; a word longer than a line is broken inside it.
    const long = wrapLabel(`${'W'.repeat(40)} tail`, 200, 2);
    expect(long.truncated).toBe(true);
    expect(long.lines).toHaveLength(2);
    expect(long.lines[1]!.endsWith('…')).toBe(true);
  });

  it('never lets a wrapped line run past its width', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 80, max: 700 }), fc.integer({ min: 1, max: 4 }), (text, width, lines) => {
        const wrapped = wrapLabel(text, width, lines, { before: 20, after: 20 });
        expect(wrapped.lines.length).toBeLessThanOrEqual(lines);
        wrapped.lines.forEach((line, k) => expect(textWidth(line) + (k === 0 ? 20 : 0) + (k === wrapped.lines.length - 1 ? 20 : 0)).toBeLessThanOrEqual(width + 1e-9));
      }),
    );
  });

  it('puts labels that would overlap in rows, close ones apart and distant ones together', () => {
    // Goferbroke: the current 25%, and thresholds at 23.75% and 27.88%, about 27 units apart, each label about 90 wide.
    expect(labelRows([{ x: 210, width: 80 }, { x: 202, width: 90 }, { x: 229, width: 90 }, { x: 600, width: 90 }])).toEqual([1, 0, 2, 0]);
  });

  it('draws a cumulative distribution as steps from the left edge to the right', () => {
    expect(
      stepPath(
        [
          { x: 10, y: 80 },
          { x: 50, y: 20 },
        ],
        0,
        100,
        100,
      ),
    ).toBe('M0,100H10V80H50V20H100');
  });
});
