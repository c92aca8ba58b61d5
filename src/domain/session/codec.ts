import { formatPath } from '../scenario/problems';
import { shorten } from '../text/quote';
import { migrate } from './migrations';
import { SESSION_FORMAT, SESSION_VERSION, SessionSchema, type Session } from './schema';

export type SessionReadResult = { ok: true; session: Session } | { ok: false; problems: string[] };

export function serialiseSession(session: Session): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/**
 * Reads a saved session, refusing (with every reason) anything that is not a
 * whole, valid session of a version this build understands. Older versions
 * are brought up to date by the numbered migrations before they are checked.
 */
export function parseSession(text: string): SessionReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the session is not valid JSON (${shorten((error as Error).message, 160)})`] };
  }
  const header = data as { format?: unknown; version?: unknown } | null;
  if (header === null || typeof header !== 'object' || Array.isArray(header) || header.format !== SESSION_FORMAT) {
    return { ok: false, problems: [`this is not a policy-options session file (no "format": "${SESSION_FORMAT}")`] };
  }
  const version = header.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [`version: the session format version must be a whole number from 1 (it is ${shorten(JSON.stringify(version) ?? 'missing', 40)})`] };
  }
  if (version > SESSION_VERSION) {
    return { ok: false, problems: [`this session was saved by a newer version of policy-options (session format ${version}; this one reads up to ${SESSION_VERSION})`] };
  }
  const migrated = migrate(header as Record<string, unknown>, version, SESSION_VERSION);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const parsed = SessionSchema.safeParse(migrated.data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${formatPath(i.path.map((p) => (typeof p === 'number' ? p : String(p))))}: ${i.message}`) };
  }
  return { ok: true, session: parsed.data };
}
