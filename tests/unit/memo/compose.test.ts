import { describe, expect, it } from 'vitest';
import { buildMemo, composeMemo, memoFigures, MEMO_MONTE_CARLO } from '../../../src/domain/memo';
import { scenarioContentHash } from '../../../src/domain/scenario';
import { createSession, withMemo } from '../../../src/domain/session';
import { loadValid } from '../../support/files';
import { memoCase, TWO_OPTIONS } from '../../support/memo';

const scenario = loadValid('tests/fixtures/valid/three-profiles.yaml');
const hash = scenarioContentHash(scenario);
const session = createSession(scenario, new Date('2026-01-01T00:00:00Z'), hash);
const input = { scenario, scenarioHash: hash, session, sessionHash: 'a'.repeat(64), date: '2026-02-03', monteCarlo: { ...MEMO_MONTE_CARLO, samples: 500 } };

describe('a memo made from figures worked out once', () => {
  it('is the memo built in one go, so the live preview shows what the download holds', () => {
    const figures = memoFigures(scenario, session, input.monteCarlo);
    expect(composeMemo(figures, input)).toEqual(buildMemo(input));
  });

  it('takes the group\'s edited text without working the figures out again', () => {
    const figures = memoFigures(scenario, session, input.monteCarlo);
    const edited = withMemo(session, { ...session.memo, bottomLine: 'Hold until the investigation reports.', overallDissent: 'Two members preferred restraint.' });
    const memo = composeMemo(figures, { ...input, session: edited });
    const text = JSON.stringify(memo.sections);
    expect(memo.sections.find((s) => s.id === 'bottom-line')!.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Hold until the investigation reports.' }] }]);
    expect(text).toContain('Two members preferred restraint.');
    // The figures are the same object: the comparison table is unchanged by text edits.
    expect(memo.sections.find((s) => s.id === 'comparison')).toEqual(composeMemo(figures, input).sections.find((s) => s.id === 'comparison'));
  });
});

describe("an option's strengths and weaknesses", () => {
  it('never name the same criterion as both, even with only two criteria', () => {
    const { doc, scenario } = memoCase(TWO_OPTIONS);
    const lists = doc.sections.find((s) => s.id === 'options')!.parts!.flatMap((p) => p.blocks.filter((b) => b.kind === 'list' && b.items[0]![0]!.text === 'For: '));
    expect(lists).toHaveLength(scenario.options.length);
    for (const list of lists) {
      if (list.kind !== 'list') throw new Error('not a list');
      const [forText, againstText] = list.items.map((item) => item[1]!.text);
      const named = (text: string) => scenario.criteria.filter((c) => text.includes(c.label)).map((c) => c.id);
      expect(named(forText!)).toHaveLength(1);
      expect(named(againstText!)).toHaveLength(1);
      expect(named(forText!)).not.toEqual(named(againstText!));
    }
  });
});
