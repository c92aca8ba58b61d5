import { lineValue, upperEnvelope, type Piece } from '../analysis/envelope';
import { strategyUnder, valueOfStrategy, type WeightModel } from './weight-model';

/**
 * The weights as criterion k's weight runs from 0 to 1 and the others keep
 * their proportions (if k held all the weight, the others share the rest
 * equally).
 */
export function weightsWith(weights: readonly number[], k: number, t: number): Float64Array {
  const rest = 1 - weights[k]!;
  const out = new Float64Array(weights.length);
  for (let j = 0; j < weights.length; j++) out[j] = j === k ? t : rest > 1e-12 ? (weights[j]! * (1 - t)) / rest : (1 - t) / (weights.length - 1);
  return out;
}

/** An option's expected total as criterion k's weight runs from 0 to 1: exact, piecewise linear (its plan may change on the way). */
export function valueAlongWeight(model: WeightModel, weights: readonly number[], k: number): Piece[] {
  const at0 = weightsWith(weights, k, 0);
  const at1 = weightsWith(weights, k, 1);
  return upperEnvelope(
    (t) => strategyUnder(model, weightsWith(weights, k, t)),
    (strategy) => ({ at0: valueOfStrategy(model, at0, strategy), at1: valueOfStrategy(model, at1, strategy), strategy }),
  );
}

/**
 * Where `a − b` crosses 0 for two piecewise-linear curves, nearest to t0 on
 * each side: both are linear between their corners, so the difference is
 * linear between the union of corners and each root is exact.
 */
export function nearestCrossings(a: readonly Piece[], b: readonly Piece[], t0: number): { below?: number; above?: number } {
  const corners = [...new Set([0, 1, ...a.map((p) => p.start), ...b.map((p) => p.start)])].sort((x, y) => x - y);
  let below: number | undefined;
  let above: number | undefined;
  for (let i = 0; i + 1 < corners.length; i++) {
    const [l, r] = [corners[i]!, corners[i + 1]!];
    // Within [l, r] both curves follow one line each: evaluate those lines, not the envelopes, so the root is exact.
    const mid = (l + r) / 2;
    const pa = pieceAt(a, mid);
    const pb = pieceAt(b, mid);
    const gl = lineValue(pa.line, l) - lineValue(pb.line, l);
    const gr = lineValue(pa.line, r) - lineValue(pb.line, r);
    if ((gl > 0 && gr > 0) || (gl < 0 && gr < 0) || gl === gr) continue;
    const root = l + ((r - l) * gl) / (gl - gr);
    if (root > t0 + 1e-12) above = above === undefined ? root : Math.min(above, root);
    else if (root < t0 - 1e-12) below = below === undefined ? root : Math.max(below, root);
  }
  return { below, above };
}

function pieceAt(pieces: readonly Piece[], t: number): Piece {
  let piece = pieces[0]!;
  for (const p of pieces) if (p.start <= t) piece = p;
  return piece;
}
