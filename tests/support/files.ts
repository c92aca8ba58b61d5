import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenario, type Scenario } from '../../src/domain/scenario';

export const ROOT = join(import.meta.dirname, '..', '..');

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Scenario files shipped in scenarios/, as repository-relative paths. */
export function bundledScenarioFiles(): string[] {
  return readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.schema.json'))
    .map((f) => relative(ROOT, join(ROOT, 'scenarios', f)));
}

/** Loads a scenario that must be valid, failing the test with its problems if not. */
export function loadValid(path: string): Scenario {
  const result = loadScenario(read(path), path);
  if (!result.ok) throw new Error(`${path} should be valid:\n${result.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`).join('\n')}`);
  return result.scenario;
}

/** Every valid scenario the tests know: the bundled ones and the valid fixtures. */
export function allValidScenarios(): Array<{ file: string; scenario: Scenario }> {
  const fixtures = readdirSync(join(ROOT, 'tests/fixtures/valid')).map((f) => `tests/fixtures/valid/${f}`);
  return [...bundledScenarioFiles(), ...fixtures].map((file) => ({ file, scenario: loadValid(file) }));
}

/** Runs `fn` (and waits for it) with the repository root as the working folder, as a user running the CLI there would. */
export async function inRoot<T>(fn: () => T | Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
  }
}
