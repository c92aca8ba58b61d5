import { analystErrorMap, issuesToProblems } from './issue-messages';
import { formatPath, type PathProblem, type Problem } from './problems';
import { ScenarioSchema, type Scenario } from './schema';
import { checkScenarioMeaning } from './semantics';
import { parseYamlSource } from './yaml-source';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/**
 * Reads a scenario from YAML or JSON text: syntax, then the schema, then
 * meaning. Every problem found at the deepest stage reached is reported.
 */
export function loadScenario(text: string, file: string): LoadResult {
  // A picture or a word-processor file yields dozens of YAML errors that help no one.
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    return { ok: false, problems: [{ file, line: 0, column: 0, path: '(top level)', message: 'this is not a text file; a scenario is a YAML or JSON text file' }] };
  }
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length > 0) {
    return { ok: false, problems: source.syntaxErrors.map((e) => ({ file, ...e, path: '(syntax)' })) };
  }
  if (source.data === null || source.data === undefined) {
    return { ok: false, problems: [{ file, line: 0, column: 0, path: '(top level)', message: 'the file is empty; a scenario needs id, title, version, summary, source, facts, actors, criteria and options' }] };
  }
  const place = (p: PathProblem): Problem => ({ file, ...source.locate(p.path, p.atKey), path: formatPath(p.path), message: p.message });

  const parsed = ScenarioSchema.safeParse(source.data, { error: analystErrorMap });
  if (!parsed.success) {
    return { ok: false, problems: sortProblems(issuesToProblems(parsed.error.issues, ScenarioSchema, source.data).map(place)) };
  }
  const meaning = checkScenarioMeaning(parsed.data);
  if (meaning.length > 0) return { ok: false, problems: sortProblems(meaning.map(place)) };
  return { ok: true, scenario: parsed.data };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
