import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { LIMITS } from '../domain/scenario';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; why: string };

/**
 * A file's bytes, refusing what is not a regular file (a FIFO with no writer
 * would block for ever, /dev/zero never ends) and what is over the size limit,
 * before reading any of it. `what` names the kind of file in the size message.
 */
export function readInputFile(name: string, maxBytes: number = LIMITS.fileBytes, what = 'a scenario'): ReadResult {
  let fd: number | undefined;
  try {
    const kind = describeKind(statSync(name));
    if (kind) return { ok: false, why: kind };
    fd = openSync(name, 'r');
    // Checked again on the open file: it may have been swapped since the first look.
    const stats = fstatSync(fd);
    const openedKind = describeKind(stats);
    if (openedKind) return { ok: false, why: openedKind };
    if (stats.size > maxBytes) return { ok: false, why: `it is ${megabytes(stats.size)}, more than the ${megabytes(maxBytes)} ${what} may be` };
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { ok: true, bytes: bytes.subarray(0, filled) };
  } catch (error) {
    return { ok: false, why: whyUnreadable(error as NodeJS.ErrnoException) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function describeKind(stats: import('node:fs').Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'it is a folder, not a file';
  if (stats.isFIFO()) return 'it is a pipe, not a file; save the scenario to a file and check that';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a file';
  if (stats.isSocket()) return 'it is a socket, not a file';
  return 'it is not a regular file';
}

export function whyUnreadable(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'there is no such file (check the name and the folder you are in)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'it is a link that leads round in a loop';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return error.message;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
