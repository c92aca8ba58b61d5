import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/command-result';
import { run } from '../../../src/cli/main';
import { parseWorkshop, serialiseWorkshop, workshopContentHash, type Workshop } from '../../../src/domain/workshop';
import { inRoot, read } from '../../support/files';
import { BRIEF, TWO_OPTIONS } from '../../support/memo';
import { workFolder } from '../../support/work-folder';

/**
 * `memo --workshop`: the memo says what a workshop thought, when the workshop
 * was run on this very scenario (id, version and content hash); otherwise, or
 * when the file is damaged, it refuses with every problem and writes nothing.
 */
const FIXTURE = 'tests/fixtures/workshops/v1-harbour.json';
const { work, folder } = workFolder('policy-options-memo-workshop-');
const memo = (...args: string[]) => inRoot(() => run(['memo', ...args]));
const FAST = ['--samples', '500', '--date', '2026-12-01'];

function fixture(): Workshop {
  const parsed = parseWorkshop(read(FIXTURE));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.workshop;
}

/** A workshop file in the work folder. */
function saved(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

/** Runs the memo command into an empty folder, which must stay empty: nothing is written on a refusal. */
async function refused(...args: string[]) {
  const dir = folder();
  const result = await memo(...args, '--format', 'md', '--out', join(dir, 'm.md'), ...FAST);
  expect(result.stdout).toEqual([]);
  expect(readdirSync(dir)).toEqual([]);
  return result;
}

describe('policy-options memo --workshop', () => {
  it('writes the memo with the workshop section, its FROM line and its hash in the appendix', async () => {
    const out = join(folder(), 'memo.md');
    const result = await memo(TWO_OPTIONS, '--workshop', FIXTURE, '--format', 'md', '--out', out, ...FAST);
    expect(result).toEqual({ exitCode: EXIT.ok, stdout: [`wrote ${out}`], stderr: [] });
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('**FROM:** Workshop “Storm drill”, 2026-12-01\\\n');
    expect(md).toContain('## The workshop\n\nThe workshop “Storm drill” was held on 2026-12-01, facilitated by F. Acilitator.');
    expect(md).toContain('| Ana | Analyst | Port authority |');
    expect(md).toContain('| Safety | 60.0% | 50.0% | 70.0% | 10.0% |');
    expect(md).toContain(`| Workshop content SHA-256 | ${workshopContentHash(fixture())} |`);
    expect(md.indexOf('## Robustness')).toBeLessThan(md.indexOf('## The workshop'));
    expect(md.indexOf('## The workshop')).toBeLessThan(md.indexOf('## Dissent and open questions'));
  });

  it('names no participant when the workshop is anonymous', async () => {
    const out = join(folder(), 'memo.md');
    const file = saved('anonymous.json', serialiseWorkshop({ ...fixture(), anonymous: true }));
    expect((await memo(TWO_OPTIONS, '--workshop', file, '--format', 'md', '--out', out, ...FAST)).exitCode).toBe(EXIT.ok);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('It had 2 participants. It was anonymous');
    expect(md).toContain("With Participant 1's weights, Close the harbour leads.");
    expect(md).not.toMatch(/\bAna\b|\bBen\b/);
  });

  it('is in the usage text, and needs a file', async () => {
    expect((await run(['help'])).stdout.join('\n')).toContain('--workshop adds what a workshop run on this scenario thought');
    expect(await memo(TWO_OPTIONS, '--format', 'md', '--out', 'm.md', '--workshop')).toEqual({ exitCode: EXIT.usage, stdout: [], stderr: ['policy-options: memo --workshop needs a value'] });
  });
});

describe('policy-options memo refusing a workshop, leaving no file', () => {
  it('refuses a file that is not JSON, or not a workshop', async () => {
    const broken = saved('broken.json', read(FIXTURE).slice(0, 200));
    const notJson = await refused(TWO_OPTIONS, '--workshop', broken);
    expect(notJson.exitCode).toBe(EXIT.problems);
    expect(notJson.stderr).toEqual([expect.stringMatching(new RegExp(`^${broken}: the workshop is not valid JSON \\(`))]);
    const session = saved('a-session.json', read('tests/fixtures/sessions/v3-harbour.json'));
    expect((await refused(TWO_OPTIONS, '--workshop', session)).stderr).toEqual([`${session}: this is not a policy-options workshop file (no "format": "policy-options.workshop")`]);
  });

  it('refuses a damaged workshop with every problem in it', async () => {
    const damaged = saved('damaged.json', read(FIXTURE).replace('"aggregation": "mean"', '"aggregation": "mode"').replace('"anonymous": false', '"anonymous": "no"'));
    const result = await refused(TWO_OPTIONS, '--workshop', damaged);
    expect(result.exitCode).toBe(EXIT.problems);
    expect(result.stderr).toHaveLength(2);
    expect(result.stderr).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${damaged}: anonymous: `)), `${damaged}: aggregation: must be one of "mean", "median", "aij"`]));
  });

  it("refuses another scenario's workshop", async () => {
    const result = await refused(BRIEF, '--workshop', FIXTURE);
    expect(result).toEqual({ exitCode: EXIT.problems, stdout: [], stderr: [`${FIXTURE}: this workshop was run on scenario "harbour-closure", not "iraq-pm-drone-strike-2021"`] });
  });

  it('refuses a workshop run on another version, or on a changed copy, of the scenario', async () => {
    const older = saved('older.json', serialiseWorkshop({ ...fixture(), scenario: { ...fixture().scenario, version: '0.9.0' } }));
    expect((await refused(TWO_OPTIONS, '--workshop', older)).stderr).toEqual([`${older}: this workshop was run on version "0.9.0" of the scenario, not version "1.0.0"`]);
    const changed = saved('changed.json', serialiseWorkshop({ ...fixture(), scenario: { ...fixture().scenario, hash: 'f'.repeat(64) } }));
    expect((await refused(TWO_OPTIONS, '--workshop', changed)).stderr).toEqual([`${changed}: this workshop was run on another copy of the scenario: version "1.0.0" as here, but with other content`]);
  });

  it('reports the workshop with the other inputs\' problems, all at once', async () => {
    const missing = join(work, 'missing.json');
    const together = await refused(BRIEF, '--session', missing, '--workshop', FIXTURE);
    expect(together.stderr).toEqual([
      `${missing}: cannot be read: there is no such file (check the name and the folder you are in)`,
      `${FIXTURE}: this workshop was run on scenario "harbour-closure", not "iraq-pm-drone-strike-2021"`,
    ]);
    const harbourSession = saved('harbour-session.json', read('tests/fixtures/sessions/v3-harbour.json'));
    const unreadable = await refused('tests/fixtures/malformed/cycle.yaml', '--session', harbourSession, '--workshop', missing);
    expect(unreadable.stderr.slice(-2)).toEqual(['tests/fixtures/malformed/cycle.yaml: the scenario has problems, so it cannot be made into a memo', `${missing}: cannot be read: there is no such file (check the name and the folder you are in)`]);
    const both = await refused(BRIEF, '--session', harbourSession, '--workshop', FIXTURE);
    expect(both.stderr).toEqual([`${harbourSession}: this session belongs to scenario "harbour-closure", not "iraq-pm-drone-strike-2021"`, `${FIXTURE}: this workshop was run on scenario "harbour-closure", not "iraq-pm-drone-strike-2021"`]);
  });
});
