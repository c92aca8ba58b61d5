import { describe, expect, it } from 'vitest';
import { renderMemoHtml, renderMemoMarkdown } from '../../../src/domain/memo';
import { BRIEF, memoCase, TEST_MONTE_CARLO, TWO_OPTIONS, withMemoText } from '../../support/memo';

/**
 * Issue 13: the same scenario, session and seed give the same memo, byte for
 * byte, apart from the date the user sets. Each memo here is made from
 * scratch (scenario loaded, analysed, sampled) so nothing is shared between them.
 */
const writers = { md: renderMemoMarkdown, html: renderMemoHtml };
const notes = withMemoText({ to: 'The Principal', notes: { close: 'Check the tides.' }, overallDissent: 'One voice for waiting.' });

describe.each([TWO_OPTIONS, BRIEF])('the memo for %s', (file) => {
  it.each(Object.keys(writers) as Array<keyof typeof writers>)('comes out the same, byte for byte, in %s', (format) => {
    const render = writers[format];
    expect(render(memoCase(file, notes).doc)).toBe(render(memoCase(file, notes).doc));
  });

  it.each(Object.keys(writers) as Array<keyof typeof writers>)('changes only its date, in %s, when made on another day', (format) => {
    const render = writers[format];
    const first = memoCase(file, notes, { date: '2026-12-01' }).doc;
    const later = memoCase(file, notes, { date: '2027-01-15' }).doc;
    expect(render(first)).not.toBe(render(later));
    expect(render(first).replaceAll('2026-12-01', '2027-01-15')).toBe(render(later));
    expect(first.fileStem.replace('2026-12-01', '2027-01-15')).toBe(later.fileStem);
  });

  it('changes with the seed, which the appendix records', () => {
    const seeded = (seed: number) => renderMemoMarkdown(memoCase(file, notes, { monteCarlo: { ...TEST_MONTE_CARLO, settings: { ...TEST_MONTE_CARLO.settings, seed } } }).doc);
    expect(seeded(7)).toMatch(/\| Monte Carlo \| 2,000 samples, seed 7,/);
    expect(seeded(8)).not.toBe(seeded(7));
  });
});
