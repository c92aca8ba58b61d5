import { valueOnCurve, type ProbabilityThresholds } from '../../../domain/analysis';

/** A probability at which something the group cares about changes, as the probability rises. */
export type ThresholdFact =
  | { kind: 'decision'; p: number; state: string; from: string; to: string }
  /** `overtakes`: above `p` the option is ahead of the rival; otherwise it falls behind there. */
  | { kind: 'top'; p: number; overtakes: boolean };

/** Decision changes and changes of the top option together, left to right, as the chart numbers them. */
export function thresholdFacts(t: ProbabilityThresholds): ThresholdFact[] {
  const rival = t.rival;
  const facts: ThresholdFact[] = t.decisionChanges.map((d) => ({ kind: 'decision', ...d }));
  if (rival) for (const p of t.topChanges) facts.push({ kind: 'top', p, overtakes: aheadAfter(t.curve, p, rival.total) });
  return facts.sort((a, b) => a.p - b.p);
}

/** Whether the curve is above `level` just past p (judged just before p when p is 1, where nothing lies past it). */
function aheadAfter(curve: ProbabilityThresholds['curve'], p: number, level: number): boolean {
  const step = 1e-6;
  return p + step <= 1 ? valueOnCurve(curve, p + step) > level : valueOnCurve(curve, p - step) < level;
}
