import type { Scenario } from '../../domain/scenario';
import { parseSession, reconcileSession, type Session } from '../../domain/session';
import { readTextFile } from '../read-text-file';

export type SessionFileResult = { ok: true; session: Session; notices: string[] } | { ok: false; problems: string[] };

/**
 * A session file the user opened, checked and fitted to the scenario on
 * screen. A refused file changes nothing; every reason is listed.
 */
export async function readSessionFile(file: File, scenario: Scenario, hash: string): Promise<SessionFileResult> {
  const read = await readTextFile(file, 'session');
  if (!read.ok) return read;
  const parsed = parseSession(read.text);
  return parsed.ok ? reconcileSession(parsed.session, scenario, hash) : parsed;
}
