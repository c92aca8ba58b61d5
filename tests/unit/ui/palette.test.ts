import { describe, expect, it } from 'vitest';
import { criterionColour, criterionFill, PALETTE } from '../../../src/domain/text/palette';
import { DEFICIENCIES, deltaE2000, greyOf, labOf, linearRgb, simulate, type Deficiency, type Lab } from '../../support/colour-vision';

/**
 * Can readers tell the criterion colours apart? Each colour is converted to
 * CIELAB as seen in normal vision, in greyscale (lightness alone), and by
 * dichromats simulated with Machado, Oliveira and Fernandes (2009) at
 * severity 1.0, and pairs are compared by CIEDE2000 (ΔE00; CIE 142-2001).
 *
 * Thresholds. ΔE00 ≈ 1 is a just-noticeable difference between large patches
 * side by side; marks as small as a bar segment need several times more to
 * be told apart reliably (Szafir 2017, "Modeling color difference for
 * visualization design", IEEE TVCG 24(1), which finds about 5–6 for small
 * marks). So:
 * - in colour (normal vision and each deficiency), adjacent colours and every
 *   pair among the first ten (a bar skips a criterion that adds nothing, so
 *   any two of them can meet): ΔE00 ≥ 10;
 * - in greyscale, adjacent colours (neighbouring segments): ΔE00 ≥ 20, a
 *   plain light-against-dark step;
 * - in greyscale, every pair among the first ten: ΔE00 ≥ 5. Ten lightness
 *   levels between the darkest useful colour and the lightest that still
 *   shows on white cannot all be 10 apart (L* 14 to 85 leaves steps of about
 *   8, and ΔE00 shrinks lightness differences towards both ends).
 */
const COLOUR_MIN = 10;
const GREY_ADJACENT_MIN = 20;
const GREY_ANY_MIN = 5;
/** Every colour must also stand out from the white gaps between segments and the page. */
const WHITE_MIN = 20;

type Vision = 'normal' | Deficiency;
const VISIONS: Vision[] = ['normal', ...(Object.keys(DEFICIENCIES) as Deficiency[])];

function seenAs(hex: string, vision: Vision): Lab {
  const rgb = linearRgb(hex);
  return labOf(vision === 'normal' ? rgb : simulate(rgb, vision));
}

/** Adjacent indices (wrapping round, as `criterionColour` does past the last) and every pair among the first ten. */
function pairsToCheck(count: number): { adjacent: Array<[number, number]>; firstTen: Array<[number, number]> } {
  const adjacent = Array.from({ length: count }, (_, i) => [i, (i + 1) % count] as [number, number]);
  const firstTen: Array<[number, number]> = [];
  for (let i = 0; i < Math.min(10, count); i++) for (let j = i + 1; j < Math.min(10, count); j++) firstTen.push([i, j]);
  return { adjacent, firstTen };
}

/** Every pair closer than its threshold, described for a failure message. */
function tooClose(palette: readonly string[]): string[] {
  const { adjacent, firstTen } = pairsToCheck(palette.length);
  const problems: string[] = [];
  const check = (pairs: Array<[number, number]>, min: number, distance: (a: string, b: string) => number, what: string) => {
    for (const [i, j] of pairs) {
      const d = distance(palette[i]!, palette[j]!);
      if (d < min) problems.push(`${what}: ${i} ${palette[i]} and ${j} ${palette[j]} are ${d.toFixed(2)} apart (< ${min})`);
    }
  };
  for (const vision of VISIONS) check([...adjacent, ...firstTen], COLOUR_MIN, (a, b) => deltaE2000(seenAs(a, vision), seenAs(b, vision)), vision);
  const grey = (a: string, b: string) => deltaE2000(greyOf(seenAs(a, 'normal')), greyOf(seenAs(b, 'normal')));
  check(adjacent, GREY_ADJACENT_MIN, grey, 'greyscale, adjacent');
  check(firstTen, GREY_ANY_MIN, grey, 'greyscale');
  return problems;
}

describe('the colour maths', () => {
  it('gives CIEDE2000 as in Sharma, Wu and Dalal (2005), table 1 (pairs 1, 2, 7, 17–20, 25)', () => {
    const cases: Array<[Lab, Lab, number]> = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [61, -5, 29], 22.8977],
      [[50, 2.5, 0], [56, -27, -3], 31.903],
      [[50, 2.5, 0], [58, 24, 15], 19.4535],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    ];
    for (const [a, b, expected] of cases) {
      expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
      expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
    }
  });

  it('puts sRGB white at L* 100 and leaves greys grey under every simulated deficiency (each matrix row sums to 1)', () => {
    const white = labOf(linearRgb('#FFFFFF'));
    expect(white[0]).toBeCloseTo(100, 3);
    for (const deficiency of Object.keys(DEFICIENCIES) as Deficiency[]) {
      const grey = seenAs('#777777', deficiency);
      expect(deltaE2000(grey, seenAs('#777777', 'normal'))).toBeLessThan(0.01);
    }
  });

  it('merges a red and a green of about equal lightness for a deuteranope and a protanope, but not for a tritanope', () => {
    // Vermilion (L* 54) and olive (L* 56): about 37 apart in normal vision, 2.4 for a deuteranope, 8 for a protanope, 27 for a tritanope.
    const [red, green] = ['#D55E00', '#858C00'];
    expect(deltaE2000(seenAs(red, 'normal'), seenAs(green, 'normal'))).toBeGreaterThan(30);
    expect(deltaE2000(seenAs(red, 'deuteranopia'), seenAs(green, 'deuteranopia'))).toBeLessThan(COLOUR_MIN);
    expect(deltaE2000(seenAs(red, 'protanopia'), seenAs(green, 'protanopia'))).toBeLessThan(COLOUR_MIN);
    expect(deltaE2000(seenAs(red, 'tritanopia'), seenAs(green, 'tritanopia'))).toBeGreaterThan(COLOUR_MIN);
  });
});

describe('the criterion palette', () => {
  it('has at least 12 colours, and repeats them in order past the last', () => {
    expect(PALETTE.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(criterionColour(PALETTE.length)).toBe(PALETTE[0]);
  });

  it('keeps adjacent colours, and any two of the first ten, apart in normal vision, greyscale and each simulated deficiency', () => {
    expect(tooClose(PALETTE)).toEqual([]);
  });

  it('keeps every colour clear of the white between segments', () => {
    const white = labOf(linearRgb('#FFFFFF'));
    for (const colour of PALETTE) expect(deltaE2000(seenAs(colour, 'normal'), white), colour).toBeGreaterThanOrEqual(WHITE_MIN);
  });

  it('would have caught the palette it replaced, where escalation and personnel risk (3rd and 4th) merged in greyscale', () => {
    const before = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#332288', '#999933', '#882255', '#44AA99', '#AA4499', '#117733'];
    const problems = tooClose(before);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^greyscale, adjacent: 2 #009E73 and 3 #CC79A7 are 2\.93 apart/)]));
    expect(problems.length).toBeGreaterThan(10);
  });
});

describe('criteria beyond the palette', () => {
  it('are striped, so that no two of up to twice the palette look alike', () => {
    const fills = Array.from({ length: 2 * PALETTE.length }, (_, i) => criterionFill(i));
    expect(new Set(fills).size).toBe(fills.length);
    expect(criterionFill(PALETTE.length)).toMatch(/^repeating-linear-gradient\(/);
  });
});
