import { mulberry32 } from '../analysis/value-of-information';

/**
 * Seeded draws for the Monte Carlo: the same seed gives the same numbers on
 * every machine, so figures can be recorded with their seed and reproduced.
 */
export interface Random {
  uniform(): number;
  /** Triangular on [low, high] with its mode at `mode`. */
  triangular(low: number, mode: number, high: number): number;
  /** Gamma(shape, 1) (Marsaglia and Tsang 2000; shapes below 1 by the boost U^(1/shape)). */
  gamma(shape: number): number;
  /** A point of the simplex from Dirichlet(alpha): all 1s give the uniform distribution on it. */
  dirichlet(alpha: ArrayLike<number>, into: Float64Array): Float64Array;
}

export function seededRandom(seed: number): Random {
  const uniform = mulberry32(seed);
  let spare: number | undefined;
  const normal = () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform() || Number.MIN_VALUE, 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  return {
    uniform,
    triangular(low, mode, high) {
      if (high <= low) return mode;
      const u = uniform();
      const split = (mode - low) / (high - low);
      return u < split ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    },
    gamma,
    dirichlet(alpha, into) {
      let total = 0;
      for (let j = 0; j < alpha.length; j++) {
        // Shape 1 is the exponential distribution: cheaper than the general method.
        const g = alpha[j] === 1 ? -Math.log(1 - uniform()) : gamma(alpha[j]!);
        into[j] = g;
        total += g;
      }
      for (let j = 0; j < alpha.length; j++) into[j] = into[j]! / total;
      return into;
    },
  };
}
