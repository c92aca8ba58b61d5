import { weightsInForce } from '../mcda/weights-in-force';
import { above, below, exactText } from '../numeric/tolerance';
import { own } from '../records/own';
import type { Scenario } from '../scenario/schema';
import { normaliseWeights } from '../scoring/weights';
import type { Weighting } from '../session/schema';
import { q } from '../text/quote';
import type { Judgements } from './schema';

/**
 * What keeps judgements from counting in this scenario, in words for the
 * person who made them: weights or views about criteria, options, states or
 * branches the scenario does not have, a weighting method whose inputs cannot
 * give weights yet (it would silently count the direct weights instead), no
 * positive weight, a score off its criterion's scale. Empty when they fit.
 */
export function judgementProblems(judgements: Judgements, scenario: Scenario): string[] {
  const problems = weightingProblems(judgements.weighting, scenario);
  for (const view of judgements.scores) {
    const option = scenario.options.find((o) => o.id === view.option);
    const criterion = scenario.criteria.find((c) => c.id === view.criterion);
    if (!option) problems.push(`a score view is about option ${q(view.option)}, which the scenario does not have`);
    if (!criterion) problems.push(`a score view is about criterion ${q(view.criterion)}, which the scenario does not have`);
    if (option && criterion && (below(view.score, criterion.scale.min) || above(view.score, criterion.scale.max))) {
      problems.push(`the score view of ${q(option.label)} on ${q(criterion.label)} is ${exactText(view.score)}, off the criterion's scale of ${exactText(criterion.scale.min)} to ${exactText(criterion.scale.max)}`);
    }
  }
  for (const view of judgements.probabilities) {
    const option = scenario.options.find((o) => o.id === view.option);
    const state = option ? own(option.machine.states, view.state) : undefined;
    if (!option) problems.push(`a probability view is about option ${q(view.option)}, which the scenario does not have`);
    else if (state?.kind !== 'chance') problems.push(`a probability view is about ${q(view.state)} in ${q(option.label)}, which is not an uncertain outcome there`);
    else if (!state.choices.some((c) => c.id === view.branch)) problems.push(`a probability view is about branch ${q(view.branch)} of ${q(state.prompt)}, which has no such branch`);
  }
  return problems;
}

function weightingProblems(weighting: Weighting, scenario: Scenario): string[] {
  const known = new Set(scenario.criteria.map((c) => c.id));
  const named = [weighting.direct, weighting.points, weighting.ranking, weighting.swing].flatMap((record) => Object.keys(record ?? {}));
  const judged = (weighting.ahp ?? []).flatMap((j) => [j.a, j.b]);
  const unknown = [...new Set([...named, ...judged])].filter((id) => !known.has(id));
  const problems = unknown.map((id) => `the weights name criterion ${q(id)}, which the scenario does not have`);
  if ((weighting.ahp ?? []).some((j) => j.a === j.b)) problems.push('a pairwise comparison compares a criterion with itself');
  if (problems.length > 0) return problems;
  const inForce = weightsInForce(weighting, scenario.criteria);
  if (inForce.fallback) return [`the weights cannot count yet: ${inForce.fallback}`];
  try {
    normaliseWeights(scenario.criteria, inForce.weights);
  } catch (error) {
    return [`the weights cannot count: ${(error as Error).message}`];
  }
  return [];
}
