import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../src/domain/scenario';
import { createSession, serialiseSession, withOptionPath } from '../../src/domain/session';
import { keys } from '../../src/ui/storage/keys';
import { loadStoredSession, storeSession } from '../../src/ui/storage/session-store';
import { loadValid } from '../support/files';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const workspace = 'bundled/harbour-closure';
const hash = scenarioContentHash(scenario);

describe('sessions in browser storage', () => {
  it('reads back what was stored', () => {
    const session = withOptionPath(createSession(scenario), 'close', [{ state: 'when', choice: 'later' }]);
    expect(storeSession(window.localStorage, workspace, session)).toBeUndefined();
    expect(loadStoredSession(window.localStorage, workspace, scenario, hash)).toEqual({ session, notices: [] });
  });

  it('sets unreadable data aside once, however often it is read, and keeps it byte for byte', () => {
    const damaged = serialiseSession(createSession(scenario)).slice(0, 80);
    window.localStorage.setItem(keys.session(workspace), damaged);
    const first = loadStoredSession(window.localStorage, workspace, scenario, hash);
    const second = loadStoredSession(window.localStorage, workspace, scenario, hash);
    expect(second.notices).toEqual(first.notices);
    const aside = Object.keys(window.localStorage).filter((k) => k.includes('/unreadable-session/'));
    expect(aside).toHaveLength(1);
    expect(window.localStorage.getItem(aside[0]!)).toBe(damaged);
    expect(first.notices[0]).toContain(aside[0]);
    expect(first.session.progress).toEqual({});
  });

  it('reports, rather than throws, when the browser refuses to save', () => {
    const full = { ...window.localStorage, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    expect(storeSession(full, workspace, createSession(scenario))).toMatch(/could not be saved in this browser \(QuotaExceededError\)/);
  });
});
