import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/command-result';
import { run } from '../../../src/cli/main';
import { scenarioContentHash } from '../../../src/domain/scenario';
import { createSession, serialiseSession } from '../../../src/domain/session';
import { inRoot, loadValid, read, ROOT } from '../../support/files';

const work = mkdtempSync(join(tmpdir(), 'policy-options-analyse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const analyse = (...args: string[]) => inRoot(() => run(['analyse', ...args]));
const goferbroke = 'tests/fixtures/decision-trees/goferbroke.yaml';

describe('policy-options analyse', () => {
  it('prints the documented JSON object, and nothing else on standard output', async () => {
    const result = await analyse(goferbroke, '--json');
    expect(result.exitCode).toBe(EXIT.ok);
    expect(result.stderr).toEqual([]);
    const json = JSON.parse(result.stdout.join('\n'));
    const scenario = loadValid(goferbroke);
    // Payoff = −130 + 830 × total (see the fixture): 100 and 123 thousand dollars, EVPI 142.5.
    expect(json).toEqual({
      scenario: { id: 'goferbroke', version: '1.0.0', hash: scenarioContentHash(scenario) },
      weights: { payoff: 1 },
      options: [
        {
          id: 'no-survey',
          label: 'Decide without a survey',
          expected: { total: expect.closeTo(230 / 830, 12), scores: { payoff: expect.closeTo(100, 9) } },
          best: { total: 1 },
          worst: { total: expect.closeTo(30 / 830, 12) },
          plan: { act: 'drill' },
          evpi: { oil: expect.closeTo(142.5 / 830, 12) },
          asStepped: { total: expect.closeTo(230 / 830, 12), finished: false },
        },
        {
          id: 'survey',
          label: 'Survey first',
          expected: { total: expect.closeTo(253 / 830, 9), scores: { payoff: expect.closeTo(123, 6) } },
          best: { total: expect.closeTo(800 / 830, 12) },
          worst: { total: 0 },
          plan: { 'act-fss': 'drill', 'act-uss': 'sell' },
          evpi: { reading: 0, 'oil-fss': expect.any(Number), 'oil-uss': expect.any(Number) },
          asStepped: { total: expect.closeTo(253 / 830, 9), finished: false },
        },
      ],
      ranking: { by: 'expected', order: ['survey', 'no-survey'] },
      // One criterion: its weight is all there is, and only at 0 (nothing compared) do the two tie.
      stability: [{ criterion: 'payoff', low: 0, high: 1, current: 1, takesOver: { below: null, above: null } }],
      critical: { criterion: 'payoff', change: -1 },
      acceptability: { 'no-survey': [0, 1], survey: [1, 0] },
      samples: 10000,
      seed: 1,
    });
  });

  it('prints a ranking table with expected, worst and best out of 100', async () => {
    const result = await analyse(goferbroke);
    expect(result.exitCode).toBe(EXIT.ok);
    expect(result.stdout[2]).toMatch(/^Rank\s+Option\s+Expected\s+Worst\s+Best\s+As stepped$/);
    expect(result.stdout[3]).toMatch(/^\s+1\s+Survey first\s+30\.5\s+0\.0\s+96\.4\s+30\.5 \(unfinished\)$/);
    expect(result.stdout[4]).toMatch(/^\s+2\s+Decide without a survey\s+27\.7\s+3\.6\s+100\.0\s+27\.7 \(unfinished\)$/);
    expect(result.stdout.join('\n')).toMatch(/Most worth knowing before deciding .*\n\s+17\.17\s+Decide without a survey: Is there oil\?/);
  });

  it('uses a session file: its weights and steps, its known outcomes, and notices on standard error', async () => {
    const scenario = loadValid(goferbroke);
    const session = { ...createSession(scenario), progress: { 'no-survey': [{ state: 'act', choice: 'drill' }, { state: 'oil', choice: 'dry', known: true as const }], ghost: [{ state: 'a', choice: 'b' }] } };
    const file = join(work, 'session.json');
    writeFileSync(file, serialiseSession(session));
    const result = await analyse(goferbroke, '--session', file, '--json');
    expect(result.exitCode).toBe(EXIT.ok);
    const option = JSON.parse(result.stdout.join('\n')).options[0];
    expect(option.expected.scores.payoff).toBeCloseTo(-100, 9);
    expect(option.asStepped).toEqual({ total: expect.closeTo(30 / 830, 12), finished: true });
    expect(result.stderr).toEqual([`${file}: Option "ghost" is not in the scenario; its 1 saved step were set aside.`]);
  });

  it('refuses a bad session with every problem and exit 1, and a bad scenario the same way', async () => {
    const file = join(work, 'bad-session.json');
    writeFileSync(file, read('tests/fixtures/sessions/v1-harbour.json').replace('"safety": 5', '"safety": -5'));
    const badSession = await analyse(goferbroke, '--session', file);
    expect(badSession).toEqual({ exitCode: EXIT.problems, stdout: [], stderr: [`${file}: weighting.direct.safety: a weight must be zero or more`] });
    const bad = await analyse('tests/fixtures/malformed/cycle.yaml');
    expect(bad.exitCode).toBe(EXIT.problems);
    expect(bad.stdout).toEqual([]);
    expect(bad.stderr.at(-1)).toBe('tests/fixtures/malformed/cycle.yaml: the scenario has problems, so it cannot be analysed');
  });

  it('gives usage errors exit 2', async () => {
    expect((await analyse()).exitCode).toBe(EXIT.usage);
    expect((await analyse(goferbroke, '--session')).stderr).toEqual(['policy-options: analyse --session needs a session file']);
    expect((await analyse(goferbroke, '--fast')).stderr).toEqual(['policy-options: analyse does not know the option --fast']);
  });

  it('keeps its JSON valid for a hostile scenario, with no raw control character, through the real command', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/policy-options.mjs'), 'analyse', 'tests/fixtures/hostile/hostile.yaml', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(EXIT.ok);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    const json = JSON.parse(result.stdout);
    expect(json.options[0].label).toContain('\u202E');
    expect(json.options.map((o: { id: string }) => o.id)).toEqual(['constructor', 'valueof']);
  });

  it('analyses the bundled brief, every option with a plan', async () => {
    const json = JSON.parse((await analyse('scenarios/iraq-pm-drone-strike-2021.yaml', '--json')).stdout.join('\n'));
    expect(json.options).toHaveLength(9);
    for (const o of json.options) {
      expect(Object.keys(o.plan).length).toBeGreaterThan(0);
      expect(o.worst.total).toBeLessThanOrEqual(o.expected.total);
      expect(o.expected.total).toBeLessThanOrEqual(o.best.total);
    }
  });
});

describe('policy-options analyse: sensitivity', () => {
  const profiles = 'tests/fixtures/valid/three-profiles.yaml';

  it('adds weight stability, the most critical criterion, rank acceptability and the seed to the JSON (hand-worked)', async () => {
    const json = JSON.parse((await analyse(profiles, '--json', '--samples', '20000', '--seed', '42')).stdout.join('\n'));
    expect(json.stability).toEqual([
      { criterion: 'c1', low: expect.closeTo(0.6, 12), high: 1, current: expect.closeTo(0.7, 12), takesOver: { below: 'c', above: null } },
      { criterion: 'c2', low: 0, high: expect.closeTo(0.4, 12), current: expect.closeTo(0.3, 12), takesOver: { below: null, above: 'c' } },
    ]);
    expect(json.critical).toEqual({ criterion: 'c1', change: expect.closeTo(-0.1, 12) });
    expect(json.samples).toBe(20000);
    expect(json.seed).toBe(42);
    // Uniform weights: A first for w1 > 0.6 (40 %), C for 0.4 < w1 < 0.6 (20 %), B below (40 %).
    expect(Math.abs(json.acceptability.a[0] - 0.4)).toBeLessThan(0.015);
    expect(Math.abs(json.acceptability.c[0] - 0.2)).toBeLessThan(0.015);
    for (const row of Object.values(json.acceptability) as number[][]) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('repeats exactly for the same seed, and differs for another', async () => {
    const run = async (seed: string) => JSON.parse((await analyse(profiles, '--json', '--samples', '500', '--seed', seed)).stdout.join('\n')).acceptability;
    expect(await run('7')).toEqual(await run('7'));
    expect(await run('7')).not.toEqual(await run('8'));
  });

  it('refuses nonsense sample counts and seeds as usage errors', async () => {
    expect((await analyse(profiles, '--samples', '0')).stderr).toEqual(['policy-options: analyse --samples needs a whole number from 1 to 10,000,000']);
    expect((await analyse(profiles, '--seed', '-1')).exitCode).toBe(EXIT.usage);
    expect((await analyse(profiles, '--seed')).exitCode).toBe(EXIT.usage);
  });
});
