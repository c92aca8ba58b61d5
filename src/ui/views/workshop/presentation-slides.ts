import type { Progress } from '../../../domain/analysis';
import { followPath } from '../../../domain/machine';
import { own } from '../../../domain/records/own';
import type { Scenario, State } from '../../../domain/scenario';

/** One screen of the presentation: one thing at a time, readable from the back of the room. */
export type Slide =
  | { kind: 'question'; option: number; state: State; stepsTaken: number }
  | { kind: 'ranking' }
  | { kind: 'spread'; round: number }
  | { kind: 'disagreement'; round: number };

export type SlideKind = Slide['kind'];

/**
 * The slides, in the order a facilitator runs a session: each option's
 * current question on the group's plan, then the ranking, then (once a round
 * has been revealed) the spread of the weights and the disagreement view for
 * the latest revealed round. Unrevealed ballots are never shown.
 */
export function presentationSlides(scenario: Scenario, progress: Progress, latestRevealed: number | undefined): Slide[] {
  const questions: Slide[] = scenario.options.map((option, i) => {
    const { valid, current } = followPath(option, own(progress, option.id) ?? []);
    return { kind: 'question', option: i, state: own(option.machine.states, current)!, stepsTaken: valid.length };
  });
  const rounds: Slide[] = latestRevealed === undefined ? [] : [{ kind: 'spread', round: latestRevealed }, { kind: 'disagreement', round: latestRevealed }];
  return [...questions, { kind: 'ranking' }, ...rounds];
}

/** The first slide of a kind, for the keys that jump to one; undefined when there is none (no round revealed yet). */
export function firstOfKind(slides: readonly Slide[], kind: SlideKind): number | undefined {
  const at = slides.findIndex((s) => s.kind === kind);
  return at < 0 ? undefined : at;
}
