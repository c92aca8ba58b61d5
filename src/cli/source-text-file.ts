import { dirname, join } from 'node:path';
import { LIMITS, type PathProblem, type Problem, type Scenario } from '../domain/scenario';
import { sourceTextFileProblems } from '../domain/source-text';
import type { Reader } from './load-inputs';

/**
 * The scenario's citations checked against the source's text it names
 * (`source.text`), read from the scenario's own folder with the scenario's
 * limits; none when it names no text.
 */
export function sourceTextProblems(scenarioFile: string, loaded: { scenario: Scenario; place: (problems: readonly PathProblem[]) => Problem[] }, read: Reader): Problem[] {
  const name = loaded.scenario.source.text;
  if (name === undefined) return [];
  const path = join(dirname(scenarioFile), name);
  const input = read(path, LIMITS.fileBytes, "a source's text");
  return loaded.place(sourceTextFileProblems(loaded.scenario, input.ok ? input : { ok: false, why: `${input.why}; looked for ${path}` }));
}
