import type { Scenario } from '../scenario/schema';
import { workshopContentHash } from '../workshop/content-hash';
import { weightMovement, type WeightMovement } from '../workshop/movement';
import { analyseRound, type RoundAnalysis } from '../workshop/round-analysis';
import type { Workshop } from '../workshop/schema';

/**
 * What the memo reports of a workshop, worked out from its revealed rounds
 * alone: a round the group has not seen revealed stays out of the memo, which
 * tells a principal what the room saw. Apart from the memo's text, as
 * `memoFigures` is, so the app's preview does not rank every participant's
 * options again on every keystroke.
 */
export interface WorkshopFindings {
  workshop: Workshop;
  /** SHA-256 of the workshop's content, for the appendix. */
  hash: string;
  /** Each revealed round's analysis, oldest first. */
  rounds: RoundAnalysis[];
  /** From the first revealed round to the latest, once two have been revealed: the net movement of the whole workshop. */
  movement?: { from: number; to: number; moves: WeightMovement[] };
}

export function workshopFindings(scenario: Scenario, workshop: Workshop): WorkshopFindings {
  const revealed = workshop.rounds.filter((r) => r.revealed).map((r) => r.number);
  const first = revealed[0];
  const last = revealed.at(-1);
  return {
    workshop,
    hash: workshopContentHash(workshop),
    rounds: revealed.map((n) => analyseRound(scenario, workshop, n)),
    ...(first !== undefined && last !== undefined && last > first ? { movement: { from: first, to: last, moves: weightMovement(scenario, workshop, first, last) } } : {}),
  };
}
