import { TOLERANCE } from '../numeric/tolerance';

/** A straight line over a parameter t in [0, 1]: the value of one fixed strategy as t moves. */
export interface Line {
  at0: number;
  at1: number;
  strategy: Int32Array;
}

export const lineValue = (line: Line, t: number) => line.at0 + (line.at1 - line.at0) * t;

/** A piece of an upper envelope: from `start` to the next piece's start (or 1), the value follows `line`. */
export interface Piece {
  start: number;
  line: Line;
}

/**
 * The upper envelope over t in [0, 1] of the lines of all strategies, where
 * the value at each t is the best strategy's. It is convex and piecewise
 * linear; found exactly by bisecting between the strategies best at each end
 * (each new best strategy splits the interval), so the work grows with the
 * number of pieces, not of strategies. `bestAt(t)` must return the best
 * strategy at t; `lineOf(s)` its values at t = 0 and t = 1.
 */
export function upperEnvelope(bestAt: (t: number) => Int32Array, lineOf: (strategy: Int32Array) => Line): Piece[] {
  const same = (l: Line, m: Line) => Math.abs(l.at0 - m.at0) <= TOLERANCE && Math.abs(l.at1 - m.at1) <= TOLERANCE;
  const first = lineOf(bestAt(0));
  const pieces: Piece[] = [{ start: 0, line: first }];
  const split = (a: number, la: Line, z: number, lz: Line, depth: number) => {
    if (same(la, lz)) return;
    const slopeGap = la.at1 - la.at0 - (lz.at1 - lz.at0);
    const cross = Math.abs(slopeGap) < 1e-15 ? (a + z) / 2 : (lz.at0 - la.at0) / slopeGap;
    const t = Math.min(z, Math.max(a, cross));
    const lt = lineOf(bestAt(t));
    if (depth > 60 || same(lt, la) || same(lt, lz) || lineValue(lt, t) <= lineValue(la, t) + TOLERANCE) {
      pieces.push({ start: t, line: lz });
      return;
    }
    split(a, la, t, lt, depth + 1);
    split(t, lt, z, lz, depth + 1);
  };
  split(0, first, 1, lineOf(bestAt(1)), 0);
  return pieces;
}

/** The value of an envelope at t. */
export function envelopeValue(pieces: readonly Piece[], t: number): number {
  let piece = pieces[0]!;
  for (const p of pieces) if (p.start <= t) piece = p;
  return lineValue(piece.line, t);
}
