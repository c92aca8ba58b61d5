import { q } from '../text/quote';

/** A path into a document: object keys and list indices, outermost first. */
export type DocPath = ReadonlyArray<string | number>;

/** One thing wrong with a file, located for the person who has to fix it. */
export interface Problem {
  file: string;
  /** 1-based; 0 when the problem has no place in the text (e.g. an empty file). */
  line: number;
  column: number;
  /** Where in the document, e.g. `options[2].machine.states.consult.choices[1].target`. */
  path: string;
  message: string;
}

/** A problem found before it is placed in the text. */
export interface PathProblem {
  path: DocPath;
  message: string;
  /** Point at the key rather than its value (for unknown fields and bad ids). */
  atKey?: boolean;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(path: DocPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${q(segment)}]`;
  }
  return out === '' ? '(top level)' : out;
}

export function formatProblem(p: Problem): string {
  const place = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${place}: ${p.path}: ${p.message}`;
}
