import { describe, expect, it } from 'vitest';
import { sessionSummary, workshopSummary } from '../../../src/ui/views/version-summary';
import { read } from '../../support/files';

describe('the one line on a saved version', () => {
  it('names a session’s weighting method in force and how many options were stepped', () => {
    expect(sessionSummary(read('tests/fixtures/sessions/v3-harbour.json'))).toEqual({ readable: true, line: '100 points weights, 1 option stepped' });
    const session = JSON.parse(read('tests/fixtures/sessions/v3-harbour.json'));
    session.progress = { close: [], wait: [] };
    session.weighting.active = 'ahp';
    expect(sessionSummary(JSON.stringify(session))).toEqual({ readable: true, line: 'Pairwise (AHP) weights, no option stepped' });
  });

  it('names a workshop’s title, participants, round and phase', () => {
    expect(workshopSummary(read('tests/fixtures/workshops/v1-harbour.json'))).toEqual({ readable: true, line: '“Storm drill”, 2 participants, round 2, collecting ballots' });
  });

  it('says why a version can no longer be read, and never throws', () => {
    expect(sessionSummary('{"format": "policy-options.session", "version": 1, "weighting": 7')).toEqual({ readable: false, problem: expect.stringMatching(/not valid JSON/) });
    expect(workshopSummary(read('tests/fixtures/sessions/v3-harbour.json'))).toEqual({ readable: false, problem: expect.stringMatching(/workshop/) });
    expect(sessionSummary('{"format": "policy-options.session", "version": 99}')).toEqual({ readable: false, problem: expect.stringMatching(/newer/) });
  });
});
