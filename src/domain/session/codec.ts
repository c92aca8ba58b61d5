import { readVersioned, writeVersioned, type VersionedFormat } from '../format/versioned';
import { MIGRATIONS } from './migrations';
import { SESSION_FORMAT, SESSION_VERSION, SessionSchema, type Session } from './schema';

export type SessionReadResult = { ok: true; session: Session } | { ok: false; problems: string[] };

export const SESSION_FILE: VersionedFormat<Session> = { name: SESSION_FORMAT, noun: 'session', version: SESSION_VERSION, schema: SessionSchema, migrations: MIGRATIONS };

export function serialiseSession(session: Session): string {
  return writeVersioned(session);
}

/**
 * Reads a saved session, refusing (with every reason) anything that is not a
 * whole, valid session of a version this build understands. Older versions
 * are brought up to date by the numbered migrations before they are checked.
 */
export function parseSession(text: string): SessionReadResult {
  const read = readVersioned(SESSION_FILE, text);
  return read.ok ? { ok: true, session: read.value } : read;
}
