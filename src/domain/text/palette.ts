/**
 * Criterion colours for contribution bars and legends. Twelve hues from
 * Okabe–Ito and Paul Tol's sets, some lightened or darkened, ordered so that
 * neighbours alternate dark and light: adjacent segments stay apart in
 * greyscale, and every colour (the first ten among themselves) stays apart
 * under protanopia, deuteranopia and tritanopia. tests/unit/ui/palette.test.ts
 * measures this; change a colour only with that test. Every bar also carries
 * its numbers as text, and segments are separated by gaps.
 */
const COLOURS = [
  '#5CB8D6', // Tol's cyan, 10 % darker
  '#0072B2', // Okabe–Ito blue
  '#44112B', // Tol's wine, 50 % darker
  '#ECB740', // Okabe–Ito orange, 25 % lighter
  '#225522', // Tol's dark green
  '#D55E00', // Okabe–Ito vermilion
  '#E4D692', // Tol's sand, 20 % lighter
  '#A23071', // Tol's purple, 5 % darker
  '#59A666', // Tol's green, 25 % lighter
  '#332288', // Tol's indigo
  '#BBCC33', // Tol's pear
  '#CC3311', // Tol's red
];

export const PALETTE: readonly string[] = COLOURS;

export function criterionColour(index: number): string {
  return COLOURS[index % COLOURS.length]!;
}

/**
 * A CSS background for criterion `index`: its colour, and past the palette's
 * length (a scenario with more criteria than colours) the same colour striped
 * with white, so that two criteria never look the same in a bar or a legend.
 */
export function criterionFill(index: number): string {
  const colour = criterionColour(index);
  return index < COLOURS.length ? colour : `repeating-linear-gradient(135deg, ${colour} 0 4px, #ffffff 4px 7px)`;
}
