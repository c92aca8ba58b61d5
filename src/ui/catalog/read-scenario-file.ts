import { decodeScenarioBytes, LIMITS, type Problem } from '../../domain/scenario';
import { loadEntry } from './load-entry';
import type { ScenarioEntry } from './scenario-entry';

/** A refused file's `text` is there when it was readable text: the editor can open it as a draft. */
export type ReadFileResult = { ok: true; entry: Extract<ScenarioEntry, { ok: true }>; text: string } | { ok: false; problems: Problem[]; omitted: number; text?: string };

/**
 * A scenario file the user opened, read and checked: too big, unreadable, not
 * UTF-8 text, or with problems, it is refused with every problem. The app
 * loads this module (and with it the YAML parser and the checks) only when a
 * file is opened.
 */
export async function readScenarioFile(file: File): Promise<ReadFileResult> {
  const refuse = (line: number, column: number, message: string): ReadFileResult => ({ ok: false, problems: [{ file: file.name, line, column, path: '(file)', message }], omitted: 0 });
  if (file.size > LIMITS.fileBytes) return refuse(1, 1, `the file is ${(file.size / (1024 * 1024)).toFixed(1)} MB, more than the ${LIMITS.fileBytes / (1024 * 1024)} MB a scenario may be`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refuse(1, 1, `the browser could not read the file (${(error as Error).message})`);
  }
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return refuse(decoded.line, decoded.column, decoded.message);
  const entry = loadEntry('opened', file.name, decoded.text);
  return entry.ok ? { ok: true, entry, text: decoded.text } : { ok: false, problems: entry.problems, omitted: entry.omitted, text: decoded.text };
}

/** The files opened in earlier visits, read again from the text kept in browser storage. */
export function reopenFiles(files: ReadonlyArray<{ file: string; text: string }>): ScenarioEntry[] {
  return files.map((f) => loadEntry('opened', f.file, f.text));
}
