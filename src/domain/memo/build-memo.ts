import { analyseScenario, probabilityThresholds, riskProfile, rivalOf, type OptionAnalysis, type ScenarioAnalysis } from '../analysis';
import { weightsInForce, type WeightsInForce } from '../mcda';
import { own } from '../records/own';
import { choiceLabel, promptOf } from '../scenario/labels';
import type { Scenario } from '../scenario/schema';
import { monteCarlo, tornado, weightModel, weightStability, type MonteCarloResult, type MonteCarloSettings, type StabilityResult } from '../sensitivity';
import type { Session } from '../session/schema';
import type { Workshop } from '../workshop/schema';
import { normaliseScore } from '../scoring/normalise';
import { chanceInWords, number, percent, plural, points, pointsDifference, probabilityText, rankLabel } from '../text/format';
import { paragraph, type Block, type MemoDocument, type Run, type Section } from './memo-document';
import { workshopFindings, type WorkshopFindings } from './workshop-findings';
import { workshopFrom, workshopSection } from './workshop-section';

export interface MemoInput {
  scenario: Scenario;
  scenarioHash: string;
  session: Session;
  /** SHA-256 of the session file as saved (serialiseSession), so a reader can check they hold the same session. */
  sessionHash: string;
  /** The date the memo bears, YYYY-MM-DD: the only thing that may differ between two makings of one memo. */
  date: string;
  monteCarlo: { samples: number; settings: MonteCarloSettings };
  /** The workshop the group's judgements come from, on this scenario: the memo then says what the workshop thought. */
  workshop?: Workshop;
}

/** What `composeMemo` takes: the memo's inputs, with the workshop's findings worked out as the figures are. */
export type MemoText = Omit<MemoInput, 'monteCarlo' | 'workshop'> & { workshopFindings?: WorkshopFindings };

/**
 * The Monte Carlo a memo uses unless told otherwise, in the app and on the
 * command line alike, so that the scenario and the session file are all it
 * takes to make the same memo again.
 */
export const MEMO_MONTE_CARLO: MemoInput['monteCarlo'] = { samples: 10_000, settings: { seed: 12345, weights: { kind: 'uniform' }, ranges: true } };

/** The figures a memo reports: everything that depends on the weights and steps, not on the memo's own text. */
export interface MemoFigures {
  inForce: WeightsInForce;
  analysis: ScenarioAnalysis;
  stability: StabilityResult;
  spread: ReturnType<typeof tornado>;
  acceptability: MonteCarloResult;
  monteCarlo: MemoInput['monteCarlo'];
}

/** The expensive part of a memo (the Monte Carlo above all), worked out once while the group edits the memo's text. */
export function memoFigures(scenario: Scenario, session: Pick<Session, 'weighting' | 'progress'>, monteCarloInput: MemoInput['monteCarlo'] = MEMO_MONTE_CARLO): MemoFigures {
  const inForce = weightsInForce(session.weighting, scenario.criteria);
  const analysis = analyseScenario(scenario, inForce.weights, session.progress);
  const models = scenario.options.map((o) => weightModel(analysis.contexts.get(o.id)!));
  const order = analysis.expected.order;
  const mc = monteCarlo(models, scenario.criteria.length, monteCarloInput.settings);
  mc.run(monteCarloInput.samples);
  return { inForce, analysis, stability: weightStability(models, analysis.weights, order), spread: tornado(models, analysis.weights, order), acceptability: mc.result(), monteCarlo: monteCarloInput };
}

const METHOD_NAMES = { direct: 'direct weights', points: 'a 100-point allocation', ranking: 'a ranking of the criteria (rank-order centroid weights)', swing: 'swing weighting', ahp: 'pairwise comparisons (AHP)' } as const;

/**
 * The decision memo for a scenario and a session: everything is worked out
 * here from the scenario, the session and the Monte Carlo seed, so the same
 * inputs give the same memo, and the command line and the app agree.
 */
export function buildMemo(input: MemoInput): MemoDocument {
  const { workshop, ...text } = input;
  return composeMemo(memoFigures(input.scenario, input.session, input.monteCarlo), { ...text, ...(workshop ? { workshopFindings: workshopFindings(input.scenario, workshop) } : {}) });
}

/** The memo from its figures and the session's text: cheap, so a preview can follow every keystroke. */
export function composeMemo(figures: MemoFigures, input: MemoText): MemoDocument {
  const { scenario, session, date, workshopFindings: findings } = input;
  const { inForce, analysis, stability, spread, acceptability } = figures;
  const order = analysis.expected.order;
  const baseline = scenario.options.findIndex((o) => o.id === scenario.baselineOption);
  const label = (i: number) => scenario.options[i]!.label;
  const leader = order[0]!;
  const runnerUp = order[1];

  const marking = session.memo.marking === 'custom' ? session.memo.customMarking.trim() || 'UNMARKED' : session.memo.marking;
  const status = session.memo.status === 'final' ? 'FINAL' : 'DRAFT';

  const bottomLine = session.memo.bottomLine?.trim() || generatedBottomLine(scenario, analysis, stability, acceptability);

  const sections: Section[] = [
    { id: 'bottom-line', title: 'Bottom line', blocks: [paragraph(bottomLine)] },
    {
      id: 'background',
      title: 'Background',
      blocks: [
        paragraph(scenario.summary),
        paragraph(`Source: ${scenario.source.title}, ${scenario.source.author}, ${scenario.source.organisation}${scenario.source.series ? `, ${scenario.source.series}` : ''}, ${scenario.source.date}. The facts the analysis rests on:`),
        {
          kind: 'list',
          ordered: false,
          items: scenario.facts.map((f) => [{ text: f.text }, { text: ` (${f.cite.section}${f.cite.locator ? `, ${f.cite.locator}` : ''})` }]),
        },
      ],
    },
    {
      id: 'options',
      title: 'Options',
      blocks: [paragraph(`${plural(scenario.options.length, 'option')}, best first by expected value. Values are out of 100: the weighted sum of the criteria, 100 being best on every one.`)],
      parts: order.map((i) => ({ title: `${rankLabel(analysis.expected.rank[i]!, analysis.expected.tied[i]!)}. ${label(i)}`, blocks: optionBlocks(scenario, analysis, i, baseline, session) })),
    },
    { id: 'criteria', title: 'Criteria and weights', blocks: criteriaBlocks(scenario, analysis, inForce) },
    {
      id: 'comparison',
      title: 'Comparison',
      blocks: [
        {
          kind: 'table',
          header: ['Rank', 'Option', 'Expected', 'Worst', 'Best', baseline >= 0 ? `vs ${label(baseline)}` : 'vs the leader'],
          numeric: [true, false, true, true, true, true],
          rows: order.map((i) => {
            const o = analysis.options[i]!;
            const against = baseline >= 0 ? analysis.options[baseline]!.expected.total : analysis.options[leader]!.expected.total;
            return [rankLabel(analysis.expected.rank[i]!, analysis.expected.tied[i]!), label(i), points(o.expected.total), points(o.worst), points(o.best), i === baseline ? '(baseline)' : pointsDifference(o.expected.total - against)];
          }),
        },
        {
          kind: 'contributions',
          title: 'What each criterion adds to each option\'s expected value (points out of 100)',
          criteria: scenario.criteria.map((c) => c.label),
          rows: order.map((i) => ({ label: label(i), values: analysis.options[i]!.expected.contributions, total: analysis.options[i]!.expected.total })),
        },
      ],
    },
    { id: 'robustness', title: 'Robustness', blocks: robustnessBlocks(scenario, analysis, stability, spread, acceptability, figures.monteCarlo, leader, runnerUp) },
    // How the room got there, after the analysis and before the dissent the group wrote down and the decision.
    ...(findings ? [workshopSection(scenario, findings, analysis.weights)] : []),
    { id: 'dissent', title: 'Dissent and open questions', blocks: dissentBlocks(scenario, session) },
    { id: 'decision', title: 'Decision', blocks: [{ kind: 'decision', choices: [`Approve: ${label(leader)}`, 'Disapprove', 'Discuss'] }] },
    {
      id: 'appendix',
      title: 'Appendix: how to make this memo again',
      blocks: [
        {
          kind: 'table',
          header: ['Item', 'Value'],
          numeric: [false, false],
          rows: [
            ['Scenario', `${scenario.id}, version ${scenario.version}`],
            ['Scenario content SHA-256', input.scenarioHash],
            ['Session file SHA-256', input.sessionHash],
            ['Weighting', `${METHOD_NAMES[inForce.method]}${inForce.fallback ? ` (the ${METHOD_NAMES[session.weighting.active]} cannot give weights yet: ${inForce.fallback})` : ''}`],
            ...(findings ? [['Workshop', `${findings.workshop.id}, last changed ${findings.workshop.updatedAt}`], ['Workshop content SHA-256', findings.hash]] : []),
            ['Monte Carlo', `${acceptability.samples.toLocaleString('en-GB')} samples, seed ${acceptability.seed}, weights ${figures.monteCarlo.settings.weights.kind === 'uniform' ? 'uniform on the simplex' : `around the group's (concentration ${figures.monteCarlo.settings.weights.concentration})`}, score and probability ranges ${figures.monteCarlo.settings.ranges ? 'drawn' : 'not drawn'}`],
            ['Made with', `policy-options: the same scenario, session file${findings ? ', workshop file' : ''} and seed give this memo again, byte for byte, apart from the date`],
          ],
        },
      ],
    },
  ];
  return {
    marking,
    status,
    heading: { to: session.memo.to.trim() || '(not set)', from: session.memo.from.trim() || (findings ? workshopFrom(findings.workshop) : '(not set)'), date, subject: session.memo.subject.trim() || scenario.title },
    sections,
    fileStem: fileStem(marking, scenario.id, date),
  };
}

/** Two or three sentences from the analysis: the leader, its margin, how robust it is. */
export function generatedBottomLine(scenario: Scenario, analysis: ScenarioAnalysis, stability: StabilityResult, acceptability: MonteCarloResult): string {
  const order = analysis.expected.order;
  const leader = analysis.options[order[0]!]!;
  const name = (o: OptionAnalysis) => scenario.options.find((x) => x.id === o.optionId)!.label;
  const sentences = [`Recommend ${name(leader)}, which has the highest expected value under the group's weights: ${points(leader.expected.total)} out of 100.`];
  const second = order[1] !== undefined ? analysis.options[order[1]]! : undefined;
  if (second) {
    const critical = stability.critical;
    const fragility = critical
      ? ` A change of ${percent(Math.abs(critical.change))} in the weight on ${scenario.criteria[critical.criterion]!.label} would make it a tie.`
      : ' No change of a single weight reverses the top two.';
    sentences.push(`It leads ${name(second)} by ${number((leader.expected.total - second.expected.total) * 100, 1)} points.${fragility}`);
  }
  const first = acceptability.acceptability[order[0]!]?.[0] ?? 0;
  sentences.push(`Under ${acceptability.samples.toLocaleString('en-GB')} random weightings it ranks first ${probabilityText(first)} of the time.`);
  return sentences.join(' ');
}

function optionBlocks(scenario: Scenario, analysis: ScenarioAnalysis, i: number, baseline: number, session: Session): Block[] {
  const option = scenario.options[i]!;
  const o = analysis.options[i]!;
  const blocks: Block[] = [paragraph(option.summary)];
  if (o.plan.length > 0) {
    blocks.push(paragraph('Plan:'));
    blocks.push({ kind: 'list', ordered: true, items: o.plan.map((d) => [{ text: `${promptOf(option, d.state)} → ` }, { text: choiceLabel(option, d.state, d.choice), strong: true }, { text: d.by === 'group' ? ' (the group)' : d.tie ? ' (best, tied)' : ' (best by expected value)' }]) });
  }
  const path = own(session.progress, option.id) ?? [];
  const outcomes = path.flatMap((step) => (own(option.machine.states, step.state)?.kind === 'chance' ? [`${promptOf(option, step.state)} → ${choiceLabel(option, step.state, step.choice)}${step.known ? ' (known to have happened)' : ' (assumed)'}`] : []));
  if (outcomes.length > 0) blocks.push(paragraph(`Outcomes the group assumed or knows: ${outcomes.join('; ')}.`));
  const risk: Run[] = [{ text: `Expected ${points(o.expected.total)}, ranging from ${points(o.worst)} at worst to ${points(o.best)} at best.` }];
  if (baseline >= 0 && baseline !== i) {
    const against = analysis.options[baseline]!.expected.total;
    const profile = riskProfile(analysis.contexts.get(option.id)!);
    const worse = profile.points.filter((p) => p.total < against - 1e-9).reduce((sum, p) => sum + p.probability, 0);
    risk.push({ text: ` ${capitalise(chanceInWords(worse))} of ending worse than ${scenario.options[baseline]!.label}.` });
  }
  blocks.push({ kind: 'paragraph', runs: risk });
  const scored = scenario.criteria.flatMap((c, j) => (analysis.weights[j]! > 0 ? [{ c, j, share: normaliseScore(o.expected.scores[j]!, c) }] : [])).sort((a, b) => b.share - a.share);
  // Up to two strongest and two weakest, never the same criterion on both sides.
  const side = Math.min(2, Math.floor(scored.length / 2));
  if (side > 0) {
    const describe = (x: (typeof scored)[number]) => `${x.c.label} (${number(o.expected.scores[x.j]!)} on ${x.c.scale.min}–${x.c.scale.max})`;
    blocks.push({ kind: 'list', ordered: false, items: [[{ text: 'For: ', strong: true }, { text: scored.slice(0, side).map(describe).join('; ') }], [{ text: 'Against: ', strong: true }, { text: scored.slice(-side).reverse().map(describe).join('; ') }]] });
  }
  const notes = own(session.memo.notes, option.id)?.trim();
  if (notes) blocks.push({ kind: 'paragraph', runs: [{ text: 'Group notes: ', strong: true }, { text: notes }] });
  return blocks;
}

function criteriaBlocks(scenario: Scenario, analysis: ScenarioAnalysis, inForce: WeightsInForce): Block[] {
  const method = `The weights come from ${METHOD_NAMES[inForce.method]}${inForce.ahp ? `, with a consistency ratio of ${number(inForce.ahp.cr, 3)}${inForce.ahp.cr > 0.1 ? ' (above 0.10: the judgements are not consistent enough to rely on)' : ''}${inForce.ahp.missing.length > 0 ? ` and ${plural(inForce.ahp.missing.length, 'pair')} not compared` : ''}` : ''}.`;
  return [
    paragraph(method),
    {
      kind: 'table',
      header: ['Criterion', 'Better when', 'Scale', 'Weight'],
      numeric: [false, false, false, true],
      rows: scenario.criteria.map((c, j) => [c.label, c.direction === 'benefit' ? 'higher' : 'lower', `${c.scale.min}–${c.scale.max}`, percent(analysis.weights[j]!)]),
    },
  ];
}

function robustnessBlocks(
  scenario: Scenario,
  analysis: ScenarioAnalysis,
  stability: StabilityResult,
  spread: ReturnType<typeof tornado>,
  acceptability: MonteCarloResult,
  settings: MemoInput['monteCarlo'],
  leader: number,
  runnerUp: number | undefined,
): Block[] {
  const label = (i: number) => scenario.options[i]!.label;
  const blocks: Block[] = [];
  const limits = stability.perCriterion.flatMap((s) => {
    const c = scenario.criteria[s.criterion]!.label;
    return [
      ...(s.takesOverAbove !== undefined ? [`${label(leader)} stays first unless the weight on ${c} rises above ${percent(s.high)} (now ${percent(s.current)}), when ${label(s.takesOverAbove)} would lead.`] : []),
      ...(s.takesOverBelow !== undefined ? [`${label(leader)} stays first unless the weight on ${c} falls below ${percent(s.low)} (now ${percent(s.current)}), when ${label(s.takesOverBelow)} would lead.`] : []),
    ];
  });
  blocks.push(paragraph('Weight stability: how far each weight can move, the others keeping their proportions, before the leader changes.'));
  blocks.push(limits.length > 0 ? { kind: 'list', ordered: false, items: limits.map((t) => [{ text: t }]) } : paragraph(`No change of a single weight takes first place from ${label(leader)}.`));
  if (stability.critical && runnerUp !== undefined) {
    const c = stability.critical;
    blocks.push({ kind: 'paragraph', runs: [{ text: 'Most critical criterion: ', strong: true }, { text: `${scenario.criteria[c.criterion]!.label}; a change of ${percent(Math.abs(c.change))} in its weight would tie ${label(leader)} with ${label(c.runnerUp)}.` }] });
  }
  // Probabilities that would change the choice: for the leader's uncertain outcomes, where its lead over the rival would vanish.
  const ctx = analysis.contexts.get(scenario.options[leader]!.id)!;
  const rival = rivalOf(analysis, scenario.options[leader]!.id);
  const turns: string[] = [];
  for (const [stateId, state] of Object.entries(scenario.options[leader]!.machine.states)) {
    if (state.kind !== 'chance' || state.choices.length < 2) continue;
    for (const branch of state.choices) {
      const t = probabilityThresholds(ctx, stateId, branch.id, rival);
      for (const p of t.topChanges) {
        turns.push(`If the probability of “${branch.label}” (${state.prompt}) were ${percent(p)} rather than ${percent(branch.probability)}, ${label(leader)} and ${rival ? scenario.options.find((o) => o.id === rival.optionId)!.label : 'the next option'} would tie.`);
      }
    }
  }
  blocks.push(paragraph('Probabilities that would change the choice:'));
  blocks.push(turns.length > 0 ? { kind: 'list', ordered: false, items: turns.slice(0, 8).map((t) => [{ text: t }]) } : paragraph(`No single probability of ${label(leader)}'s outcomes, moved across its whole range, changes the leader.`));
  if (spread && spread.bars.length > 0) {
    const widest = spread.bars[0]!;
    const what = widest.kind === 'weight' ? `the weight on ${scenario.criteria[widest.criterion!]!.label}` : widest.kind === 'probability' ? `a probability in ${label(widest.option!)}` : `a score range in ${label(widest.option!)}`;
    blocks.push(paragraph(`Of everything the scenario lets vary, ${what} moves the leader's margin most: from ${pointsDifference(widest.marginAtLow)} to ${pointsDifference(widest.marginAtHigh)} points.`));
  }
  blocks.push(paragraph(`Rank acceptability: how often each option ranks first, second, … under ${acceptability.samples.toLocaleString('en-GB')} random weightings (seed ${acceptability.seed}${settings.settings.ranges ? '; score and probability ranges drawn too' : ''}).`));
  blocks.push({
    kind: 'table',
    header: ['Option', ...scenario.options.map((_, r) => rankLabel(r + 1, false))],
    numeric: [false, ...scenario.options.map(() => true)],
    rows: analysis.expected.order.map((i) => [label(i), ...acceptability.acceptability[i]!.map((share) => percent(share, 0))]),
  });
  const worth = analysis.mostWorthKnowing.filter((v) => v.value > 0).slice(0, 3);
  blocks.push(paragraph('Collection priority: what would be most worth knowing before deciding (the expected value of perfect information, points out of 100).'));
  blocks.push(
    worth.length > 0
      ? { kind: 'list', ordered: true, items: worth.map((v) => [{ text: `${promptOf(scenario.options.find((o) => o.id === v.optionId)!, v.state)} (${scenario.options.find((o) => o.id === v.optionId)!.label}): ` }, { text: points(v.value, 2), strong: true }]) }
      : paragraph('Knowing any single outcome in advance would change no decision.'),
  );
  return blocks;
}

function dissentBlocks(scenario: Scenario, session: Session): Block[] {
  const { memo } = session;
  const items: Run[][] = [];
  if (memo.overallDissent.trim()) items.push([{ text: 'Overall: ', strong: true }, { text: memo.overallDissent.trim() }]);
  for (const option of scenario.options) {
    const text = own(memo.dissent, option.id)?.trim();
    if (text) items.push([{ text: `${option.label}: `, strong: true }, { text }]);
  }
  const blocks: Block[] = [items.length > 0 ? { kind: 'list', ordered: false, items } : paragraph('No dissent was recorded.')];
  blocks.push(memo.openQuestions.trim() ? { kind: 'paragraph', runs: [{ text: 'Open questions: ', strong: true }, { text: memo.openQuestions.trim() }] } : paragraph('No open questions were recorded.'));
  return blocks;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A file name safe on every system: the marking and the scenario id in letters, digits and dashes, and the date. */
export function fileStem(marking: string, scenarioId: string, date: string): string {
  const safe = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'UNMARKED';
  return `${safe(marking)}-${safe(scenarioId)}-memo-${date.replace(/[^0-9-]/g, '')}`;
}
