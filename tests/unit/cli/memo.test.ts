import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/command-result';
import { run } from '../../../src/cli/main';
import { memoCommand } from '../../../src/cli/memo-command';
import { readInputFile } from '../../../src/cli/read-input';
import { scenarioContentHash } from '../../../src/domain/scenario';
import { createSession, serialiseSession } from '../../../src/domain/session';
import { inRoot, loadValid, read, ROOT } from '../../support/files';
import { BRIEF, TWO_OPTIONS } from '../../support/memo';
import { workFolder } from '../../support/work-folder';

const { work, folder } = workFolder('policy-options-memo-');
const memo = (...args: string[]) => inRoot(() => run(['memo', ...args]));
const FAST = ['--samples', '500', '--date', '2026-12-01'];

describe('policy-options memo', () => {
  it.each(['md', 'html'])('writes a %s memo, and says where', async (format) => {
    const out = join(folder(), `memo.${format}`);
    const result = await memo(TWO_OPTIONS, '--format', format, '--out', out, ...FAST);
    expect(result).toEqual({ exitCode: EXIT.ok, stdout: [`wrote ${out}`], stderr: [] });
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('UNCLASSIFIED // DRAFT');
    expect(text).toContain('Recommend Close the harbour, which has the highest expected value');
    if (format === 'html') expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    else expect(text.startsWith('**UNCLASSIFIED // DRAFT**\n')).toBe(true);
  });

  it('writes a Word memo: a zip holding the document, with the banner in its header', async () => {
    const out = join(folder(), 'memo.docx');
    const result = await memo(TWO_OPTIONS, '--format', 'docx', '--out', out, ...FAST);
    expect(result).toEqual({ exitCode: EXIT.ok, stdout: [`wrote ${out}`], stderr: [] });
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files)).toContain('word/document.xml');
    expect(strFromU8(files['word/document.xml']!)).toContain('Recommend Close the harbour, which has the highest expected value');
    for (const part of ['header', 'footer']) {
      const xml = Object.keys(files).filter((f) => new RegExp(`^word/${part}\\d*\\.xml$`).test(f)).map((f) => strFromU8(files[f]!));
      expect(xml.some((x) => x.includes('>UNCLASSIFIED<')), part).toBe(true);
    }
  });

  it('dates the memo today in UTC when --date is not given', async () => {
    const dir = folder();
    // 23:30 in New York on 4 March is already 5 March in UTC.
    const result = await memoCommand([join(ROOT, TWO_OPTIONS), '--format', 'md', '--out', dir, '--samples', '500'], readInputFile, () => new Date('2026-03-04T23:30:00-05:00'));
    expect(result.stdout).toEqual([`wrote ${join(dir, 'UNCLASSIFIED-harbour-closure-memo-2026-03-05.md')}`]);
    expect(readFileSync(join(dir, 'UNCLASSIFIED-harbour-closure-memo-2026-03-05.md'), 'utf8')).toContain('**DATE:** 2026-03-05\\\n');
  });

  it('names the file for its marking, scenario and date when --out is a folder', async () => {
    const dir = folder();
    const result = await memo(TWO_OPTIONS, '--format', 'md', '--out', dir, '--marking', 'cui', ...FAST);
    expect(result.stdout).toEqual([`wrote ${join(dir, 'CUI-harbour-closure-memo-2026-12-01.md')}`]);
    expect(readFileSync(join(dir, 'CUI-harbour-closure-memo-2026-12-01.md'), 'utf8').startsWith('**CUI // DRAFT**\n')).toBe(true);
  });

  it('records the hash of the fresh session without --session, and of the file with it, and takes --marking over the session', async () => {
    const scenario = loadValid(TWO_OPTIONS);
    const fresh = bytesToHex(sha256(utf8ToBytes(serialiseSession(createSession(scenario, new Date(0))))));
    const bare = join(folder(), 'bare.md');
    await memo(TWO_OPTIONS, '--format', 'md', '--out', bare, ...FAST);
    expect(readFileSync(bare, 'utf8')).toContain(`| Session file SHA-256 | ${fresh} |`);

    const session = createSession(scenario, new Date('2026-11-30T12:00:00Z'));
    const text = serialiseSession({ ...session, memo: { ...session.memo, to: 'The Harbour Master', bottomLine: 'Close tonight.' }, progress: { close: [{ state: 'when', choice: 'later' }] } });
    const file = join(work, 'session.json');
    writeFileSync(file, text);
    const out = join(folder(), 'with-session.md');
    const result = await memo(TWO_OPTIONS, '--session', file, '--format', 'md', '--out', out, '--marking', 'Internal use only', ...FAST);
    expect(result.exitCode).toBe(EXIT.ok);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain(`| Session file SHA-256 | ${bytesToHex(sha256(readFileSync(file)))} |`);
    expect(md).toContain(`| Scenario content SHA-256 | ${scenarioContentHash(scenario)} |`);
    expect(md).toContain('**TO:** The Harbour Master\\\n');
    expect(md).toContain('## Bottom line\n\nClose tonight.\n');
    expect(md).toContain('1. When do we close? → **Close tomorrow** (the group)');
    expect(md.startsWith('**Internal use only // DRAFT**\n')).toBe(true);
  });

  it('makes the same file twice through the real command, and another date changes only the date', () => {
    const dir = folder();
    const make = (format: string, date: string, name: string) => {
      const result = spawnSync(process.execPath, [join(ROOT, 'bin/policy-options.mjs'), 'memo', BRIEF, '--format', format, '--out', join(dir, name), '--date', date, '--samples', '2000'], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(EXIT.ok);
      return readFileSync(join(dir, name), 'utf8');
    };
    for (const format of ['md', 'html']) {
      const first = make(format, '2026-12-01', `a.${format}`);
      expect(make(format, '2026-12-01', `b.${format}`)).toBe(first);
      expect(make(format, '2027-01-15', `c.${format}`)).toBe(first.replaceAll('2026-12-01', '2027-01-15'));
    }
  }, 60_000);
});

describe('policy-options memo refusing bad input, leaving no file', () => {
  const refused = async (args: (dir: string) => string[]) => {
    const dir = folder();
    const result = await memo(...args(dir));
    expect(result.stdout).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    return result;
  };

  it('refuses a scenario with problems, with every problem', async () => {
    const result = await refused((dir) => ['tests/fixtures/malformed/cycle.yaml', '--format', 'md', '--out', join(dir, 'm.md')]);
    expect(result.exitCode).toBe(EXIT.problems);
    expect(result.stderr[0]).toMatch(/^tests\/fixtures\/malformed\/cycle\.yaml:32:48: /);
    expect(result.stderr.at(-1)).toBe('tests/fixtures/malformed/cycle.yaml: the scenario has problems, so it cannot be made into a memo');
  });

  it('refuses a session that is not valid, or is for another scenario', async () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, read('tests/fixtures/sessions/v1-harbour.json').replace('"safety": 5', '"safety": -5'));
    const invalid = await refused((dir) => [TWO_OPTIONS, '--session', broken, '--format', 'html', '--out', join(dir, 'm.html')]);
    expect(invalid).toEqual({ exitCode: EXIT.problems, stdout: [], stderr: [`${broken}: weighting.direct.safety: a weight must be zero or more`] });
    const notJson = join(work, 'not.json');
    writeFileSync(notJson, '{"format": ');
    expect((await refused((dir) => [TWO_OPTIONS, '--session', notJson, '--format', 'md', '--out', join(dir, 'm.md')])).stderr[0]).toMatch(/^.*not\.json: the session is not valid JSON/);
    const other = join(work, 'harbour.json');
    writeFileSync(other, serialiseSession(createSession(loadValid(TWO_OPTIONS))));
    const elsewhere = await refused((dir) => [BRIEF, '--session', other, '--format', 'md', '--out', join(dir, 'm.md')]);
    expect(elsewhere.stderr).toEqual([`${other}: this session belongs to scenario "harbour-closure", not "iraq-pm-drone-strike-2021"`]);
  });

  it('reports a bad scenario, a bad session and a missing folder together', async () => {
    const result = await memo('tests/fixtures/malformed/cycle.yaml', '--session', join(work, 'missing.json'), '--format', 'md', '--out', join(work, 'no/such/folder/m.md'));
    expect(result.exitCode).toBe(EXIT.problems);
    expect(result.stderr.slice(-2)).toEqual([`${join(work, 'missing.json')}: cannot be read: there is no such file (check the name and the folder you are in)`, `policy-options: cannot write ${join(work, 'no/such/folder/m.md')}: there is no folder ${join(work, 'no/such/folder')}`]);
    expect(result.stderr).toContain('tests/fixtures/malformed/cycle.yaml: the scenario has problems, so it cannot be made into a memo');
  });

  it('refuses a date that is not a day, and an unknown format, as usage errors', async () => {
    for (const date of ['2026-02-30', '1/12/2026', '2026-12-1', '']) {
      const result = await refused((dir) => [TWO_OPTIONS, '--format', 'md', '--out', join(dir, 'm.md'), '--date', date]);
      expect(result).toEqual({ exitCode: EXIT.usage, stdout: [], stderr: [`policy-options: memo --date needs a day as YYYY-MM-DD, such as 2026-12-01, not "${date}"`] });
    }
    const pdf = await refused((dir) => [TWO_OPTIONS, '--format', 'pdf', '--out', join(dir, 'm.pdf')]);
    expect(pdf.stderr).toEqual(['policy-options: memo --format must be one of md, html, docx, not "pdf"']);
  });

  it('gives every usage error at once, with exit 2', async () => {
    expect(await memo()).toEqual({
      exitCode: EXIT.usage,
      stdout: [],
      stderr: ['policy-options: memo needs a scenario file', 'policy-options: memo needs --format md|html|docx', 'policy-options: memo needs --out <file>'],
    });
    const many = await memo(TWO_OPTIONS, 'other.yaml', '--fast', '--samples', '0', '--marking', ' ', '--format', 'md', '--out');
    expect(many.exitCode).toBe(EXIT.usage);
    expect(many.stderr).toEqual([
      'policy-options: memo takes one scenario file, not also other.yaml',
      'policy-options: memo does not know the option --fast',
      'policy-options: memo --samples needs a whole number from 1 to 10,000,000',
      'policy-options: memo --marking needs the text of the marking, such as UNCLASSIFIED or CUI',
      'policy-options: memo --out needs a value',
    ]);
    expect((await memo(TWO_OPTIONS, '--format', 'md', '--out', 'x.md', '--marking', 'M'.repeat(121))).stderr).toEqual(['policy-options: memo --marking may be at most 120 characters']);
  });

  it('is in the usage text', async () => {
    expect((await run(['help'])).stdout.join('\n')).toContain('policy-options memo <scenario> [--session <file>] [--workshop <file>] --format md|html|docx --out <file>');
  });
});
