import { countPaths } from '../domain/paths/enumerate';
import { formatProblem, listProblems, loadScenarioBytes } from '../domain/scenario';
import { approximateCount, plural } from '../domain/text/format';
import { q, shorten } from '../domain/text/quote';
import { EXIT, type CommandResult } from './command-result';
import { readInputFile } from './read-input';
import { sourceTextProblems } from './source-text-file';

/**
 * Checks scenario files: one summary line for each valid file, every problem
 * (up to the cap) of each invalid one. A scenario that names its source's text
 * (`source.text`) has its citations checked against that text. Each file is
 * checked on its own: one that cannot be read, or that breaks the tool, does
 * not lose the others' results.
 */
export function validateFiles(names: readonly string[], read = readInputFile): CommandResult {
  const result: CommandResult = { exitCode: EXIT.ok, stdout: [], stderr: [] };
  const worsen = (code: number) => {
    result.exitCode = Math.max(result.exitCode, code);
  };
  for (const name of names) {
    try {
      const input = read(name);
      if (!input.ok) {
        result.stderr.push(`${name}: cannot be read: ${input.why}`);
        worsen(EXIT.problems);
        continue;
      }
      const loaded = loadScenarioBytes(input.bytes, name);
      // The citations are checked against the source's text once the scenario itself is sound.
      const listed = loaded.ok ? listProblems(sourceTextProblems(name, loaded, read)) : loaded;
      if (loaded.ok && listed.problems.length === 0) {
        const s = loaded.scenario;
        const paths = s.options.reduce((sum, o) => sum + countPaths(o), 0);
        const counts = [plural(s.options.length, 'option'), plural(s.criteria.length, 'criterion', 'criteria'), plural(s.facts.length, 'fact'), plural(s.actors.length, 'actor'), `${approximateCount(paths)} ${paths === 1 ? 'path' : 'paths'}`];
        const checked = s.source.text === undefined ? '' : `; citations checked against ${q(s.source.text)}`;
        result.stdout.push(`${name}: valid: ${q(s.title)} v${shorten(s.version, 20)}: ${counts.join(', ')}${checked}`);
      } else {
        worsen(EXIT.problems);
        result.stderr.push(...listed.problems.map(formatProblem));
        result.stderr.push(`${name}: ${plural(listed.problems.length + listed.omitted, 'problem')}${listed.omitted > 0 ? ` (the first ${listed.problems.length} are listed)` : ''}`);
      }
    } catch (error) {
      worsen(EXIT.internal);
      result.stderr.push(`${name}: internal error in policy-options, not a problem with the file: ${(error as Error)?.message ?? String(error)}`);
    }
  }
  return result;
}
