import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { inRoot, read } from '../../support/files';

const scenario = read('tests/fixtures/source-text/harbour.yaml');
const note = read('tests/fixtures/source-text/harbour-note.txt');
const folders: string[] = [];

/** A folder holding the harbour scenario and, unless it is undefined, its note as given; returns the scenario's path. */
function saved(noteText: string | Uint8Array | undefined, scenarioText = scenario): string {
  const folder = mkdtempSync(join(tmpdir(), 'source-text-'));
  folders.push(folder);
  writeFileSync(join(folder, 'harbour.yaml'), scenarioText);
  if (noteText !== undefined) writeFileSync(join(folder, 'harbour-note.txt'), noteText);
  return join(folder, 'harbour.yaml');
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('policy-options validate with the source text saved beside the scenario', () => {
  it('checks the citations against the text and says so, exit 0', async () => {
    const result = await inRoot(() => run(['validate', 'tests/fixtures/source-text/harbour.yaml']));
    expect(result).toEqual({
      exitCode: 0,
      stdout: ['tests/fixtures/source-text/harbour.yaml: valid: "Harbour" v1.0.0: 1 option, 1 criterion, 4 facts, 1 actor, 2 paths; citations checked against "harbour-note.txt"'],
      stderr: [],
    });
  });

  it('reports a missing text once, at source.text, with where it looked, exit 1', async () => {
    const file = saved(undefined);
    const result = await run(['validate', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual([
      `${file}:6:116: source.text: the source's text "harbour-note.txt" cannot be read: there is no such file (check the name and the folder you are in); looked for ${join(file, '..', 'harbour-note.txt')}`,
      `${file}: 1 problem`,
    ]);
  });

  it('reports each stale citation at its line: a heading gone, a bullet gone', async () => {
    const file = saved(note.replace('\nOptions\n', '\nChoices\n').replace('- Twelve fishing boats are still at sea.\n', ''));
    const result = await run(['validate', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([
      `${file}:10:110: facts[2].cite.locator: "Situation" has 1 bullet, so there is no bullet 2`,
      `${file}:11:82: facts[3].cite.section: the source text has no heading "Options" (its headings: "Storm Warning for the Harbour", "Situation", "Choices")`,
      `${file}:20:31: options[0].recommendedIn.section: the source text has no heading "Options" (its headings: "Storm Warning for the Harbour", "Situation", "Choices")`,
      `${file}: 3 problems`,
    ]);
  });

  it('refuses a text that is a folder, too big, or not UTF-8, by the scenario reader\'s rules', async () => {
    const folder = saved(undefined);
    mkdirSync(join(folder, '..', 'harbour-note.txt'));
    expect((await run(['validate', folder])).stderr[0]).toMatch(/:6:116: source\.text: the source's text "harbour-note\.txt" cannot be read: it is a folder, not a file; looked for /);
    const big = await run(['validate', saved(`${note}\n${'x'.repeat(4 * 1024 * 1024)}`)]);
    expect(big.exitCode).toBe(1);
    expect(big.stderr[0]).toMatch(/source\.text: the source's text "harbour-note\.txt" cannot be read: it is 4\.0 MB, more than the 4\.0 MB a source's text may be/);
    const latin1 = await run(['validate', saved(new Uint8Array([...new TextEncoder().encode('Title\n\nCaf'), 0xe9]))]);
    expect(latin1.stderr[0]).toMatch(/:6:116: source\.text: the source's text "harbour-note\.txt" cannot be used: at its line 3, column 4, the byte 0xE9 here is not valid UTF-8/);
  });

  it('checks the text only once the scenario itself is sound', async () => {
    const file = saved(undefined, scenario.replace('weight: 1 }', 'weight: -1 }'));
    const result = await run(['validate', file]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toEqual([`${file}:15:122: criteria[0].weight: must be zero or more`, `${file}: 1 problem`]);
  });

  it('goes on to the next file after one with stale citations', async () => {
    const stale = saved(note.replace('\nSituation\n', '\nSituations\n'));
    const result = await inRoot(() => run(['validate', stale, 'tests/fixtures/source-text/harbour.yaml']));
    expect(result.exitCode).toBe(1);
    expect(result.stderr.at(-1)).toBe(`${stale}: 2 problems`);
    expect(result.stderr[0]).toContain('facts[1].cite.section: the source text has no heading "Situation" (did you mean "Situations"?)');
    expect(result.stdout).toEqual([expect.stringMatching(/harbour\.yaml: valid: .*; citations checked against "harbour-note\.txt"$/)]);
  });
});
