// The app's criterion colours (plain data, no React), so that the memo's bars look like the app's.
import { criterionColour, PALETTE } from '../text/palette';
import type { Block } from './memo-document';
import { encodePng } from './png';

type Contributions = Extract<Block, { kind: 'contributions' }>;

/** A chart as a PNG, and the size to show it at in CSS pixels (the image has `SCALE` times as many, to stay sharp in print). */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

const SCALE = 2;
const WIDTH = 600;
const PAD = 8;
const BAR = 20;
const GAP = 10;
/** Many options make thinner bars rather than a chart taller than a page. */
const MAX_HEIGHT = 720;
/** White between neighbouring segments, as in the app's bars, so that two dark colours never merge. */
const SEGMENT_GAP = 1;
/** Grid lines every 25 points out of 100, so that lengths can be read without labels (the numbers are in the table). */
const GRID_STEPS = 4;
const WHITE = [0xff, 0xff, 0xff] as const;
const GRID = [0xd0, 0xd0, 0xd0] as const;

/**
 * The contributions as stacked horizontal bars, one per option in the
 * block's order, each segment a criterion in its palette colour, on a fixed
 * scale of 0 to 100 points so that bars compare across memos. Past the
 * palette's length a criterion's colour is striped with white, as in the app
 * (`criterionFill`). No text is drawn: the labels and numbers go in the table
 * beside the image, where they can be read, searched and copied.
 */
export function contributionsChart(block: Contributions): ChartImage {
  const rows = Math.max(1, block.rows.length);
  const pitch = Math.max(1, Math.min(BAR + GAP, Math.floor((MAX_HEIGHT - 2 * PAD + GAP) / rows)));
  const bar = Math.max(1, Math.round((pitch * BAR) / (BAR + GAP)));
  const gap = pitch - bar;
  const height = 2 * PAD + rows * pitch - gap;
  const canvas = new Raster(WIDTH * SCALE, height * SCALE);
  const plotLeft = PAD * SCALE;
  const plotWidth = (WIDTH - 2 * PAD) * SCALE;
  for (let step = 0; step <= GRID_STEPS; step++) {
    const x = plotLeft + Math.round((plotWidth * step) / GRID_STEPS) - (step === GRID_STEPS ? SCALE : 0);
    canvas.fill(x, 0, SCALE, canvas.height, () => GRID);
  }
  block.rows.forEach((row, r) => {
    const top = (PAD + r * pitch) * SCALE;
    let start = 0;
    row.values.forEach((value, criterion) => {
      if (!(value > 0)) return;
      const x0 = plotLeft + Math.round(Math.min(1, start) * plotWidth);
      const x1 = plotLeft + Math.round(Math.min(1, start + value) * plotWidth);
      start += value;
      const width = x1 - x0 - SEGMENT_GAP * SCALE;
      if (width > 0) canvas.fill(x0, top, width, bar * SCALE, segmentPaint(criterion));
    });
  });
  return { png: canvas.png(), width: WIDTH, height };
}

type Paint = (x: number, y: number) => readonly [number, number, number];

/** A criterion's colour, striped diagonally with white past the palette (4 px of colour, 3 of white, as the app's stripes). */
function segmentPaint(criterion: number): Paint {
  const colour = rgb(criterionColour(criterion));
  if (criterion < PALETTE.length) return () => colour;
  return (x, y) => ((x + y) % (7 * SCALE) < 4 * SCALE ? colour : WHITE);
}

function rgb(hex: string): readonly [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** An RGB pixel buffer on white, with filled rectangles: all a bar chart needs. */
class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(0xff);
  }

  fill(left: number, top: number, width: number, height: number, paint: Paint): void {
    const x0 = Math.max(0, left);
    const x1 = Math.min(this.width, left + width);
    const y1 = Math.min(this.height, top + height);
    for (let y = Math.max(0, top); y < y1; y++) {
      for (let x = x0; x < x1; x++) this.pixels.set(paint(x, y), (y * this.width + x) * 3);
    }
  }

  png(): Uint8Array {
    return encodePng({ width: this.width, height: this.height, pixels: this.pixels });
  }
}
