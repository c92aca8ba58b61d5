import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A temporary folder for a test file's files, removed after its tests, and
 * `folder()` for a new empty folder in it, one per command run, so that "no
 * file written" can be checked as "an empty folder".
 */
export function workFolder(prefix: string): { work: string; folder: () => string } {
  const work = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let folders = 0;
  return {
    work,
    folder: () => {
      const dir = join(work, `out-${++folders}`);
      mkdirSync(dir);
      return dir;
    },
  };
}
