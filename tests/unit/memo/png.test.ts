import { describe, expect, it } from 'vitest';
import { contributionsChart } from '../../../src/domain/memo/bar-chart-png';
import { crc32, encodePng } from '../../../src/domain/memo/png';
import { PALETTE } from '../../../src/ui/palette';
import { decodePng, type DecodedPng } from '../../support/png';

const BACKGROUND = new Set(['#FFFFFF', '#D0D0D0']);

/** The runs of one colour along line y, left to right, white and grid lines included. */
function runsAt(png: DecodedPng, y: number): Array<{ colour: string; from: number; length: number }> {
  const runs: Array<{ colour: string; from: number; length: number }> = [];
  for (let x = 0; x < png.width; x++) {
    const colour = png.colour(x, y);
    const last = runs.at(-1);
    if (last?.colour === colour) last.length++;
    else runs.push({ colour, from: x, length: 1 });
  }
  return runs;
}

/** A line through the middle of each bar, top to bottom. */
function barLines(png: DecodedPng): number[] {
  const crosses = (y: number) => runsAt(png, y).some((r) => !BACKGROUND.has(r.colour));
  const lines: number[] = [];
  for (let y = 0; y < png.height; y++) {
    if (!crosses(y)) continue;
    let end = y;
    while (end + 1 < png.height && crosses(end + 1)) end++;
    lines.push(Math.floor((y + end) / 2));
    y = end;
  }
  return lines;
}

describe('the PNG encoder', () => {
  it('computes the CRC-32 that PNG uses', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes pixels that a decoder reads back: signature, IHDR size, chunk CRCs and colours', () => {
    const pixels = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 12, 34, 56, 255, 255, 255, 0, 0, 0]);
    const png = decodePng(encodePng({ width: 3, height: 2, pixels }));
    expect([png.width, png.height]).toEqual([3, 2]);
    expect([png.colour(0, 0), png.colour(1, 0), png.colour(2, 0), png.colour(0, 1), png.colour(1, 1), png.colour(2, 1)]).toEqual(['#FF0000', '#00FF00', '#0000FF', '#0C2238', '#FFFFFF', '#000000']);
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(11) })).toThrow(/take 12 bytes, not 11/);
    expect(() => encodePng({ width: 0, height: 2, pixels: new Uint8Array(0) })).toThrow(/positive whole size/);
  });
});

describe('the contributions chart', () => {
  const criteria = Array.from({ length: 14 }, (_, j) => `criterion ${j}`);
  const block = {
    kind: 'contributions' as const,
    title: 'contributions',
    criteria,
    rows: [
      { label: 'first', values: [0.2, 0.1, 0, 0.3, ...Array<number>(10).fill(0)], total: 0.6 },
      { label: 'second', values: [...Array<number>(12).fill(0.02), 0.2, 0.1], total: 0.54 },
    ],
  };
  const chart = contributionsChart(block);
  const png = decodePng(chart.png);

  it('is drawn at twice the size it is shown at, one bar per option', () => {
    expect(png.width).toBe(chart.width * 2);
    expect(png.height).toBe(chart.height * 2);
    expect(barLines(png)).toHaveLength(2);
  });

  it('draws a bar as its criteria in their palette colours, in order, each as long as its contribution, with white between', () => {
    const y = barLines(png)[0]!;
    const runs = runsAt(png, y);
    const bars = runs.filter((r) => !BACKGROUND.has(r.colour));
    expect(bars.map((r) => r.colour)).toEqual([PALETTE[0], PALETTE[1], PALETTE[3]]);
    const fullScale = (bars.at(-1)!.from + bars.at(-1)!.length + 2 - bars[0]!.from) / 0.6;
    expect(bars.map((r) => r.length / fullScale)).toEqual([expect.closeTo(0.2, 2), expect.closeTo(0.1, 2), expect.closeTo(0.3, 2)]);
    // Two white pixels (one at the size shown) between neighbouring segments.
    for (let i = 1; i < bars.length; i++) {
      const before = bars[i - 1]!;
      expect(bars[i]!.from - (before.from + before.length)).toBe(2);
      expect(png.colour(before.from + before.length, y)).toBe('#FFFFFF');
    }
    expect(png.colour(png.width - 40, y)).toBe('#FFFFFF');
  });

  it('stripes the criteria past the palette with white, as the app does', () => {
    const runs = runsAt(png, barLines(png)[1]!);
    const pastPalette = runs.slice(runs.findLastIndex((r) => r.colour === PALETTE[11]) + 1);
    // Criteria 12 and 13 take the first two colours again, each broken by white stripes.
    for (const colour of [PALETTE[0], PALETTE[1]]) expect(pastPalette.filter((r) => r.colour === colour).length).toBeGreaterThan(3);
    expect(pastPalette.filter((r) => !BACKGROUND.has(r.colour)).every((r) => r.length <= 8)).toBe(true);
  });

  it('gives the same bytes for the same numbers', () => {
    expect(contributionsChart(structuredClone(block)).png).toEqual(chart.png);
  });
});
