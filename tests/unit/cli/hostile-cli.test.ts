import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/command-result';
import { LIMITS } from '../../../src/domain/scenario';
import { run } from '../../../src/cli/main';
import { validateFiles } from '../../../src/cli/validate-command';
import { read, ROOT } from '../../support/files';

/** Issue 9, cases 2, 7 and 12: the command line under hostile and broken input. */
const work = mkdtempSync(join(tmpdir(), 'policy-options-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bin = join(ROOT, 'bin/policy-options.mjs');
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

describe('the command line with hostile input', () => {
  it('checks two deeply nested files in one run without Node aborting, and reports both', () => {
    const deep = join(work, 'deep.yaml');
    writeFileSync(deep, `${'- '.repeat(3000)}x\n`);
    const result = cli('validate', deep, deep, 'tests/fixtures/valid/minimal.yaml');
    expect(result.status).toBe(EXIT.problems);
    expect(result.stderr.match(/deeper than 64 levels/g)).toHaveLength(2);
    expect(result.stdout).toMatch(/minimal\.yaml: valid/);
  });

  it('keeps the results of the other files when one breaks the tool, and exits 3 with one line for it', () => {
    const result = validateFiles(['tests/fixtures/valid/minimal.yaml', 'boom.yaml', 'tests/fixtures/malformed/cycle.yaml'], (name) => {
      if (name === 'boom.yaml') throw new Error('disk on fire');
      return { ok: true, bytes: new TextEncoder().encode(read(name)) };
    });
    expect(result.exitCode).toBe(EXIT.internal);
    expect(result.stdout).toEqual([expect.stringMatching(/^tests\/fixtures\/valid\/minimal\.yaml: valid/)]);
    expect(result.stderr).toContain('boom.yaml: internal error in policy-options, not a problem with the file: disk on fire');
    expect(result.stderr.join('\n')).toMatch(/cycle\.yaml:32:48: /);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO with no writer and /dev/zero at once, instead of blocking or reading for ever', () => {
    const fifo = join(work, 'pipe.yaml');
    spawnSync('mkfifo', [fifo]);
    const result = cli('validate', fifo, '/dev/zero', work);
    expect(result.status).toBe(EXIT.problems);
    expect(result.stderr).toContain(`${fifo}: cannot be read: it is a pipe, not a file`);
    expect(result.stderr).toContain('/dev/zero: cannot be read: it is a device, not a file');
    expect(result.stderr).toContain(`${work}: cannot be read: it is a folder, not a file`);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = join(work, 'big.yaml');
    writeFileSync(big, Buffer.alloc(LIMITS.fileBytes + 1, 'a'));
    expect((await run(['validate', big])).stderr).toEqual([`${big}: cannot be read: it is 4.0 MB, more than the 4.0 MB a scenario may be`]);
  });

  it('says the folder is missing when schema --out cannot be written, without a stack trace', async () => {
    const result = await run(['schema', '--out', join(work, 'no/such/folder/schema.json')]);
    expect(result).toEqual({ exitCode: EXIT.problems, stdout: [], stderr: [`policy-options: cannot write ${join(work, 'no/such/folder/schema.json')}: there is no folder ${join(work, 'no/such/folder')}`] });
    mkdirSync(join(work, 'out'));
    expect((await run(['schema', '--out', join(work, 'out/schema.json')])).exitCode).toBe(EXIT.ok);
  });

  it('prints no control character from a file: every problem stays one line, and escapes show what was there', () => {
    const file = join(work, 'controls.yaml');
    writeFileSync(file, `${read('tests/fixtures/valid/minimal.yaml')}"\\e[2J\\u202Eevil\\nforged.yaml:1:1: fake": 1\n`);
    const result = cli('validate', file, 'tests/fixtures/hostile/hostile.yaml');
    expect(result.status).toBe(EXIT.problems);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toEqual([`${file}:35:1: ["\\u{1B}[2J\\u{202E}evil\\u{0A}forged.yaml:1:1: fake"]: unknown field "\\u{1B}[2J\\u{202E}evil\\u{0A}forged.yaml:1:1: fake"; the fields allowed here are "$schema", "id", "title", "version", "summary", "source", "facts", "actors", "criteria", "options", "baselineOption", "weightPresets"`, `${file}: 1 problem`]);
    expect(result.stdout).toMatch(/^tests\/fixtures\/hostile\/hostile\.yaml: valid: "title \[html\] W{46}…" vversion \[script\] <s…: 2 options/);
  });
});
