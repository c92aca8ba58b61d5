import type { Scenario } from '../scenario/schema';
import type { ParticipantBallot } from './round-ballots';
import { spread, type Spread } from './statistics';

/** Each participant's view of one thing, with the reason they gave. */
export interface View {
  participant: string;
  value: number;
  reason: string;
}

/** The group's view of an option's score on a criterion: mean and median with their spread, and every view behind them. */
export interface ScoreViewSummary {
  option: string;
  criterion: string;
  spread: Spread;
  views: View[];
}

/** The group's view of one branch's probability. Per branch, so a state's means still sum to 1 when everyone gave every branch; its medians need not. */
export interface ProbabilityViewSummary {
  option: string;
  state: string;
  branch: string;
  spread: Spread;
  views: View[];
}

/** Score views by option and criterion, in scenario order, for those someone gave a view of. */
export function groupScoreViews(scenario: Scenario, ballots: readonly ParticipantBallot[]): ScoreViewSummary[] {
  return scenario.options.flatMap((option) =>
    scenario.criteria.flatMap((criterion) => {
      const views = ballots.flatMap(({ participant, judgements }) =>
        judgements.scores.filter((v) => v.option === option.id && v.criterion === criterion.id).map((v) => ({ participant, value: v.score, reason: v.reason })),
      );
      return summarised(views, { option: option.id, criterion: criterion.id });
    }),
  );
}

/** Probability views by option, chance state (in the option's order) and branch, for those someone gave a view of. */
export function groupProbabilityViews(scenario: Scenario, ballots: readonly ParticipantBallot[]): ProbabilityViewSummary[] {
  return scenario.options.flatMap((option) =>
    Object.entries(option.machine.states).flatMap(([stateId, state]) =>
      state.kind !== 'chance'
        ? []
        : state.choices.flatMap((branch) => {
            const views = ballots.flatMap(({ participant, judgements }) =>
              judgements.probabilities.filter((v) => v.option === option.id && v.state === stateId && v.branch === branch.id).map((v) => ({ participant, value: v.probability, reason: v.reason })),
            );
            return summarised(views, { option: option.id, state: stateId, branch: branch.id });
          }),
    ),
  );
}

function summarised<T extends object>(views: View[], about: T): Array<T & { spread: Spread; views: View[] }> {
  return views.length === 0 ? [] : [{ ...about, spread: spread(views.map((v) => v.value)), views }];
}
