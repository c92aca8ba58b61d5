import type { Scenario } from '../../domain/scenario';
import { createSession, parseSession, reconcileSession, serialiseSession, type Session } from '../../domain/session';
import { keys } from './keys';
import { setAside } from './set-aside';

export interface SessionLoad {
  session: Session;
  /** What the user should be told about how their saved work was read. */
  notices: string[];
}

/**
 * The session saved for a scenario, checked and fitted to the scenario as it
 * is now. Whenever the saved text cannot be used as it is (unreadable, or
 * repaired), it is first copied aside, and the user is told where.
 */
export function loadStoredSession(storage: Storage, workspace: string, scenario: Scenario, hash: string, now: Date = new Date()): SessionLoad {
  const text = storage.getItem(keys.session(workspace));
  if (text === null) return { session: createSession(scenario, now, hash), notices: [] };

  const parsed = parseSession(text);
  const fitted = parsed.ok ? reconcileSession(parsed.session, scenario, hash) : parsed;
  if (fitted.ok && fitted.notices.length === 0) return { session: fitted.session, notices: [] };

  const aside = setAside(storage, workspace, text);
  const kept = aside ? `The session as it was saved is kept, not deleted (browser storage key "${aside}").` : 'The browser refused to keep a copy of the session as it was saved.';
  if (fitted.ok) return { session: fitted.session, notices: [...fitted.notices, kept] };
  return {
    session: createSession(scenario, now, hash),
    notices: [`Work saved earlier in this browser for this scenario could not be read, so you start afresh. ${kept} What was wrong: ${fitted.problems.join('; ')}.`],
  };
}

/** Saves a session; returns an error message instead of throwing when storage refuses (full or disabled). */
export function storeSession(storage: Storage, workspace: string, session: Session): string | undefined {
  try {
    storage.setItem(keys.session(workspace), serialiseSession(session));
    return undefined;
  } catch (error) {
    return `Your latest changes could not be saved in this browser (${(error as Error).message}). Download the summary to keep a copy.`;
  }
}
