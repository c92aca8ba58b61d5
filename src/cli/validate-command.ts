import { countPaths } from '../domain/paths/enumerate';
import { formatProblem, loadScenario } from '../domain/scenario';
import { plural } from '../domain/text/format';

export interface NamedText {
  name: string;
  text: string;
}

export interface CommandResult {
  exitCode: number;
  stdout: string[];
  stderr: string[];
}

/** Checks scenario files: one summary line for each valid file, every problem of each invalid one. */
export function validateFiles(files: readonly NamedText[]): CommandResult {
  const result: CommandResult = { exitCode: 0, stdout: [], stderr: [] };
  for (const { name, text } of files) {
    const loaded = loadScenario(text, name);
    if (loaded.ok) {
      const s = loaded.scenario;
      const paths = s.options.reduce((sum, o) => sum + countPaths(o), 0);
      result.stdout.push(
        `${name}: valid: "${s.title}" v${s.version}: ${[plural(s.options.length, 'option'), plural(s.criteria.length, 'criterion', 'criteria'), plural(s.facts.length, 'fact'), plural(s.actors.length, 'actor'), plural(paths, 'path')].join(', ')}`,
      );
    } else {
      result.exitCode = 1;
      result.stderr.push(...loaded.problems.map(formatProblem));
      result.stderr.push(`${name}: ${plural(loaded.problems.length, 'problem')}`);
    }
  }
  return result;
}
