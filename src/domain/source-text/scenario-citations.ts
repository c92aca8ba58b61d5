import { decodeTextBytes, type TextKind } from '../scenario/decode';
import type { DocPath, PathProblem } from '../scenario/problems';
import type { Citation, Scenario } from '../scenario/schema';
import { q } from '../text/quote';
import { checkCitation } from './citations';
import { readSourceText, type SourceModel } from './read-source';

/**
 * Every citation of a scenario (each fact's `cite`, each option's
 * `recommendedIn`) that does not point into the source's text, at the field
 * that is wrong: the section when its heading is not in the text, else the
 * locator. The loader's `place` puts them on the scenario's lines.
 */
export function scenarioCitationProblems(scenario: Scenario, model: SourceModel): PathProblem[] {
  const problems: PathProblem[] = [];
  const check = (cite: Citation | undefined, at: DocPath) => {
    const problem = cite && checkCitation(model, cite);
    if (problem) problems.push({ path: [...at, problem.field], message: problem.message });
  };
  scenario.facts.forEach((fact, i) => check(fact.cite, ['facts', i, 'cite']));
  scenario.options.forEach((option, i) => check(option.recommendedIn, ['options', i, 'recommendedIn']));
  return problems;
}

const SOURCE_TEXT: TextKind = { name: "a source's text", isText: "a source's text is a plain text file (Markdown or HTML saved as text will do)" };

/** The file named by `source.text`, as read by the caller (the CLI from disk, the app from a file the user picks). */
export type SourceTextFile = { ok: true; bytes: Uint8Array } | { ok: false; why: string };

/**
 * A scenario's citations checked against the source's text saved beside it:
 * none when it names no text; one problem at `source.text` when the file cannot
 * be read or is not UTF-8 text (by the scenario's own rules); else
 * `scenarioCitationProblems`, the title of the text found by `source.title`.
 */
export function sourceTextFileProblems(scenario: Scenario, file: SourceTextFile): PathProblem[] {
  const name = scenario.source.text;
  if (name === undefined) return [];
  const at: DocPath = ['source', 'text'];
  if (!file.ok) return [{ path: at, message: `the source's text ${q(name)} cannot be read: ${file.why}` }];
  const decoded = decodeTextBytes(file.bytes, SOURCE_TEXT);
  if (!decoded.ok) return [{ path: at, message: `the source's text ${q(name)} cannot be used: at its line ${decoded.line}, column ${decoded.column}, ${decoded.message}` }];
  return scenarioCitationProblems(scenario, readSourceText(decoded.text, { title: scenario.source.title }));
}
