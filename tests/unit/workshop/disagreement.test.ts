import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/domain/analysis';
import { rankTotals } from '../../../src/domain/scoring';
import {
  analyseRound,
  leaderChanges,
  leadSentence,
  participantLabel,
  rankingAgreement,
  withAggregation,
  withAnonymous,
  withBallot,
  withParticipant,
  withPlanPath,
  weightMovement,
  type Workshop,
} from '../../../src/domain/workshop';
import { loadValid } from '../../support/files';
import { advanced, AT, direct, workshopWith } from '../../support/workshop';

// A is (1, 0), B (0, 1), C (0.6, 0.6) on two benefit criteria c1 and c2 (tests/fixtures/valid/three-profiles.yaml).
const profiles = loadValid('tests/fixtures/valid/three-profiles.yaml');
const harbour = loadValid('tests/fixtures/valid/two-options.yaml');

/** Ana weighs 7 : 3 (A 0.7, C 0.6, B 0.3), Ben 3 : 7 (B 0.7, C 0.6, A 0.3), Cat 1 : 1 (C 0.6, A and B tied at 0.5). */
function splitRoom(): Workshop {
  let w = advanced(workshopWith(profiles, ['Ana', 'Ben', 'Cat']), 'START');
  w = withBallot(w, 'ana', direct({ c1: 7, c2: 3 }), AT);
  w = withBallot(w, 'ben', direct({ c1: 3, c2: 7 }), AT);
  return withBallot(w, 'cat', direct({ c1: 1, c2: 1 }), AT);
}

describe('disagreement in a round, worked by hand', () => {
  const round = analyseRound(profiles, splitRoom(), 1);

  it('shows the spread of each criterion\'s weight: min, max and population SD', () => {
    // c1: 0.7, 0.3, 0.5: mean and median 0.5, deviations ±0.2 and 0, SD √(0.08 / 3).
    const [c1, c2] = round.spread;
    expect(c1!.criterion).toBe('c1');
    expect(c1!.spread).toMatchObject({ count: 3, min: 0.3, max: 0.7 });
    expect(c1!.spread.mean).toBeCloseTo(0.5, 12);
    expect(c1!.spread.sd).toBeCloseTo(Math.sqrt(0.08 / 3), 12);
    expect(c2!.spread.sd).toBeCloseTo(Math.sqrt(0.08 / 3), 12);
  });

  it('gives the participants × criteria matrix for the heatmap', () => {
    expect(round.heatmap.participants).toEqual(['ana', 'ben', 'cat']);
    expect(round.heatmap.criteria).toEqual(['c1', 'c2']);
    round.heatmap.weights.forEach((row, p) => row.forEach((x, j) => expect(x).toBeCloseTo([[0.7, 0.3], [0.3, 0.7], [0.5, 0.5]][p]![j]!, 12)));
  });

  it('ranks the options by each participant\'s own weights, ties allowed', () => {
    expect(round.rankings.map((r) => [r.participant, r.ranking.rank, r.leaders])).toEqual([
      ['ana', [1, 3, 2], ['a']],
      ['ben', [3, 1, 2], ['b']],
      ['cat', [2, 2, 1], ['c']],
    ]);
  });

  it('says whose weights would change the top option against the group\'s mean', () => {
    // Mean weights 0.5 : 0.5 put C first (0.6): under Ana's weights A leads, under Ben's B; Cat agrees with the group.
    expect(round.group).toMatchObject({ ok: true, aggregation: 'mean' });
    expect(round.groupRanking!.leaders).toEqual(['c']);
    expect(round.leaderChanges).toEqual([{ participant: 'ana', leads: ['a'] }, { participant: 'ben', leads: ['b'] }]);
    expect(leadSentence(profiles, round.leaderChanges[0]!.leads)).toBe('With these weights, A leads');
    expect(leadSentence(profiles, ['a', 'b', 'c'])).toBe('With these weights, A, B and C tie for the lead');
  });

  it('measures agreement on the order by Kendall\'s W, ties at their average rank', () => {
    // Average ranks: Ana 1, 3, 2; Ben 3, 1, 2; Cat 2.5, 2.5, 1. R = 6.5, 6.5, 5 about m(n+1)/2 = 6: S = 1.5.
    // Cat's tie of two: T = 2³ − 2 = 6. W = 12 · 1.5 / (9 · 24 − 3 · 6) = 18 / 198 = 1/11.
    expect(round.agreement.ok && round.agreement.w).toBeCloseTo(1 / 11, 12);
  });

  it('counts a tie for the lead as another top option, and the same options as no change', () => {
    const ranked = (leaders: string[]) => ({ totals: [], ranking: rankTotals([]), leaders });
    const participants = [
      { participant: 'p1', ...ranked(['a', 'b']) },
      { participant: 'p2', ...ranked(['a']) },
      { participant: 'p3', ...ranked(['b']) },
    ];
    expect(leaderChanges(participants, ranked(['a']))).toEqual([{ participant: 'p1', leads: ['a', 'b'] }, { participant: 'p3', leads: ['b'] }]);
  });
});

describe('agreement where W says nothing', () => {
  it('is given as a reason: no rankings, one option, every ranking a tie', () => {
    const ranked = (totals: number[]) => ({ totals, ranking: rankTotals(totals), leaders: [] });
    expect(rankingAgreement([ranked([0.5])])).toEqual({ ok: false, why: 'there is only one option to rank' });
    expect(rankingAgreement([ranked([0.5, 0.5]), ranked([0.2, 0.2])])).toEqual({ ok: false, why: "every participant's weights tie every option, so there is no order to agree on" });
    // Ranks 1.5, 1.5 and 2, 1: R = 3.5, 2.5 about 3, S = 0.5; T = 6 for the tie; W = 12 · 0.5 / (4 · 6 − 2 · 6) = 0.5.
    expect(rankingAgreement([ranked([0.5, 0.5]), ranked([0.2, 0.3])])).toEqual({ ok: true, w: 0.5 });
    expect(rankingAgreement([ranked([0.9, 0.1, 0.5])])).toEqual({ ok: true, w: 1 });
  });
});

describe('a round with the group\'s plan', () => {
  it('ranks each participant\'s options exactly as the tool\'s own expected-value ranking does, with the group\'s steps', () => {
    let w = advanced(workshopWith(harbour, ['Ana', 'Ben']), 'START');
    w = withPlanPath(w, 'close', [{ state: 'when', choice: 'later' }, { state: 'storm', choice: 'severe', known: true }], AT);
    w = withBallot(w, 'ana', direct({ safety: 9, cost: 1 }), AT);
    w = withBallot(w, 'ben', direct({ safety: 1, cost: 9 }), AT);
    const round = analyseRound(harbour, w, 1);
    for (const [p, weights] of [[0, { safety: 9, cost: 1 }], [1, { safety: 1, cost: 9 }]] as const) {
      const own = analyseScenario(harbour, weights, w.plan.progress);
      expect(round.rankings[p]!.ranking).toEqual(own.expected);
      round.rankings[p]!.totals.forEach((t, i) => expect(t).toBeCloseTo(own.options[i]!.expected.total, 12));
    }
  });

  it('sets aside a ballot that no longer fits the scenario, saying why, and counts the rest', () => {
    let w = splitRoom();
    w = { ...w, rounds: [{ ...w.rounds[0]!, ballots: { ...w.rounds[0]!.ballots, cat: direct({ c1: 1, c3: 1 }) } }] };
    const round = analyseRound(profiles, w, 1);
    expect(round.unfit).toEqual([{ participant: 'cat', problems: ['the weights name criterion "c3", which the scenario does not have'] }]);
    expect(round.weights.map((e) => e.participant)).toEqual(['ana', 'ben']);
  });

  it('says when the aggregation asked for cannot combine the weights, and shows no group ranking', () => {
    const round = analyseRound(profiles, withAggregation(splitRoom(), 'aij', AT), 1);
    expect(round.group).toMatchObject({ ok: false, aggregation: 'aij' });
    expect(round.groupRanking).toBeUndefined();
    expect(round.leaderChanges).toEqual([]);
    expect(round.rankings).toHaveLength(3);
  });

  it('before any ballot: nothing to combine, no spread, no agreement', () => {
    const round = analyseRound(profiles, advanced(workshopWith(profiles, ['Ana']), 'START'), 1);
    expect(round).toMatchObject({ weights: [], spread: [], rankings: [], group: { ok: false }, agreement: { ok: false } });
    expect(() => analyseRound(profiles, splitRoom(), 2)).toThrow('the workshop has no round 2: it has 1');
  });

  it('does not depend on the order of the participant list', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['ana', 'ben', 'cat'], { minLength: 3 }), fc.constantFrom('mean', 'median'), (order, aggregation) => {
        const w = splitRoom();
        const reordered = { ...w, participants: order.map((id) => w.participants.find((p) => p.id === id)!) };
        const a = analyseRound(profiles, w, 1, aggregation);
        const b = analyseRound(profiles, reordered, 1, aggregation);
        expect(b.group.ok && b.group.weights.map((x) => x.toFixed(12))).toEqual(a.group.ok && a.group.weights.map((x) => x.toFixed(12)));
        expect(b.agreement).toEqual(a.agreement);
        expect(new Set(b.leaderChanges.map((c) => c.participant))).toEqual(new Set(a.leaderChanges.map((c) => c.participant)));
      }),
    );
  });
});

describe('movement between rounds', () => {
  it('shows how each participant\'s weights moved, per criterion, for those who voted in both rounds', () => {
    let w = advanced(splitRoom(), 'REVEAL', 'DISCUSS', 'NEXT_ROUND');
    w = withBallot(w, 'ben', direct({ c1: 1, c2: 1 }), AT);
    w = withBallot(w, 'ana', direct({ c1: 7, c2: 3 }), AT);
    const moved = weightMovement(profiles, w, 1, 2);
    expect(moved.map((m) => m.participant)).toEqual(['ana', 'ben']);
    // Ben went from 0.3 : 0.7 to 0.5 : 0.5: +0.2 on c1, −0.2 on c2; Ana stayed.
    moved[1]!.change.forEach((c, j) => expect(c).toBeCloseTo([0.2, -0.2][j]!, 12));
    moved[0]!.change.forEach((c) => expect(c).toBeCloseTo(0, 12));
    // Round 2 agrees more than round 1: Ana and Ben no longer reverse each other.
    const first = analyseRound(profiles, w, 1).agreement;
    const second = analyseRound(profiles, w, 2).agreement;
    expect(first.ok && second.ok && second.w > first.w).toBe(true);
  });
});

describe('anonymous mode in the reveal', () => {
  it('labels the rows of the heatmap without names', () => {
    const w = withAnonymous(withParticipant(splitRoom(), { id: 'dan', name: 'Dan', role: '', organisation: '' }, AT), true, AT);
    const round = analyseRound(profiles, w, 1);
    expect(round.heatmap.participants.map((id) => participantLabel(w, id))).toEqual(['Participant 1', 'Participant 2', 'Participant 3']);
  });
});
