import { formatPath } from '../scenario/problems';
import { shorten } from '../text/quote';
import { SESSION_FORMAT, SESSION_VERSION, SessionSchema, type Session } from './schema';

export type SessionReadResult = { ok: true; session: Session } | { ok: false; problems: string[] };

export function serialiseSession(session: Session): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/**
 * Reads a saved session, refusing (with every reason) anything that is not a
 * whole, valid session of a version this build understands.
 */
export function parseSession(text: string): SessionReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the session is not valid JSON (${shorten((error as Error).message, 160)})`] };
  }
  const header = data as { format?: unknown; version?: unknown } | null;
  if (header === null || typeof header !== 'object' || header.format !== SESSION_FORMAT) {
    return { ok: false, problems: [`this is not a policy-options session file (no "format": "${SESSION_FORMAT}")`] };
  }
  if (typeof header.version === 'number' && header.version > SESSION_VERSION) {
    return { ok: false, problems: [`this session was saved by a newer version of policy-options (session format ${header.version}; this one reads up to ${SESSION_VERSION})`] };
  }
  const parsed = SessionSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${formatPath(i.path.map((p) => (typeof p === 'number' ? p : String(p))))}: ${i.message}`) };
  }
  return { ok: true, session: parsed.data };
}
