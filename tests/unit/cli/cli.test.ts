import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { inRoot, ROOT } from '../../support/files';

const malformed = readdirSync(join(ROOT, 'tests/fixtures/malformed')).map((f) => `tests/fixtures/malformed/${f}`);

describe('policy-options validate', () => {
  it('accepts the bundled scenario with a one-line summary and exit 0', async () => {
    const result = await inRoot(() => run(['validate', 'scenarios/iraq-pm-drone-strike-2021.yaml']));
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toHaveLength(1);
    expect(result.stdout[0]).toMatch(/^scenarios\/iraq-pm-drone-strike-2021\.yaml: valid: ".+" v2\.0\.0: 9 options, 15 criteria, \d+ facts, \d+ actors, \d+ paths$/);
  });

  it.each(malformed)('rejects %s with file:line:col and path, exit 1', async (file) => {
    const result = await inRoot(() => run(['validate', file]));
    expect(result.exitCode).toBe(1);
    const problems = result.stderr.slice(0, -1);
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+:\\d+: (\\(top level\\)|\\S+): .+`));
  });

  it('checks several files in one run and fails if any fails', async () => {
    const result = await inRoot(() => run(['validate', 'tests/fixtures/valid/minimal.yaml', 'tests/fixtures/malformed/cycle.yaml', 'missing.yaml']));
    expect(result.exitCode).toBe(1);
    expect(result.stdout[0]).toMatch(/minimal\.yaml: valid/);
    expect(result.stderr.join('\n')).toMatch(/missing\.yaml: cannot be read: there is no such file/);
    expect(result.stderr.join('\n')).toMatch(/cycle\.yaml:32:48: options\[0\]/);
  });

  it('gives usage errors exit 2', async () => {
    expect((await run([])).exitCode).toBe(2);
    expect((await run(['validate'])).exitCode).toBe(2);
    expect((await run(['frobnicate'])).stderr[0]).toBe('policy-options: unknown command "frobnicate"');
  });

  it('runs as the installed `policy-options` command with the same exit codes', () => {
    const bin = join(ROOT, 'bin/policy-options.mjs');
    const ok = spawnSync(process.execPath, [bin, 'validate', 'tests/fixtures/valid/minimal.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/minimal\.yaml: valid/);
    const bad = spawnSync(process.execPath, [bin, 'validate', 'tests/fixtures/malformed/bad-target.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad-target\.yaml:26:46: options\[0\]\.machine\.states\.when\.choices\[0\]\.target: choice "now" leads to "stom"/);
  });
});
