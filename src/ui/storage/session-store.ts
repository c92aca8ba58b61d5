import type { Scenario } from '../../domain/scenario';
import { createSession, parseSession, reconcileSession, serialiseSession, type Session } from '../../domain/session';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { keys } from './keys';

export interface SessionLoad {
  session: Session;
  /** What the user should be told about how their saved work was read. */
  notices: string[];
}

/**
 * The session saved for a scenario, fitted to the scenario as it is now. Saved
 * data that cannot be read is copied aside under a key named by its content
 * (so doing this twice is harmless) before anything replaces it.
 */
export function loadStoredSession(storage: Storage, workspace: string, scenario: Scenario, hash: string, now: Date = new Date()): SessionLoad {
  const key = keys.session(workspace);
  const text = storage.getItem(key);
  if (text === null) return { session: createSession(scenario, now, hash), notices: [] };

  const parsed = parseSession(text);
  const fitted = parsed.ok ? reconcileSession(parsed.session, scenario, hash) : parsed;
  if (fitted.ok) return { session: fitted.session, notices: fitted.notices };

  const aside = keys.setAside(workspace, bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16));
  storage.setItem(aside, text);
  return {
    session: createSession(scenario, now, hash),
    notices: [`Work saved earlier in this browser for this scenario could not be read, so you start afresh. The unreadable data was kept, not deleted (browser storage key "${aside}"). What was wrong: ${fitted.problems.join('; ')}.`],
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
