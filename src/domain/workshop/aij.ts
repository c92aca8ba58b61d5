import { ahpIncomplete, type IncompleteAhpResult, type Judgement } from '../mcda/ahp';

/**
 * Aggregation of individual judgements (AIJ; Forman and Peniwati 1998): the
 * group's judgement of each pair is the geometric mean of the participants'
 * judgements of it, and the group's weights are the principal eigenvector of
 * the resulting matrix (by `ahpIncomplete`, the AHP of the weighting methods).
 * The geometric mean keeps the matrix reciprocal, which the arithmetic mean
 * would not (the mean of 3 and 1/3 is not the reciprocal of the mean of 1/3
 * and 3), and gives a group of identical members their own judgements.
 *
 * Participants may leave pairs out. Each pair is averaged over those who
 * judged it, not only over pairs everyone judged: each participant's own
 * judgements link every criterion, so the union of them does too, where the
 * pairs common to all may not link them at all (one person compares a–b and
 * b–c, another a–c and c–b: only b–c is common). A pair no one judged stays
 * missing, and Harker's method fills it from the weights.
 */
export function aggregateJudgements(n: number, participants: readonly (readonly Judgement[])[]): Judgement[] {
  const logSums = new Map<number, { sum: number; count: number }>();
  for (const judgements of participants) {
    // A participant's later judgement of a pair replaces an earlier one, as in `ahpIncomplete`.
    const mine = new Map<number, number>();
    for (const { a, b, value } of judgements) {
      if (!(a >= 0 && a < n && b >= 0 && b < n) || a === b) throw new RangeError(`a judgement compares two different items among the ${n}, not ${a + 1} and ${b + 1}`);
      mine.set(Math.min(a, b) * n + Math.max(a, b), a < b ? Math.log(value) : -Math.log(value));
    }
    for (const [pair, log] of mine) {
      const entry = logSums.get(pair) ?? { sum: 0, count: 0 };
      logSums.set(pair, { sum: entry.sum + log, count: entry.count + 1 });
    }
  }
  return [...logSums.entries()].sort(([p], [q]) => p - q).map(([pair, { sum, count }]) => ({ a: Math.floor(pair / n), b: pair % n, value: Math.exp(sum / count) }));
}

/** The group's AHP weights (with λmax, CI and CR) from the participants' pairwise judgements by AIJ. */
export function aijWeights(n: number, participants: readonly (readonly Judgement[])[]): IncompleteAhpResult {
  return ahpIncomplete(n, aggregateJudgements(n, participants));
}
