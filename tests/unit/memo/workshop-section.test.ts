import { describe, expect, it } from 'vitest';
import { renderMemoHtml, renderMemoMarkdown, type MemoDocument, type Section } from '../../../src/domain/memo';
import type { Scenario } from '../../../src/domain/scenario';
import { acceptBallot, makeBallot, parseWorkshop, withAggregation, withBallot, workshopContentHash, type Judgements, type Workshop } from '../../../src/domain/workshop';
import { loadValid, read } from '../../support/files';
import { memoCase, TWO_OPTIONS, withMemoText } from '../../support/memo';
import { advanced, AT, direct, weighted, workshopWith } from '../../support/workshop';

/**
 * The memo's section on the workshop, worked by hand on three options scored
 * on two benefit criteria: A is (1, 0), B (0, 1), C (0.6, 0.6), so an option's
 * value under weights (w, 1 − w) is w for A, 1 − w for B and 0.6 for C.
 */
const PROFILES = 'tests/fixtures/valid/three-profiles.yaml';
const profiles = loadValid(PROFILES);

/** The participant's ballot taken in as the app takes one: refused judgements fail the test. */
function voted(workshop: Workshop, scenario: Scenario, participant: string, judgements: Judgements): Workshop {
  const result = acceptBallot(workshop, scenario, makeBallot(workshop, participant, judgements), {}, AT);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.workshop;
}

/**
 * Round 1: Ana 7 : 3, Ben 2 : 8, Cat 6 : 4. Round 2: Ana keeps 7 : 3, Ben moves to 9 : 11 (0.45 : 0.55), Cat to 1 : 1,
 * and Ana thinks A is worth 0.8 on the first criterion, not 1, and C worth 0.6 on it, as the scenario has it.
 */
function twoRounds(): Workshop {
  let w = advanced(workshopWith(profiles, ['Ana', 'Ben', 'Cat']), 'START');
  w = voted(w, profiles, 'ana', direct({ c1: 7, c2: 3 }));
  w = voted(w, profiles, 'ben', direct({ c1: 2, c2: 8 }));
  w = voted(w, profiles, 'cat', direct({ c1: 6, c2: 4 }));
  w = advanced(w, 'REVEAL', 'DISCUSS', 'NEXT_ROUND');
  w = voted(w, profiles, 'ana', {
    ...direct({ c1: 7, c2: 3 }),
    scores: [
      { option: 'a', criterion: 'c1', score: 0.8, reason: 'A is weaker than it looks.' },
      { option: 'c', criterion: 'c1', score: 0.6, reason: 'As the scenario says.' },
    ],
  });
  w = voted(w, profiles, 'ben', direct({ c1: 9, c2: 11 }));
  w = voted(w, profiles, 'cat', direct({ c1: 1, c2: 1 }));
  return advanced(w, 'REVEAL');
}

function workshopPart(doc: MemoDocument): Section {
  const section = doc.sections.find((s) => s.id === 'workshop');
  if (!section) throw new Error('the memo has no workshop section');
  return section;
}

/** The Markdown from "## The workshop" up to the next section. */
function workshopMarkdown(doc: MemoDocument): string {
  const md = renderMemoMarkdown(doc);
  const start = md.indexOf('## The workshop\n');
  expect(start).toBeGreaterThan(-1);
  return md.slice(start, md.indexOf('\n## ', start + 1));
}

describe('the workshop section, worked by hand', () => {
  const workshop = twoRounds();
  const { doc } = memoCase(PROFILES, (s) => s, { workshop });
  const md = workshopMarkdown(doc);

  it('comes after the analysis and before the dissent the group wrote and the decision', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['bottom-line', 'background', 'options', 'criteria', 'comparison', 'robustness', 'workshop', 'dissent', 'decision', 'appendix']);
    expect(workshopPart(doc).parts!.map((p) => p.title)).toEqual(["The group's weights in round 2", 'Agreement on the order of the options', 'Dissent in round 2', 'Movement between rounds']);
  });

  it('says who ran it, who took part, which rounds were revealed and how the weights are combined', () => {
    expect(md).toContain('The workshop “Storm drill” was held on 2026-12-01, facilitated by F. Acilitator.');
    expect(md).toContain('It had 3 participants:\n\n| Participant | Role | Organisation |\n|---|---|---|\n| Ana | Analyst | Port authority |\n| Ben | Analyst | Port authority |\n| Cat | Analyst | Port authority |');
    expect(md).toContain('Rounds 1 and 2 were revealed to the group.');
    expect(md).toContain("**Aggregation:** The group's weights are the mean of the participants' weights, each normalised to 100%.");
    expect(doc.heading.from).toBe('Workshop “Storm drill”, 2026-12-01');
  });

  it("gives the latest round's group weights with each criterion's spread", () => {
    // First: 0.7, 0.45, 0.5: mean 0.55; deviations 0.15, −0.1, −0.05; SD √(0.035 / 3) = 0.1080. Second mirrors it.
    expect(Math.sqrt(0.035 / 3)).toBeCloseTo(0.108, 3);
    expect(md).toContain('| Criterion | Group | Lowest | Highest | SD |\n|---|---:|---:|---:|---:|\n| First | 55.0% | 45.0% | 70.0% | 10.8% |\n| Second | 45.0% | 30.0% | 55.0% | 10.8% |');
    // The memo's own analysis uses the scenario's 7 : 3, not the group's 55 : 45.
    expect(md).toContain("The analysis in this memo uses other weights: the session's, in Criteria and weights.");
  });

  it("says so when the memo's analysis uses the group's weights", () => {
    const same = memoCase(PROFILES, (s) => ({ ...s, weighting: { ...s.weighting, active: 'direct', direct: { c1: 55, c2: 45 } } }), { workshop });
    expect(workshopMarkdown(same.doc)).toContain('The analysis in this memo uses these weights.');
  });

  it("gives Kendall's W for every revealed round, with what 0 and 1 mean", () => {
    // Round 1: Ana A > C > B (1, 3, 2); Ben B > C > A (3, 1, 2); Cat A = C > B (1.5, 3, 1.5). R = 5.5, 7, 5.5 about 6:
    // S = 1.5; Cat's tie T = 6; W = 12 · 1.5 / (9 · 24 − 3 · 6) = 18 / 198 = 0.09.
    // Round 2: Ana (1, 3, 2); Ben C > B > A (3, 2, 1); Cat C > A = B (2.5, 2.5, 1). R = 6.5, 7.5, 4: S = 6.5;
    // W = 78 / 198 = 0.39.
    expect(md).toContain('It runs from 0, no agreement beyond chance, to 1, everyone putting the options in the same order.');
    expect(md).toContain('- **Round 1:** W = 0.09, from 3 participants ranking 3 options.\n- **Round 2:** W = 0.39, from 3 participants ranking 3 options.');
  });

  it('names whose weights put another option first, and the score views that differ from the scenario, with their reasons', () => {
    // Group 0.55 : 0.45: A 0.55, B 0.45, C 0.6. Ana's 0.7 : 0.3 put A first (0.7); Ben's and Cat's put C first.
    expect(md).toContain("### Dissent in round 2\n\nWith the group's weights and plan, C leads.\n\n- With Ana's weights, A leads.\n\n");
    expect(md).toContain('- **Ana:** A on First: 0.8 rather than the scenario\'s 1 (on 0–1). Reason: A is weaker than it looks.');
    expect(md).not.toContain('As the scenario says.');
  });

  it('shows the largest moves from the first round to the latest', () => {
    // Ben 0.2 → 0.45 and 0.8 → 0.55; Cat 0.6 → 0.5 and 0.4 → 0.5; Ana stays.
    expect(md).toContain('From round 1 to round 2, 2 of the 3 participants with a ballot counted in both changed their weights.');
    expect(md).toContain(
      '- **Ben:** First from 20.0% to 45.0% (+25.0)\n- **Ben:** Second from 80.0% to 55.0% (−25.0)\n- **Cat:** First from 60.0% to 50.0% (−10.0)\n- **Cat:** Second from 40.0% to 50.0% (+10.0)\n',
    );
  });

  it('lists five moves at most and counts the rest', () => {
    let w = advanced(workshopWith(profiles, ['Ana', 'Ben', 'Cat', 'Dan']), 'START');
    for (const [id, c1] of [['ana', 1], ['ben', 2], ['cat', 3], ['dan', 4]] as const) w = voted(w, profiles, id, direct({ c1, c2: 10 - c1 }));
    w = advanced(w, 'REVEAL', 'DISCUSS', 'NEXT_ROUND');
    for (const id of ['ana', 'ben', 'cat', 'dan']) w = voted(w, profiles, id, direct({ c1: 5, c2: 5 }));
    const text = workshopMarkdown(memoCase(PROFILES, (s) => s, { workshop: advanced(w, 'REVEAL') }).doc);
    // Moves of 40, 30, 20 and 10 points, each on both criteria: Ana's two, Ben's two and Cat's first are listed.
    expect(text).toContain('From round 1 to round 2, 4 of the 4 participants with a ballot counted in both changed their weights.');
    expect(text).toContain('- **Ana:** First from 10.0% to 50.0% (+40.0)\n- **Ana:** Second from 90.0% to 50.0% (−40.0)\n- **Ben:** First from 20.0% to 50.0% (+30.0)\n- **Ben:** Second from 80.0% to 50.0% (−30.0)\n- **Cat:** First from 30.0% to 50.0% (+20.0)\n\n3 smaller moves not listed.');
  });

  it('comes out the same again, byte for byte, and another day changes only the date', () => {
    const made = (date: string) => [renderMemoMarkdown, renderMemoHtml].map((render) => render(memoCase(PROFILES, (s) => s, { workshop: twoRounds(), date }).doc));
    const first = made('2027-01-15');
    expect(made('2027-01-15')).toEqual(first);
    expect(made('2027-02-20')).toEqual(first.map((text) => text.replaceAll('2027-01-15', '2027-02-20')));
  });

  it('records the workshop in the appendix, to make the memo again', () => {
    const appendix = renderMemoMarkdown(doc).split('## Appendix')[1]!;
    expect(appendix).toContain(`| Workshop | drill-1, last changed 2026-12-01T09:00:00.000Z |\n| Workshop content SHA-256 | ${workshopContentHash(workshop)} |`);
    expect(appendix).toContain('the same scenario, session file, workshop file and seed give this memo again');
  });
});

describe('the workshop section from the saved fixture (round 1 revealed, round 2 still collecting)', () => {
  const read1 = parseWorkshop(read('tests/fixtures/workshops/v1-harbour.json'));
  if (!read1.ok) throw new Error(read1.problems.join('; '));
  const { doc } = memoCase(TWO_OPTIONS, (s) => s, { workshop: read1.workshop });
  const md = workshopMarkdown(doc);

  it('reports round 1 and nothing of round 2, whose ballot the group has not seen', () => {
    expect(md).toContain('Round 1 was revealed to the group. Round 2 has not been revealed, so nothing from its ballots appears here.');
    // Round 1: Ana 70 : 30 points, Ben 1 : 1; the mean is 60 : 40, each spread 10 points either side.
    expect(md).toContain('| Safety | 60.0% | 50.0% | 70.0% | 10.0% |\n| Cost | 40.0% | 30.0% | 50.0% | 10.0% |');
    // Ben's round-2 ballot (2 : 1, 66.7%) is not in the memo, nor is a movement to it.
    expect(md).not.toContain('66.7%');
    expect(md).toContain('Only one round has been revealed, so there is no movement between rounds yet.');
  });

  it('finds the two participants ranking the two options in opposite orders: W is 0, and Ana dissents', () => {
    // Under the group's plan (close now), Ana's 0.7 : 0.3 value closing at 0.7 × 0.68 + 0.3 × 0.55 = 0.641 against 0.59 for
    // staying open; Ben's 1 : 1 at 0.555 against 0.65; the mean 0.6 : 0.4 at 0.598 against 0.62. Opposite orders: W = 0.
    expect(md).toContain('- **Round 1:** W = 0.00, from 2 participants ranking 2 options.');
    expect(md).toContain("With the group's weights and plan, Stay open leads.\n\n- With Ana's weights, Close the harbour leads.");
  });

  it('gives each score and probability view that differs from the scenario, with its reason', () => {
    expect(md).toContain("- **Ana:** Close the harbour on Safety: 8 rather than the scenario's 6 (on 0–10). Reason: Boats stay in.");
    expect(md).toContain("- **Ana:** the probability of “Severe” (How bad is the storm?) in Close the harbour: 40.0% rather than the scenario's 30.0%. Reason: The forecast worsened.");
  });
});

describe('a workshop whose aggregation cannot combine the ballots, or with a ballot that no longer fits', () => {
  it("says why AIJ gives no group weights, shows the spread without them, and there is no group ranking to dissent from", () => {
    let w = advanced(workshopWith(profiles, ['Ana', 'Ben']), 'START');
    w = voted(w, profiles, 'ana', weighted({ active: 'ahp', direct: { c1: 1, c2: 1 }, ahp: [{ a: 'c1', b: 'c2', value: 3 }] }));
    w = voted(w, profiles, 'ben', direct({ c1: 1, c2: 3 }));
    const md = workshopMarkdown(memoCase(PROFILES, (s) => s, { workshop: advanced(withAggregation(w, 'aij', AT), 'REVEAL') }).doc);
    expect(md).toContain(
      "**Aggregation:** The group's weights are derived by AHP's method from the geometric mean of the participants' pairwise comparisons, pair by pair (aggregation of individual judgements, AIJ). In round 1 this gives none: the geometric mean of pairwise judgements needs everyone's weights from pairwise comparisons; 1 of 2 came from another method.",
    );
    expect(md).toContain('| Criterion | Lowest | Highest | SD |\n|---|---:|---:|---:|\n| First | 25.0% | 75.0% | 25.0% |');
    expect(md).toContain("Without the group's weights there is no group ranking to dissent from.");
  });

  it('sets aside a ballot that does not fit, saying why', () => {
    let w = advanced(workshopWith(profiles, ['Ana', 'Ben']), 'START');
    w = voted(w, profiles, 'ana', direct({ c1: 7, c2: 3 }));
    w = withBallot(w, 'ben', direct({ c1: 1, c3: 1 }), AT);
    const doc = memoCase(PROFILES, (s) => s, { workshop: advanced(w, 'REVEAL') }).doc;
    expect(workshopPart(doc).parts!.at(-1)!.title).toBe('Ballots set aside');
    const md = workshopMarkdown(doc);
    expect(md).toContain('- **Round 1, Ben:** the weights name criterion "c3", which the scenario does not have.');
    expect(md).toContain('| First | 70.0% | 70.0% | 70.0% | 0.0% |');
    expect(md).toContain('- **Round 1:** W = 1.00, from 1 participant ranking 3 options (one participant always agrees with themself).');
  });
});

describe('a workshop with no revealed round', () => {
  let w = advanced(workshopWith(profiles, ['Ana', 'Ben']), 'START');
  w = voted(w, profiles, 'ana', { ...direct({ c1: 7, c2: 3 }), scores: [{ option: 'a', criterion: 'c1', score: 0.25, reason: 'Secret reason.' }] });
  w = voted(w, profiles, 'ben', direct({ c1: 2, c2: 8 }));
  const { doc } = memoCase(PROFILES, (s) => s, { workshop: w });
  const section = workshopPart(doc);
  const md = workshopMarkdown(doc);

  it('says so in a short section with no figures from the ballots', () => {
    expect(section.parts).toBeUndefined();
    expect(md).toContain('No round has been revealed to the group yet, so nothing from the ballots appears here: the group has not seen them.');
    expect(md).not.toMatch(/\d+\.\d%|W =|leads|Secret reason|0\.25/);
    expect(md.replace('normalised to 100%', '')).not.toMatch(/%/);
  });

  it('says a workshop still in set-up has collected nothing', () => {
    const text = workshopMarkdown(memoCase(PROFILES, (s) => s, { workshop: workshopWith(profiles, []) }).doc);
    expect(text).toContain('No participants were recorded.');
    expect(text).toContain('It is still being set up: no ballots have been collected.');
  });
});

describe('a memo without a workshop', () => {
  it('is the memo with a workshop less its section, its FROM line and its appendix rows', () => {
    const bare = memoCase(PROFILES).doc;
    const withWorkshop = memoCase(PROFILES, (s) => s, { workshop: twoRounds() }).doc;
    expect(bare.heading.from).toBe('(not set)');
    expect(bare.sections.map((s) => s.id)).not.toContain('workshop');
    const appendix = (doc: MemoDocument) => doc.sections.find((s) => s.id === 'appendix')!.blocks[0]!;
    const rows = (doc: MemoDocument) => {
      const block = appendix(doc);
      return block.kind === 'table' ? block.rows : [];
    };
    expect(rows(withWorkshop).filter(([item]) => !item!.startsWith('Workshop')).map(([item, value]) => [item, value!.replace(', workshop file', '')])).toEqual(rows(bare));
    const stripped = { ...withWorkshop, heading: { ...withWorkshop.heading, from: '(not set)' }, sections: withWorkshop.sections.filter((s) => s.id !== 'workshop' && s.id !== 'appendix') };
    expect(stripped).toEqual({ ...bare, sections: bare.sections.filter((s) => s.id !== 'appendix') });
  });

  it("keeps the FROM the group wrote, workshop or not", () => {
    expect(memoCase(PROFILES, withMemoText({ from: 'The Cell' }), { workshop: twoRounds() }).doc.heading.from).toBe('The Cell');
  });
});
