import { lineLocator } from '../text/line-position';
import { decodeScenarioBytes } from './decode';
import { analystErrorMap, issuesToProblems } from './issue-messages';
import { findJsonComment } from './json-comments';
import { LIMITS } from './limits';
import { formatPath, type PathProblem, type Problem } from './problems';
import { ScenarioSchema, type Scenario } from './schema';
import { checkScenarioMeaning } from './semantics';
import { parseYamlSource } from './yaml-source';

/**
 * A refused file lists at most `LIMITS.problems` problems, best first by place; `omitted` counts the rest.
 * A loaded one comes with `place`, which puts problems found later (such as
 * citations checked against the source's text) on the file's lines as the loader's own are.
 */
export type LoadResult = { ok: true; scenario: Scenario; place: (problems: readonly PathProblem[]) => Problem[] } | { ok: false; problems: Problem[]; omitted: number };

/** Reads a scenario file's bytes: they must be UTF-8 text (see `decodeScenarioBytes`), then as `loadScenario`. */
export function loadScenarioBytes(bytes: Uint8Array, file: string): LoadResult {
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return refuse([{ file, line: decoded.line, column: decoded.column, path: '(file)', message: decoded.message }]);
  return loadScenario(decoded.text, file);
}

/**
 * Reads a scenario from YAML or JSON text: syntax, then the schema, then
 * meaning. Every problem found at the deepest stage reached is reported, each
 * with a line, a column and a document path. Never throws.
 */
export function loadScenario(rawText: string, file: string): LoadResult {
  const fileProblem = (offset: number, message: string, text = rawText): LoadResult => refuse([{ file, ...lineLocator(text)(offset), path: '(file)', message }]);
  if (rawText.length > LIMITS.fileBytes) return fileProblem(0, `the file is longer than the ${LIMITS.fileBytes / (1024 * 1024)} MB a scenario may be; a scenario is usually under 1 MB`);
  const nul = rawText.indexOf('\u0000');
  if (nul >= 0) return fileProblem(nul, 'the file holds a NUL character here, so it is not a text file (a picture or a word-processor file, say); a scenario is a YAML or JSON text file');
  // One kind of line break, so that old Mac (CR) and Windows (CR LF) files give the same lines as any other.
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const comment = findJsonComment(text);
  if (comment !== undefined) {
    return fileProblem(comment, 'this is JSON with a comment, and JSON allows none: remove the comments, or write the scenario as YAML, where comments start with "#"', text);
  }

  const source = parseYamlSource(text);
  if (source.syntaxErrors.length > 0) {
    const problems = source.syntaxErrors.map((e) => ({ file, ...e, path: '(syntax)' }));
    if (source.moreSyntaxErrors) {
      const last = problems.at(-1)!;
      problems.push({ ...last, message: `reading stopped here after ${LIMITS.syntaxErrors} syntax errors; fix these and check the file again` });
    }
    return refuse(problems);
  }
  if (source.data === null || source.data === undefined) {
    return refuse([{ file, line: 1, column: 1, path: '(top level)', message: 'the file is empty; a scenario needs id, title, version, summary, source, facts, actors, criteria and options' }]);
  }
  const place = (p: PathProblem): Problem => ({ file, ...source.locate(p.path, p.atKey), path: formatPath(p.path), message: p.message });

  const parsed = ScenarioSchema.safeParse(source.data, { error: analystErrorMap });
  if (!parsed.success) return refuse(issuesToProblems(parsed.error.issues, ScenarioSchema, source.data).map(place));
  const meaning = checkScenarioMeaning(parsed.data);
  if (meaning.length > 0) return refuse(meaning.map(place));
  return { ok: true, scenario: parsed.data, place: (problems) => problems.map(place) };
}

function refuse(problems: Problem[]): LoadResult {
  return { ok: false, ...listProblems(problems) };
}

/** Problems in order of place, at most `LIMITS.problems` of them; `omitted` counts the rest. */
export function listProblems(problems: readonly Problem[]): { problems: Problem[]; omitted: number } {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems: sorted.slice(0, LIMITS.problems), omitted: Math.max(0, sorted.length - LIMITS.problems) };
}
