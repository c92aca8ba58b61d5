import { own } from '../records/own';
import { describePath } from '../machine/describe';
import type { Scenario } from '../scenario/schema';
import { effectList } from '../scoring/effect-list';
import type { Evaluation } from '../scoring/evaluate';
import { mdInline, mdLine } from '../text/markdown';
import { number, percent, plural, points, pointsDifference, rankLabel } from '../text/format';

export interface SummaryInput {
  scenario: Scenario;
  scenarioHash: string;
  evaluation: Evaluation;
  /** The date the summary is made, YYYY-MM-DD; passed in so output repeats exactly. */
  date: string;
}

/**
 * A short Markdown account of the analysis as it stands: ranking, weights and,
 * for each option, the path taken (with why each step moved the scores) and
 * the scores it earned.
 */
export function renderSummaryMarkdown({ scenario, scenarioHash, evaluation, date }: SummaryInput): string {
  const { criteria, weights } = evaluation;
  const byId = new Map(scenario.options.map((o) => [o.id, o]));
  const baseline = evaluation.options.find((o) => o.optionId === scenario.baselineOption);
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(`# ${mdInline(scenario.title)}: analysis summary`, '');
  push(`Made ${date} with policy-options from scenario \`${scenario.id}\` version ${mdInline(scenario.version)} (content SHA-256 \`${scenarioHash.slice(0, 16)}\`).`, '');
  const { source } = scenario;
  push(`Source: ${mdInline(source.title)}, ${mdInline(source.author)}, ${mdInline(source.organisation)}${source.series ? `, ${mdInline(source.series)}` : ''}, ${source.date}.`, '');
  const unfinished = evaluation.options.filter((o) => !o.finished).length;
  if (unfinished > 0) {
    push(`**Provisional:** ${unfinished} of ${plural(evaluation.options.length, 'option')} have not been stepped to an outcome; they are scored at the point reached.`, '');
  }

  push('## Ranking', '');
  push(
    'Overall value is the weighted sum of scores normalised to 0–100 (100 best on every criterion). An option stepped to an outcome is scored at that outcome, taking the assumed outcomes of uncertain events as given.' +
      (baseline ? ` Gaps are against the baseline, ${mdInline(byId.get(baseline.optionId)!.label)}.` : ''),
    '',
  );
  push(`| Rank | Option | Overall | ${baseline ? 'vs baseline | ' : ''}Path |`);
  push(`|---:|---|---:|${baseline ? '---:|' : ''}---|`);
  for (const i of evaluation.order) {
    const o = evaluation.options[i]!;
    const gap = baseline ? (o === baseline ? '(baseline) | ' : `${pointsDifference(o.total - baseline.total)} | `) : '';
    push(`| ${rankLabel(o.rank, o.tied)} | ${mdInline(byId.get(o.optionId)!.label)} | ${points(o.total)} | ${gap}${o.finished ? 'complete' : `unfinished (${plural(o.path.length, 'step')})`} |`);
  }
  push('');

  push('## Criteria and weights', '');
  push('| Criterion | Better when | Scale | Weight |', '|---|---|---|---:|');
  criteria.forEach((c, j) => push(`| ${mdInline(c.label)} | ${c.direction === 'benefit' ? 'higher' : 'lower'} | ${c.scale.min}–${c.scale.max} | ${percent(weights[j]!)} |`));
  push('');

  push('## Options', '');
  for (const i of evaluation.order) {
    const o = evaluation.options[i]!;
    const option = byId.get(o.optionId)!;
    push(`### ${rankLabel(o.rank, o.tied)}. ${mdInline(option.label)} (${points(o.total)})`, '', mdLine(option.summary), '');
    const steps = describePath(option, o.path);
    if (steps.length === 0) push('No steps taken yet; scored on its starting scores.', '');
    else {
      push('Path taken:', '');
      steps.forEach((s, k) => {
        const odds = s.probability !== undefined ? ` (p = ${number(s.probability)})` : '';
        const moves = effectList(s.effects, criteria).map((e) => `${mdInline(e.criterion.label)} ${number(e.delta, 2, true)} (${e.better ? 'better' : 'worse'})`);
        const why = [moves.length > 0 ? moves.join(', ') : 'No change to scores', ...(s.note ? [mdInline(s.note)] : [])].join('. ');
        push(`${k + 1}. ${s.kind === 'chance' ? 'Assumed' : 'Decided'}: ${mdInline(s.prompt)} → **${mdInline(s.choiceLabel)}**${odds}. ${why}`);
      });
      push('');
    }
    const state = own(option.machine.states, o.stateId);
    if (state?.kind === 'outcome') push(`Outcome: ${mdInline(state.summary)}`, '');
    push('| Criterion | Start | Now | Contribution | Why it starts there |', '|---|---:|---:|---:|---|');
    criteria.forEach((c, j) => {
      const start = own(option.baseline, c.id)!;
      const change = o.raw[j]! - start.score;
      push(`| ${mdInline(c.label)} | ${number(start.score)} | ${number(o.raw[j]!)}${change !== 0 ? ` (${number(change, 2, true)})` : ''} | ${points(o.contributions[j]!)} | ${mdInline(start.rationale)} |`);
    });
    push('');
  }
  push('Contributions are rounded to one decimal; before rounding they add up to the overall value.');
  return `${lines.join('\n').trimEnd()}\n`;
}
