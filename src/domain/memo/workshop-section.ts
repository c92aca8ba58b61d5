import type { Scenario } from '../scenario/schema';
import { andList, number, percent, plural, pointsDifference } from '../text/format';
import { participantLabel } from '../workshop/participant-label';
import type { RoundAnalysis } from '../workshop/round-analysis';
import type { Aggregation, Workshop } from '../workshop/schema';
import { paragraph, type Block, type Run, type Section } from './memo-document';
import { workshopDissentBlocks } from './workshop-dissent';
import type { WorkshopFindings } from './workshop-findings';

const AGGREGATION_WORDS: Record<Aggregation, string> = {
  mean: "the mean of the participants' weights, each normalised to 100%",
  median: "the median of the participants' weights on each criterion (each participant's normalised to 100%), scaled to sum to 100%",
  aij: "derived by AHP's method from the geometric mean of the participants' pairwise comparisons, pair by pair (aggregation of individual judgements, AIJ)",
};

/** The largest moves between rounds the memo lists; the rest are counted. */
const MOVES_LISTED = 5;

/** Half the 0.1 percentage point the memo prints: a smaller move would print as no move at all. */
const SMALLEST_MOVE = 0.0005;

const tenthsOfAPoint = (change: number) => Math.round(Math.abs(change) * 1000);

/**
 * "The workshop": who took part (only their number when it was anonymous:
 * then no name appears, and anyone referred to is "Participant n"), the rounds
 * and the aggregation; then, for the latest revealed round (where the group
 * stands), its weights with their spread and its dissent, with Kendall's W for
 * every revealed round and the movement from the first to the latest (how it
 * got there). Nothing from a round the group has not seen revealed.
 * `weightsInUse` are the memo's own weights, normalised, to say whether the
 * analysis above is the group's.
 */
export function workshopSection(scenario: Scenario, findings: WorkshopFindings, weightsInUse: readonly number[]): Section {
  const { workshop, rounds } = findings;
  const latest = rounds.at(-1);
  const blocks: Block[] = [paragraph(heldText(workshop)), ...participantBlocks(workshop), paragraph(roundsText(workshop)), aggregationBlock(workshop, latest)];
  if (!latest) return { id: 'workshop', title: 'The workshop', blocks };
  const who = (id: string) => participantLabel(workshop, id);
  const setAside = rounds.flatMap((r) => r.unfit.map((u): Run[] => [{ text: `Round ${r.round}, ${who(u.participant)}: `, strong: true }, { text: `${u.problems.join('; ')}.` }]));
  return {
    id: 'workshop',
    title: 'The workshop',
    blocks,
    parts: [
      { title: `The group's weights in round ${latest.round}`, blocks: weightBlocks(scenario, latest, weightsInUse) },
      { title: 'Agreement on the order of the options', blocks: agreementBlocks(scenario, rounds) },
      { title: `Dissent in round ${latest.round}`, blocks: workshopDissentBlocks(scenario, workshop, latest) },
      { title: 'Movement between rounds', blocks: movementBlocks(scenario, findings, who) },
      ...(setAside.length > 0 ? [{ title: 'Ballots set aside', blocks: [paragraph('Ballots that do not fit the scenario count in nothing above:'), { kind: 'list' as const, ordered: false, items: setAside }] }] : []),
    ],
  };
}

/** The line FROM gives when the group wrote none and the memo comes from a workshop. */
export function workshopFrom(workshop: Workshop): string {
  return `Workshop “${workshop.title}”, ${workshop.date}`;
}

function heldText(workshop: Workshop): string {
  const facilitator = workshop.facilitator.trim();
  return `The workshop “${workshop.title}” was held on ${workshop.date}${facilitator ? `, facilitated by ${facilitator}` : ''}.`;
}

function participantBlocks(workshop: Workshop): Block[] {
  const count = workshop.participants.length;
  if (count === 0) return [paragraph('No participants were recorded.')];
  if (workshop.anonymous) return [paragraph(`It had ${plural(count, 'participant')}. It was anonymous, so no one is named here; anyone referred to is named by their place in the list, as “Participant 1”.`)];
  return [
    paragraph(`It had ${plural(count, 'participant')}:`),
    { kind: 'table', header: ['Participant', 'Role', 'Organisation'], numeric: [false, false, false], rows: workshop.participants.map((p) => [p.name, p.role, p.organisation]) },
  ];
}

function roundsText(workshop: Workshop): string {
  if (workshop.flow === 'setup') return 'It is still being set up: no ballots have been collected.';
  const revealed = workshop.rounds.filter((r) => r.revealed).map((r) => String(r.number));
  const current = workshop.rounds.at(-1)!;
  if (revealed.length === 0) return `No round has been revealed to the group yet, so nothing from the ballots appears here: the group has not seen them.`;
  const sentences = [`${revealed.length === 1 ? 'Round' : 'Rounds'} ${andList(revealed)} ${revealed.length === 1 ? 'was' : 'were'} revealed to the group.`];
  if (!current.revealed) sentences.push(`Round ${current.number} has not been revealed, so nothing from its ballots appears here.`);
  if (workshop.flow === 'decided') sentences.push('The group has decided.');
  return sentences.join(' ');
}

function aggregationBlock(workshop: Workshop, latest: RoundAnalysis | undefined): Block {
  const sentences = [`The group's weights are ${AGGREGATION_WORDS[workshop.aggregation]}.`];
  if (latest && !latest.group.ok) sentences.push(`In round ${latest.round} this gives none: ${latest.group.why}.`);
  if (latest?.group.ok && latest.group.ahp) {
    const { cr } = latest.group.ahp;
    sentences.push(`The combined comparisons have a consistency ratio of ${number(cr, 3)}${cr > 0.1 ? ' (above 0.10: not consistent enough to rely on)' : ''}.`);
  }
  return { kind: 'paragraph', runs: [{ text: 'Aggregation: ', strong: true }, { text: sentences.join(' ') }] };
}

function weightBlocks(scenario: Scenario, round: RoundAnalysis, weightsInUse: readonly number[]): Block[] {
  const count = round.weights.length;
  if (count === 0) return [paragraph(`No ballot in round ${round.round} fits the scenario, so there are no weights to show.`)];
  const group = round.group.ok ? round.group.weights : undefined;
  const blocks: Block[] = [
    paragraph(
      `${group ? "The group's weight on each criterion, and how" : 'How'} far the weights of the ${plural(count, 'participant')} spread: the lowest, the highest and the standard deviation (of the people in the room), all in per cent of the total weight.`,
    ),
    {
      kind: 'table',
      header: ['Criterion', ...(group ? ['Group'] : []), 'Lowest', 'Highest', 'SD'],
      numeric: [false, ...(group ? [true] : []), true, true, true],
      rows: round.spread.map(({ spread }, j) => [scenario.criteria[j]!.label, ...(group ? [percent(group[j]!)] : []), percent(spread.min), percent(spread.max), percent(spread.sd)]),
    },
  ];
  if (group) {
    // Equal as printed: weights typed from the group's percentages count as the group's.
    const same = group.every((w, j) => percent(w) === percent(weightsInUse[j]!));
    blocks.push(paragraph(same ? 'The analysis in this memo uses these weights.' : "The analysis in this memo uses other weights: the session's, in Criteria and weights."));
  }
  return blocks;
}

function agreementBlocks(scenario: Scenario, rounds: readonly RoundAnalysis[]): Block[] {
  const options = plural(scenario.options.length, 'option');
  return [
    paragraph(
      "Kendall's W measures how far the participants agree on the order of the options, each participant's order being the ranking by expected value under their own weights and the group's plan. It runs from 0, no agreement beyond chance, to 1, everyone putting the options in the same order.",
    ),
    {
      kind: 'list',
      ordered: false,
      items: rounds.map((r) => [
        { text: `Round ${r.round}: `, strong: true },
        { text: r.agreement.ok ? `W = ${r.agreement.w.toFixed(2)}, from ${plural(r.rankings.length, 'participant')} ranking ${options}${r.rankings.length === 1 ? ' (one participant always agrees with themself)' : ''}.` : `no W, since ${r.agreement.why}.` },
      ]),
    },
  ];
}

function movementBlocks(scenario: Scenario, findings: WorkshopFindings, who: (id: string) => string): Block[] {
  if (!findings.movement) return [paragraph('Only one round has been revealed, so there is no movement between rounds yet.')];
  const { from, to, moves } = findings.movement;
  const span = `From round ${from} to round ${to}`;
  if (moves.length === 0) return [paragraph(`${span}, no participant had a ballot counted in both, so there is no movement to show.`)];
  const shifts = moves
    .flatMap((m) => m.change.flatMap((change, j) => (Math.abs(change) >= SMALLEST_MOVE ? [{ participant: m.participant, j, from: m.from[j]!, to: m.to[j]!, change }] : [])))
    // Largest first as printed, to the 0.1 point: moves that print alike stay in participant and criterion order, whatever float rounding says.
    .sort((a, b) => tenthsOfAPoint(b.change) - tenthsOfAPoint(a.change));
  const movers = new Set(shifts.map((s) => s.participant)).size;
  const blocks: Block[] = [paragraph(`${span}, ${movers === 0 ? 'none' : movers} of the ${plural(moves.length, 'participant')} with a ballot counted in both changed their weights.`)];
  if (shifts.length === 0) return blocks;
  blocks.push(paragraph(`The largest ${shifts.length === 1 ? 'move' : 'moves'}, in percentage points of the total weight:`));
  blocks.push({
    kind: 'list',
    ordered: false,
    items: shifts.slice(0, MOVES_LISTED).map((s) => [{ text: `${who(s.participant)}: `, strong: true }, { text: `${scenario.criteria[s.j]!.label} from ${percent(s.from)} to ${percent(s.to)} (${pointsDifference(s.change)})` }]),
  });
  if (shifts.length > MOVES_LISTED) blocks.push(paragraph(`${plural(shifts.length - MOVES_LISTED, 'smaller move')} not listed.`));
  return blocks;
}
