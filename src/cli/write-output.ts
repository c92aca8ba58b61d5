import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { whyUnreadable } from './read-input';

/** Why `file` cannot be written, checked before any work is done; undefined when it looks writable. */
export function whyUnwritable(file: string): string | undefined {
  const folder = dirname(file);
  if (!existsSync(folder)) return `there is no folder ${folder}`;
  if (!statSync(folder).isDirectory()) return `${folder} is not a folder`;
  if (existsSync(file) && statSync(file).isDirectory()) return 'it is a folder';
  return undefined;
}

/**
 * Writes the whole file or nothing: the content goes to a temporary file in
 * the same folder, which is renamed over `file` only once it is complete, so
 * a failure half-way (a full disk, a refused permission) leaves no partial
 * file, and a reader never sees one.
 */
export function writeFileWhole(file: string, content: string | Uint8Array): { ok: true } | { ok: false; why: string } {
  const unwritable = whyUnwritable(file);
  if (unwritable) return { ok: false, why: unwritable };
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.part`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, file);
    return { ok: true };
  } catch (error) {
    rmSync(temporary, { force: true });
    return { ok: false, why: whyUnreadable(error as NodeJS.ErrnoException) };
  }
}
