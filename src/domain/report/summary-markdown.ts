import { describePath } from '../machine/describe';
import type { Scenario } from '../scenario/schema';
import type { Evaluation } from '../scoring/evaluate';
import { mdInline } from '../text/markdown';
import { number, percent, points, pointsDifference, rankLabel } from '../text/format';

export interface SummaryInput {
  scenario: Scenario;
  scenarioHash: string;
  evaluation: Evaluation;
  /** The date the summary is made, YYYY-MM-DD; passed in so output repeats exactly. */
  date: string;
}

/**
 * A short Markdown account of the analysis as it stands: ranking, weights and,
 * for each option, the path taken and the scores it earned.
 */
export function renderSummaryMarkdown({ scenario, scenarioHash, evaluation, date }: SummaryInput): string {
  const { criteria, weights } = evaluation;
  const byId = new Map(scenario.options.map((o) => [o.id, o]));
  const baseline = evaluation.options.find((o) => o.optionId === scenario.baselineOption);
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push(`# ${mdInline(scenario.title)}: analysis summary`, '');
  push(`Made ${date} with policy-options from scenario \`${scenario.id}\` version ${mdInline(scenario.version)} (content SHA-256 \`${scenarioHash.slice(0, 16)}\`).`, '');
  push(`Source: ${mdInline(scenario.source.title)}, ${mdInline(scenario.source.author)}, ${mdInline(scenario.source.organisation)}, ${scenario.source.date}.`, '');
  const unfinished = evaluation.options.filter((o) => !o.finished).length;
  if (unfinished > 0) push(`**Provisional:** ${unfinished} of ${evaluation.options.length} options have not been stepped to an outcome; they are scored on their path so far.`, '');

  push('## Ranking', '');
  push(`Overall value is the weighted sum of scores normalised to 0–100 (100 best on every criterion).`, '');
  push(`| Rank | Option | Overall | ${baseline ? 'vs baseline | ' : ''}Path |`);
  push(`|---:|---|---:|${baseline ? '---:|' : ''}---|`);
  for (const i of evaluation.order) {
    const o = evaluation.options[i]!;
    const option = byId.get(o.optionId)!;
    const diff = baseline && o !== baseline ? `${pointsDifference(o.total - baseline.total)} | ` : baseline ? '(baseline) | ' : '';
    push(`| ${rankLabel(o.rank, o.tied)} | ${mdInline(option.label)} | ${points(o.total)} | ${diff}${o.finished ? 'complete' : `unfinished (${o.path.length} step${o.path.length === 1 ? '' : 's'})`} |`);
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
    push(`### ${rankLabel(o.rank, o.tied)}. ${mdInline(option.label)} (${points(o.total)})`, '', mdInline(option.summary), '');
    const steps = describePath(option, o.path);
    if (steps.length === 0) push('No steps taken yet; scored on its baseline.', '');
    else {
      push('Path taken:', '');
      steps.forEach((s, k) => push(`${k + 1}. ${s.kind === 'chance' ? 'Assumed' : 'Decided'}: ${mdInline(s.prompt)} → **${mdInline(s.choiceLabel)}**${s.probability !== undefined ? ` (p = ${number(s.probability)})` : ''}`));
      push('');
    }
    const state = option.machine.states[o.stateId];
    if (state?.kind === 'outcome') push(`Outcome: ${mdInline(state.summary)}`, '');
    push('| Criterion | Score | Change | Contribution | Rationale |', '|---|---:|---:|---:|---|');
    criteria.forEach((c, j) => {
      const base = option.baseline[c.id]!;
      push(`| ${mdInline(c.label)} | ${number(o.raw[j]!)} | ${number(o.raw[j]! - base.score, 2, true)} | ${points(o.contributions[j]!)} | ${mdInline(base.rationale)} |`);
    });
    push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
