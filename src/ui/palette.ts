/**
 * Criterion colours for contribution bars: distinguishable on a projector and
 * for common colour-vision deficiencies (Okabe–Ito, then Tol's muted set);
 * every bar also carries its numbers as text.
 */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#332288', '#999933', '#882255', '#44AA99', '#AA4499', '#117733'];

export function criterionColour(index: number): string {
  return COLOURS[index % COLOURS.length]!;
}
