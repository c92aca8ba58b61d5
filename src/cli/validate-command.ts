import { countPaths } from '../domain/paths/enumerate';
import { formatProblem, loadScenario } from '../domain/scenario';

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
        `${name}: valid: "${s.title}" v${s.version}: ${s.options.length} options, ${s.criteria.length} criteria, ${s.facts.length} facts, ${s.actors.length} actors, ${paths} paths`,
      );
    } else {
      result.exitCode = 1;
      result.stderr.push(...loaded.problems.map(formatProblem));
      result.stderr.push(`${name}: ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}`);
    }
  }
  return result;
}
