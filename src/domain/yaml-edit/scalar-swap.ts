import { CST, parseDocument, Scalar } from 'yaml';
import { sameData } from './same-data';
import { scalarSource, type PlainScalar, type ScalarStyle } from './render';

type ScalarToken = CST.FlowScalar | CST.BlockScalar;

/** Where a scalar sits: in a flow collection or not, and the column of its entry's key or "- ". */
export interface ScalarSite {
  inFlow: boolean;
  entryColumn: number;
  eol: string;
  /** The blank and comment lines after the scalar, which a block scalar written there must not take in. */
  following: string;
  blockless: boolean;
}

const FOLDED_WIDTH = 80;

export const isScalarToken = (t: CST.Token | undefined): t is ScalarToken =>
  t?.type === 'scalar' || t?.type === 'single-quoted-scalar' || t?.type === 'double-quoted-scalar' || t?.type === 'block-scalar' || t?.type === 'alias';

/**
 * The token that replaces `old` with `value`, keeping what follows it on its
 * line (a comment, the line break): only the scalar's own lines change.
 * 'unchanged' when the value is already there; a problem when the new token
 * would not read back as the value (never expected: the library wrote it).
 */
export function swapScalar(old: ScalarToken, value: PlainScalar, site: ScalarSite): { token: ScalarToken } | 'unchanged' | string {
  if (sameData(scalarData(CST.stringify(old), site.inFlow), value)) return 'unchanged';
  const style = styleOf(old);
  const oldBody = old.type === 'block-scalar' ? old.source : '';
  const bodyIndent = oldBody ? (/^( *)\S/m.exec(oldBody)?.[1]?.length ?? site.entryColumn + 2) : site.entryColumn + 2;
  const width = Math.max(FOLDED_WIDTH, ...oldBody.split('\n').map((l) => l.replace(/\r$/, '').length));
  const rendered = scalarSource(value, { inFlow: site.inFlow, bodyIndent, width, eol: site.eol, blockless: site.blockless, ...(style ? { style } : {}) });
  // Trailing tokens: a comment and the line break after a flow scalar, or after a block scalar's header.
  const trail = old.type === 'block-scalar' ? (old.props.slice(1) as CST.SourceToken[]) : (old.end ?? []);
  let token: ScalarToken;
  if (rendered.block) {
    const header: CST.SourceToken = { type: 'block-scalar-header', offset: old.offset, indent: old.indent, source: rendered.header };
    const endsLine = trail.some((t) => t.type === 'newline');
    const props = [header, ...trail, ...(endsLine ? [] : [{ type: 'newline', offset: old.offset, indent: old.indent, source: site.eol } as const])];
    const body = old.type === 'block-scalar' && style === Scalar.BLOCK_FOLDED && typeof value === 'string' ? refolded(old, value, bodyIndent, width, site.eol) ?? rendered.body : rendered.body;
    token = { type: 'block-scalar', offset: old.offset, indent: old.indent, props, source: body };
  } else {
    const type = rendered.source[0] === '"' ? 'double-quoted-scalar' : rendered.source[0] === "'" ? 'single-quoted-scalar' : 'scalar';
    token = { type, offset: old.offset, indent: old.indent, source: rendered.source, end: trail };
  }
  if (!sameData(scalarData(CST.stringify(token) + site.following, site.inFlow), value)) return 'the new value would not read back as written';
  return { token };
}

export function styleOf(token: ScalarToken): ScalarStyle | undefined {
  switch (token.type) {
    case 'scalar':
      return Scalar.PLAIN;
    case 'single-quoted-scalar':
      return Scalar.QUOTE_SINGLE;
    case 'double-quoted-scalar':
      return Scalar.QUOTE_DOUBLE;
    case 'block-scalar':
      return (token.props[0] as CST.SourceToken).source.startsWith('>') ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    default:
      return undefined;
  }
}

/** The blank and comment lines from `offset` (a line's start) up to the next line with content. */
export function notesAfter(text: string, offset: number): string {
  const notes = /(?:[ \t]*(?:#[^\n]*)?\n)*/y;
  notes.lastIndex = offset;
  return notes.exec(text)![0];
}

/** What a scalar's source reads as, written after a key or inside a flow list; undefined if it does not read. */
export function scalarData(source: string, inFlow: boolean): unknown {
  const doc = parseDocument(inFlow ? `[${source}]` : `k: ${source}`);
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS() as unknown;
  return inFlow ? (data as unknown[])[0] : (data as { k: unknown }).k;
}

/**
 * A folded paragraph edited in the middle keeps its lines before and after
 * the edit, and only the lines between are folded again, so a keystroke
 * changes a line or two rather than the whole paragraph. Undefined when the
 * old or new text is not one paragraph of plain lines.
 */
function refolded(old: CST.BlockScalar, value: string, bodyIndent: number, width: number, eol: string): string | undefined {
  const texts = old.source
    .split(eol)
    .filter((l) => l !== '')
    .map((l) => l.slice(bodyIndent));
  if (value.includes('\n') || texts.some((t) => t === '' || t !== t.trim())) return undefined;
  const joined = (lines: string[]) => lines.join(' ');
  let before = 0;
  while (before < texts.length && value.startsWith(`${joined(texts.slice(0, before + 1))} `)) before++;
  // The line next to the edit is folded again with it, so a few words added do not make a short line of their own.
  before = Math.max(before - 1, 0);
  const head = before > 0 ? joined(texts.slice(0, before)).length + 1 : 0;
  let after = 0;
  while (before + after < texts.length && value.length - head > joined(texts.slice(-after - 1)).length + 1 && value.endsWith(` ${joined(texts.slice(-after - 1))}`)) after++;
  after = Math.max(after - 1, 0);
  const tail = after > 0 ? joined(texts.slice(-after)).length + 1 : 0;
  const middle = value.slice(head, value.length - tail);
  if (middle === '' || middle !== middle.trim()) return undefined;
  const rendered = scalarSource(middle, { inFlow: false, bodyIndent: 0, width: width - bodyIndent, eol: '\n', style: Scalar.BLOCK_FOLDED });
  if (!rendered.block) return undefined;
  const middleLines = rendered.body.split('\n').filter((l) => l !== '');
  const pad = ' '.repeat(bodyIndent);
  return [...texts.slice(0, before), ...middleLines, ...texts.slice(texts.length - after)].map((t) => pad + t + eol).join('');
}
