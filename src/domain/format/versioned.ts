import type { z } from 'zod';
import { formatPath } from '../scenario/problems';
import { shorten } from '../text/quote';

/**
 * One change of a file format. A migration takes the plain data of one
 * version (already known to be an object with that version number) and
 * returns the data of the next; it must not fail on data the older schema
 * allowed. Each has its own test with a file saved by the older version.
 */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for people reading old files. */
  change: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

/** A JSON file format of the tool: its name in the file, the current version, its schema and how older versions are brought up to date. */
export interface VersionedFormat<T> {
  /** The `format` field every file of this kind carries, e.g. "policy-options.session". */
  name: string;
  /** What a user calls such a file, for messages: "session", "workshop", "ballot". */
  noun: string;
  version: number;
  schema: z.ZodType<T>;
  /** Oldest first, one per version step. */
  migrations: readonly Migration[];
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The data brought up to the format's version one migration at a time, or why it cannot be. */
export function migrate(format: VersionedFormat<unknown>, data: Record<string, unknown>, from: number): { ok: true; data: Record<string, unknown> } | { ok: false; problem: string } {
  let current = data;
  for (let version = from; version < format.version; version++) {
    const step = format.migrations.find((m) => m.from === version);
    if (!step) return { ok: false, problem: `there is no way to read ${format.noun} format ${version} (this version of policy-options reads 1 to ${format.version})` };
    current = step.up(current);
  }
  return { ok: true, data: current };
}

/**
 * Reads a saved file of the format, refusing (with every reason) anything that
 * is not a whole, valid file of a version this build understands. Older
 * versions are brought up to date by the numbered migrations before they are
 * checked.
 */
export function readVersioned<T>(format: VersionedFormat<T>, text: string): ReadResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the ${format.noun} is not valid JSON (${shorten((error as Error).message, 160)})`] };
  }
  const header = data as { format?: unknown; version?: unknown } | null;
  if (header === null || typeof header !== 'object' || Array.isArray(header) || header.format !== format.name) {
    return { ok: false, problems: [`this is not a policy-options ${format.noun} file (no "format": "${format.name}")`] };
  }
  const version = header.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [`version: the ${format.noun} format version must be a whole number from 1 (it is ${shorten(JSON.stringify(version) ?? 'missing', 40)})`] };
  }
  if (version > format.version) {
    return { ok: false, problems: [`this ${format.noun} was saved by a newer version of policy-options (${format.noun} format ${version}; this one reads up to ${format.version})`] };
  }
  const migrated = migrate(format, header as Record<string, unknown>, version);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const parsed = format.schema.safeParse(migrated.data);
  if (!parsed.success) return { ok: false, problems: issueMessages(parsed.error) };
  return { ok: true, value: parsed.data };
}

/** A file of any of the formats: indented JSON ending with a line break, as people and diff tools like it. */
export function writeVersioned(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Each zod issue as "where: what", the place written as a document path. */
export function issueMessages(error: z.ZodError): string[] {
  return error.issues.map((i) => `${formatPath(i.path.map((p) => (typeof p === 'number' ? p : String(p))))}: ${i.message}`);
}
