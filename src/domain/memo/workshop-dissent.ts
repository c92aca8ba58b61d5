import { nearlyEqual } from '../numeric/tolerance';
import { own } from '../records/own';
import type { Scenario } from '../scenario/schema';
import { number, percent } from '../text/format';
import { leadSentence } from '../workshop/leader-changes';
import { participantLabel } from '../workshop/participant-label';
import type { RoundAnalysis } from '../workshop/round-analysis';
import type { Workshop } from '../workshop/schema';
import { paragraph, type Block, type Run } from './memo-document';

/**
 * The dissent in a revealed round: whose own weights put another option
 * first than the group's do, and every view of a score or a probability that
 * differs from the scenario's, with the reason its participant gave.
 */
export function workshopDissentBlocks(scenario: Scenario, workshop: Workshop, round: RoundAnalysis): Block[] {
  const who = (id: string) => participantLabel(workshop, id);
  const blocks: Block[] = [];
  if (round.groupRanking) {
    blocks.push(paragraph(`${leadSentence(scenario, round.groupRanking.leaders, "the group's weights and plan")}.`));
    blocks.push(
      round.leaderChanges.length === 0
        ? paragraph("Every participant's own weights put the same option first.")
        : { kind: 'list', ordered: false, items: round.leaderChanges.map((c) => [{ text: `${leadSentence(scenario, c.leads, `${who(c.participant)}'s weights`)}.` }]) },
    );
  } else if (round.weights.length > 0) {
    blocks.push(paragraph("Without the group's weights there is no group ranking to dissent from."));
  }
  const views = [...scoreViewItems(scenario, round, who), ...probabilityViewItems(scenario, round, who)];
  blocks.push(
    ...(views.length > 0
      ? [paragraph("Views of scores and probabilities other than the scenario's, with the reasons given:"), { kind: 'list' as const, ordered: false, items: views }]
      : [paragraph("No participant gave a score or a probability other than the scenario's.")]),
  );
  return blocks;
}

function scoreViewItems(scenario: Scenario, round: RoundAnalysis, who: (id: string) => string): Run[][] {
  return round.scores.flatMap((summary) => {
    const option = scenario.options.find((o) => o.id === summary.option)!;
    const criterion = scenario.criteria.find((c) => c.id === summary.criterion)!;
    const start = own(option.baseline, criterion.id)!.score;
    return summary.views
      .filter((v) => !nearlyEqual(v.value, start))
      .map((v) => viewItem(who(v.participant), `${option.label} on ${criterion.label}: ${number(v.value)} rather than the scenario's ${number(start)} (on ${criterion.scale.min}–${criterion.scale.max}).`, v.reason));
  });
}

function probabilityViewItems(scenario: Scenario, round: RoundAnalysis, who: (id: string) => string): Run[][] {
  return round.probabilities.flatMap((summary) => {
    const option = scenario.options.find((o) => o.id === summary.option)!;
    const state = own(option.machine.states, summary.state);
    // Views come only from ballots that fit the scenario: about a branch of a chance state.
    if (state?.kind !== 'chance') return [];
    const branch = state.choices.find((c) => c.id === summary.branch)!;
    return summary.views
      .filter((v) => !nearlyEqual(v.value, branch.probability))
      .map((v) => viewItem(who(v.participant), `the probability of “${branch.label}” (${state.prompt}) in ${option.label}: ${percent(v.value)} rather than the scenario's ${percent(branch.probability)}.`, v.reason));
  });
}

function viewItem(participant: string, view: string, reason: string): Run[] {
  return [{ text: `${participant}: `, strong: true }, { text: `${view} Reason: ${reason.trim()}` }];
}
