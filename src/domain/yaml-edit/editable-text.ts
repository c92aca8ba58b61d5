import { Composer, CST, Lexer, Parser, visit } from 'yaml';
import { lineLocator } from '../text/line-position';
import { shorten } from '../text/quote';
import { LIMITS } from '../scenario/limits';
import type { Edited } from './locate';

/**
 * A YAML text held as the `yaml` library's concrete syntax tree (CST): every
 * character of the text is in some token, so the text is the tokens' sources
 * in order. Edits build a new tree that shares every token they do not touch
 * and never change a token in place, so a tree can be kept for its text.
 */
export interface EditableText {
  text: string;
  /** Where the document starts in the text: after leading comments, directives, a byte order mark. */
  start: number;
  document: CST.Document;
  /** The text's own line break, for lines an edit adds. */
  eol: '\n' | '\r\n';
  /** Anchors that some alias repeats (`&name` … `*name`): values an edit must not change behind the alias's back. */
  aliased: ReadonlySet<string>;
}

/** The text and tree after an edit; the text is spliced, not written out again from the tree. */
export function withEdit(editable: EditableText, { document, splice }: Edited): EditableText {
  const { text, start } = editable;
  return { ...editable, document, text: text.slice(0, start + splice.from) + splice.text + text.slice(start + splice.to) };
}

export type ReadResult = { ok: true; editable: EditableText } | { ok: false; problem: string };

// The editor applies one edit per keystroke to the text the previous edit returned; keeping the trees of
// the last few texts means that text is not parsed again (parsing the bundled scenario takes ~60 ms, an edit
// a few). Texts are compared with ===, which is immediate for the very string an edit returned.
const KEPT = 4;
const kept: Array<{ text: string; editable: EditableText }> = [];

export function remember(text: string, editable: EditableText): void {
  const at = kept.findIndex((k) => k.text === text);
  if (at >= 0) kept.splice(at, 1);
  kept.unshift({ text, editable });
  kept.length = Math.min(kept.length, KEPT);
}

/** The text as a tree, from the trees kept or parsed and checked now. */
export function readEditable(text: string): ReadResult {
  const known = kept.find((k) => k.text === text);
  if (known) {
    remember(text, known.editable);
    return { ok: true, editable: known.editable };
  }
  const read = parseEditable(text);
  if (read.ok) remember(text, read.editable);
  return read;
}

function parseEditable(text: string): ReadResult {
  const where = (offset: number) => {
    const { line, column } = lineLocator(text)(offset);
    return `line ${line}, column ${column}`;
  };
  // The loader reads old Mac line breaks by rewriting them; the editor keeps the text as it is, and the YAML library does not take a lone CR for a line break.
  const lone = /\r(?!\n)/.exec(text);
  if (lone) return { ok: false, problem: `the text has a line that ends in a lone CR (old Mac line breaks) at ${where(lone.index)}; the editor keeps line breaks as they are, so save the file with LF or CR LF ones` };
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // As the scenario loader does: nesting is bounded while the text is read, before anything recursive walks it.
    if (parser.stack.length > LIMITS.depth) return { ok: false, problem: `the text nests deeper than ${LIMITS.depth} levels at ${where(parser.offset)}, so it is not edited` };
  }
  for (const token of parser.end()) tokens.push(token);

  const documents = tokens.filter((t): t is CST.Document => t.type === 'document');
  // Comments alone (or nothing) are an empty document, which a first key can start.
  if (documents.length === 0) {
    const empty: CST.Document = { type: 'document', offset: text.length, start: [] };
    tokens.push(empty);
    documents.push(empty);
  }
  if (documents.length > 1) return { ok: false, problem: `the text holds ${documents.length} YAML documents (separated by "---"); a scenario is one document` };

  const aliased = new Set<string>();
  for (const doc of new Composer({ logLevel: 'silent' }).compose(tokens, true, text.length)) {
    const error = doc.errors[0];
    if (error) {
      const message = shorten(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, ''), 160);
      return { ok: false, problem: `the text is not valid YAML (${where(error.pos[0])}): ${message}` };
    }
    visit(doc, { Alias: (_key, alias) => void aliased.add(alias.source) });
  }

  const index = tokens.indexOf(documents[0]!);
  const before = tokens.slice(0, index).map(CST.stringify).join('');
  const editable: EditableText = {
    text,
    start: before.length,
    document: documents[0]!,
    eol: /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n',
    aliased,
  };
  // The tree holds every character by design; this is what makes an edit leave the rest byte for byte.
  if (before + CST.stringify(documents[0]!) + tokens.slice(index + 1).map(CST.stringify).join('') !== text) {
    return { ok: false, problem: 'the text cannot be edited in place: the YAML reader does not give back every character of it' };
  }
  return { ok: true, editable };
}
