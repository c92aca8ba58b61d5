import type { IncompleteAhpResult } from '../mcda/ahp';
import { aijWeights } from './aij';
import type { ParticipantWeights } from './participant-weights';
import type { Aggregation } from './schema';
import { mean, median } from './statistics';

/** Each criterion's column of the participants' weights; throws unless there is at least one row and all are as long. */
function columns(rows: readonly (readonly number[])[]): number[][] {
  if (rows.length === 0) throw new RangeError('group weights need at least one participant\'s weights');
  const n = rows[0]!.length;
  if (rows.some((r) => r.length !== n)) throw new RangeError('every participant\'s weights must cover the same criteria');
  return Array.from({ length: n }, (_, j) => rows.map((r) => r[j]!));
}

/** The arithmetic mean of each criterion's normalised weights; it sums to 1 as each participant's weights do. */
export function meanWeights(rows: readonly (readonly number[])[]): number[] {
  return columns(rows).map(mean);
}

/**
 * The median of each criterion's normalised weights, scaled to sum to 1.
 * Medians taken criterion by criterion need not sum to 1 (three people each
 * putting 0.6 on a different one of three criteria have medians of 0.2 each);
 * only proportions matter to a weighted sum, so scaling keeps what the medians
 * say about each criterion against the others. When every median is 0 (most
 * of the group gave each criterion nothing, each putting its weight
 * elsewhere) there are no proportions to keep: undefined.
 */
export function medianWeights(rows: readonly (readonly number[])[]): number[] | undefined {
  const medians = columns(rows).map(median);
  const total = medians.reduce((a, b) => a + b, 0);
  return total > 0 ? medians.map((m) => m / total) : undefined;
}

export type GroupWeights = { ok: true; aggregation: Aggregation; weights: number[]; ahp?: IncompleteAhpResult } | { ok: false; aggregation: Aggregation; why: string };

/** The group's weights (normalised, in criterion order) by the aggregation asked for, or why it cannot give them. */
export function groupWeights(entries: readonly ParticipantWeights[], aggregation: Aggregation): GroupWeights {
  if (entries.length === 0) return { ok: false, aggregation, why: 'there are no weights to combine yet' };
  const rows = entries.map((e) => e.weights);
  switch (aggregation) {
    case 'mean':
      return { ok: true, aggregation, weights: meanWeights(rows) };
    case 'median': {
      const weights = medianWeights(rows);
      return weights
        ? { ok: true, aggregation, weights }
        : { ok: false, aggregation, why: 'every criterion has a median weight of 0, so the medians give no proportions; use the mean' };
    }
    case 'aij': {
      const others = entries.filter((e) => !e.pairwise).length;
      if (others > 0) return { ok: false, aggregation, why: `the geometric mean of pairwise judgements needs everyone's weights from pairwise comparisons; ${others} of ${entries.length} came from another method` };
      const ahp = aijWeights(rows[0]!.length, entries.map((e) => e.pairwise!));
      return { ok: true, aggregation, weights: ahp.weights, ahp };
    }
  }
}
