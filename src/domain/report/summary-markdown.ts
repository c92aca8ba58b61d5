import type { ScenarioAnalysis } from '../analysis/analyse-scenario';
import { describePath } from '../machine/describe';
import { own } from '../records/own';
import { choiceLabel, promptOf } from '../scenario/labels';
import type { Scenario } from '../scenario/schema';
import { effectList } from '../scoring/effect-list';
import type { Evaluation } from '../scoring/evaluate';
import type { MonteCarloResult } from '../sensitivity/monte-carlo';
import type { StabilityResult } from '../sensitivity/stability';
import type { Tornado, TornadoBar } from '../sensitivity/tornado';
import { chance, number, percent, plural, points, pointsDifference, rankLabel } from '../text/format';
import { mdInline, mdLine } from '../text/markdown';

export interface SummaryInput {
  scenario: Scenario;
  scenarioHash: string;
  /** The scores along each stepped path (the "Now" column). */
  evaluation: Evaluation;
  analysis: ScenarioAnalysis;
  /** Weight stability, the tornado and, once computed, the Monte Carlo rank acceptability (with its seed). */
  sensitivity?: { stability: StabilityResult; tornado?: Tornado; acceptability?: MonteCarloResult };
  /** The date the summary is made, YYYY-MM-DD; passed in so output repeats exactly. */
  date: string;
}

/**
 * A short Markdown account of the analysis as it stands: both rankings (by
 * expected value, and as stepped), what is most worth knowing, the weights,
 * and for each option its plan, the path taken (with why each step moved the
 * scores) and the scores it earned.
 */
export function renderSummaryMarkdown({ scenario, scenarioHash, evaluation, analysis, sensitivity, date }: SummaryInput): string {
  const { criteria } = scenario;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const label = (i: number) => mdInline(scenario.options[i]!.label);
  const baseline = scenario.options.findIndex((o) => o.id === scenario.baselineOption);

  push(`# ${mdInline(scenario.title)}: analysis summary`, '');
  push(`Made ${date} with policy-options from scenario \`${scenario.id}\` version ${mdInline(scenario.version)} (content SHA-256 \`${scenarioHash.slice(0, 16)}\`).`, '');
  const { source } = scenario;
  push(`Source: ${mdInline(source.title)}, ${mdInline(source.author)}, ${mdInline(source.organisation)}${source.series ? `, ${mdInline(source.series)}` : ''}, ${source.date}.`, '');

  push('## Ranking by expected value', '');
  push(
    "Values are out of 100: the weighted sum of scores normalised so that 100 is best on every criterion. The expected value weighs every uncertain outcome by its probability, under each option's plan: the group's own decisions, and the choice with the highest expected value wherever the group made none. The range runs from the lowest to the highest value the option can reach at all." +
      (baseline >= 0 ? ` Gaps are against the baseline, ${label(baseline)}.` : ''),
    '',
  );
  push(`| Rank | Option | Expected | Range | ${baseline >= 0 ? 'vs baseline | ' : ''}Plan |`, `|---:|---|---:|---|${baseline >= 0 ? '---:|' : ''}---|`);
  for (const i of analysis.expected.order) {
    const o = analysis.options[i]!;
    const gap = baseline < 0 ? '' : i === baseline ? '(baseline) | ' : `${pointsDifference(o.expected.total - analysis.options[baseline]!.expected.total)} | `;
    const yours = o.plan.filter((d) => d.by === 'group').length;
    const plan = `${plural(o.plan.length, 'decision')}${yours > 0 ? `, ${yours} by the group` : ''}${o.known.length > 0 ? `; ${plural(o.known.length, 'outcome')} known` : ''}`;
    push(`| ${rankLabel(analysis.expected.rank[i]!, analysis.expected.tied[i]!)} | ${label(i)} | ${points(o.expected.total)} | ${points(o.worst)}–${points(o.best)} | ${gap}${plan} |`);
  }
  push('');

  push('## Ranking as stepped (what-if)', '');
  push('Each option valued with the outcomes the group assumed while stepping taken as given, and its plan beyond the point reached. This is a what-if, not a forecast: the probability column says how likely the assumed outcomes are.', '');
  push('| Rank | Option | As stepped | Assumed outcomes | Path |', '|---:|---|---:|---:|---|');
  for (const i of analysis.asStepped.order) {
    const o = analysis.options[i]!;
    const steps = evaluation.options[i]!.path.length;
    const assumed = steps === 0 ? 'none' : chance(o.asStepped.probability);
    push(`| ${rankLabel(analysis.asStepped.rank[i]!, analysis.asStepped.tied[i]!)} | ${label(i)} | ${points(o.asStepped.total)} | ${assumed} | ${o.asStepped.finished ? 'complete' : `${plural(steps, 'step')}, then the plan`} |`);
  }
  push('');

  const worthKnowing = analysis.mostWorthKnowing.filter((v) => v.value > 0).slice(0, 5);
  if (worthKnowing.length > 0) {
    push('## Most worth knowing before deciding', '');
    push("The expected value of perfect information: how much an option's expected value would rise if the outcome were known before the group's first decision in it (points out of 100).", '');
    push('| Option | Uncertainty | Worth |', '|---|---|---:|');
    for (const v of worthKnowing) {
      const i = scenario.options.findIndex((o) => o.id === v.optionId);
      const state = own(scenario.options[i]!.machine.states, v.state);
      push(`| ${label(i)} | ${mdInline(state && state.kind !== 'outcome' ? state.prompt : v.state)} | ${points(v.value, 2)} |`);
    }
    push('');
  }

  if (sensitivity) pushRobustness(push, scenario, sensitivity);

  push('## Criteria and weights', '');
  push('| Criterion | Better when | Scale | Weight |', '|---|---|---|---:|');
  criteria.forEach((c, j) => push(`| ${mdInline(c.label)} | ${c.direction === 'benefit' ? 'higher' : 'lower'} | ${c.scale.min}–${c.scale.max} | ${percent(analysis.weights[j]!)} |`));
  push('');

  push('## Options', '');
  for (const i of analysis.expected.order) {
    const option = scenario.options[i]!;
    const o = analysis.options[i]!;
    const e = evaluation.options[i]!;
    push(`### ${rankLabel(analysis.expected.rank[i]!, analysis.expected.tied[i]!)}. ${label(i)} (expected ${points(o.expected.total)})`, '', mdLine(option.summary), '');
    push('Plan:', '');
    o.plan.forEach((d, k) => push(`${k + 1}. ${mdInline(promptOf(option, d.state))} → **${mdInline(choiceLabel(option, d.state, d.choice))}** (${d.by === 'group' ? 'the group' : d.tie ? 'best, tied with another choice' : 'best by expected value'})`));
    push('');
    const steps = describePath(option, e.path);
    if (steps.length === 0) push('No steps taken yet.', '');
    else {
      push('Path taken:', '');
      steps.forEach((s, k) => {
        const odds = s.probability !== undefined ? ` (p = ${number(s.probability)})` : '';
        const moves = effectList(s.effects, criteria).map((x) => `${mdInline(x.criterion.label)} ${number(x.delta, 2, true)} (${x.better ? 'better' : 'worse'})`);
        const why = [moves.length > 0 ? moves.join(', ') : 'No change to scores', ...(s.note ? [mdInline(s.note)] : [])].join('. ');
        const verb = s.kind === 'chance' ? (e.path[k]?.known ? 'Known' : 'Assumed') : 'Decided';
        push(`${k + 1}. ${verb}: ${mdInline(s.prompt)} → **${mdInline(s.choiceLabel)}**${odds}. ${why}`);
      });
      push('');
    }
    const state = own(option.machine.states, e.stateId);
    if (state?.kind === 'outcome') push(`Outcome: ${mdInline(state.summary)}`, '');
    push('| Criterion | Start | After the path taken | Expected | Why it starts there |', '|---|---:|---:|---:|---|');
    criteria.forEach((c, j) => {
      const start = own(option.baseline, c.id)!;
      const change = e.raw[j]! - start.score;
      push(`| ${mdInline(c.label)} | ${number(start.score)} | ${number(e.raw[j]!)}${change !== 0 ? ` (${number(change, 2, true)})` : ''} | ${number(o.expected.scores[j]!)} | ${mdInline(start.rationale)} |`);
    });
    push('');
  }
  push('Values are rounded to one decimal, scores to two.');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** How far the ranking holds: weight stability, the most critical criterion, and rank acceptability under random weights. */
function pushRobustness(push: (...lines: string[]) => number, scenario: Scenario, { stability, tornado, acceptability }: NonNullable<SummaryInput['sensitivity']>): void {
  const label = (i: number) => mdInline(scenario.options[i]!.label);
  const criterion = (j: number) => mdInline(scenario.criteria[j]!.label);
  push('## Robustness', '');
  push(`How far each weight can move, the others keeping their proportions, before ${label(stability.top)} loses first place by expected value.`, '');
  push('| Criterion | Weight | Stays first from | to | Then first |', '|---|---:|---:|---:|---|');
  for (const s of stability.perCriterion) {
    const then = [s.takesOverBelow !== undefined ? `${label(s.takesOverBelow)} (below)` : '', s.takesOverAbove !== undefined ? `${label(s.takesOverAbove)} (above)` : ''].filter(Boolean).join('; ') || 'no change';
    push(`| ${criterion(s.criterion)} | ${percent(s.current)} | ${percent(s.low)} | ${percent(s.high)} | ${then} |`);
  }
  push('');
  if (stability.critical) {
    const { criterion: j, change, runnerUp } = stability.critical;
    const to = stability.perCriterion[j]!.current + change;
    push(`The most critical criterion is ${criterion(j)}: if its weight ${change > 0 ? 'rose' : 'fell'} by ${percent(Math.abs(change))} (to ${percent(to)}), ${label(runnerUp)} would tie with ${label(stability.top)} for first place.`, '');
  }
  if (tornado && tornado.bars.length > 0) {
    push(`What moves the lead of ${label(tornado.leader)} over ${label(tornado.runnerUp)} (now ${pointsDifference(tornado.margin)} points) most, one thing at a time; below 0 the runner-up would lead.`, '');
    push('| What moves | From | To | Lead at the first | at the second |', '|---|---:|---:|---:|---:|');
    for (const bar of tornado.bars.slice(0, TORNADO_ROWS)) {
      const percentOrNumber = (v: number) => (bar.kind === 'score' ? number(v) : percent(v));
      push(`| ${tornadoSubject(scenario, bar)} | ${percentOrNumber(bar.low)} | ${percentOrNumber(bar.high)} | ${pointsDifference(bar.marginAtLow)} | ${pointsDifference(bar.marginAtHigh)} |`);
    }
    push('');
  }
  if (acceptability && acceptability.samples > 0) {
    const ranks = scenario.options.map((_, r) => r + 1);
    push(`Rank acceptability: how often each option ranks first, second, … under ${acceptability.samples.toLocaleString('en-GB')} random weightings (Monte Carlo, seed ${acceptability.seed}).`, '');
    push(`| Option | ${ranks.map((r) => rankLabel(r, false)).join(' | ')} |`, `|---|${ranks.map(() => '---:').join('|')}|`);
    acceptability.acceptability.forEach((row, i) => push(`| ${label(i)} | ${row.map((share) => percent(share, 0)).join(' | ')} |`));
    push('');
    const leaders = acceptability.centralWeights.flatMap((w, i) => (w ? [{ i, w }] : []));
    if (leaders.length > 0) {
      push('Central weights: the typical weights under which each option ranks first (the mean of the samples in which it does).', '');
      push(`| Option | ${scenario.criteria.map((c) => mdInline(c.label)).join(' | ')} |`, `|---|${scenario.criteria.map(() => '---:').join('|')}|`);
      for (const { i, w } of leaders) push(`| ${label(i)} | ${w.map((x) => percent(x, 0)).join(' | ')} |`);
      push('');
    }
  }
}

/** The tornado rows the summary lists: the widest swings. */
const TORNADO_ROWS = 10;

function tornadoSubject(scenario: Scenario, bar: TornadoBar): string {
  const criterion = bar.criterion === undefined ? '' : mdInline(scenario.criteria[bar.criterion]!.label);
  if (bar.kind === 'weight') return `Weight on ${criterion}`;
  const option = scenario.options[bar.option!]!;
  if (bar.kind === 'probability') return `${mdInline(option.label)}: probability of ${mdInline(choiceLabel(option, bar.state!, bar.branch!))} (${mdInline(promptOf(option, bar.state!))})`;
  if (bar.choice === undefined) return `${mdInline(option.label)}: starting score on ${criterion}`;
  // The domain names a choice "state.choice"; ids hold no dot.
  const [state, choice] = bar.choice.split('.') as [string, string];
  return `${mdInline(option.label)}: ${criterion} after ${mdInline(choiceLabel(option, state, choice))}`;
}
