import { choiceLabel, promptOf } from '../../../domain/scenario/labels';
import type { Scenario } from '../../../domain/scenario';
import type { TornadoBar } from '../../../domain/sensitivity';
import { number, percent } from '../../../domain/text/format';
import { isolate } from '../../components/ScenarioText';

/**
 * A tornado bar in words, on two lines. `subject` is one piece of scenario
 * text between the app's words; `detail` may join several, each isolated for
 * direction already, so it can be shown as one string.
 */
export interface BarWords {
  before: string;
  subject: string;
  after: string;
  detail: string;
  /** The range the figure moves across, in its own units. */
  range: string;
}

/** The words for what one bar moves: a weight, an option's score (at the start or after a choice), or a chance branch's probability. */
export function barWords(scenario: Scenario, bar: TornadoBar, weights: readonly number[]): BarWords {
  const criterion = bar.criterion === undefined ? '' : scenario.criteria[bar.criterion]!.label;
  if (bar.kind === 'weight') {
    return { before: 'Weight on ', subject: criterion, after: '', detail: `now ${percent(weights[bar.criterion!]!, 0)}`, range: `${percent(bar.low, 1)} to ${percent(bar.high, 1)}` };
  }
  const option = scenario.options[bar.option!]!;
  if (bar.kind === 'probability') {
    const state = bar.state!;
    return { before: '', subject: option.label, after: ': probability', detail: `${isolate(choiceLabel(option, state, bar.branch!))} at ${isolate(promptOf(option, state))}`, range: `${percent(bar.low, 1)} to ${percent(bar.high, 1)}` };
  }
  if (bar.choice === undefined) {
    return { before: '', subject: option.label, after: ': starting score', detail: isolate(criterion), range: `${number(bar.low)} to ${number(bar.high)}` };
  }
  // The domain names a choice "state.choice"; ids cannot hold a dot (see the scenario schema), so the first dot splits them.
  const dot = bar.choice.indexOf('.');
  const [state, choice] = [bar.choice.slice(0, dot), bar.choice.slice(dot + 1)];
  return {
    before: '',
    subject: option.label,
    after: ': effect on a score',
    detail: `${isolate(criterion)} after ${isolate(choiceLabel(option, state, choice))} at ${isolate(promptOf(option, state))}`,
    range: `${number(bar.low, 2, true)} to ${number(bar.high, 2, true)}`,
  };
}
