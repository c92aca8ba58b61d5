import type { Scenario } from '../../domain/scenario';
import { LIMITS } from '../../domain/scenario/limits';
import { parseSession, reconcileSession, type Session } from '../../domain/session';

export type SessionFileResult = { ok: true; session: Session; notices: string[] } | { ok: false; problems: string[] };

/**
 * A session file the user opened, checked and fitted to the scenario on
 * screen. A refused file changes nothing; every reason is listed.
 */
export async function readSessionFile(file: File, scenario: Scenario, hash: string): Promise<SessionFileResult> {
  if (file.size > LIMITS.fileBytes) return { ok: false, problems: [`the file is ${(file.size / (1024 * 1024)).toFixed(1)} MB; a session file is a few kilobytes`] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, problems: [error instanceof TypeError ? 'the file is not UTF-8 text, so it is not a session file' : `the browser could not read the file (${(error as Error).message})`] };
  }
  const parsed = parseSession(text);
  return parsed.ok ? reconcileSession(parsed.session, scenario, hash) : parsed;
}
