import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DocPath } from './problems';

/** A parsed YAML (or JSON) text that can say where any path in it is written. */
export interface YamlSource {
  data: unknown;
  /** Syntax errors, already located. */
  syntaxErrors: Array<{ line: number; column: number; message: string }>;
  locate(path: DocPath, atKey?: boolean): { line: number; column: number };
}

export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  // uniqueKeys: a repeated key (e.g. two states with one id) is an error, not a silent overwrite.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxErrors = [...doc.errors, ...doc.warnings].map((e) => ({
    ...at(e.pos[0]),
    message: plainYamlMessage(e.code, e.message),
  }));
  const data = doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
  return {
    data,
    syntaxErrors,
    locate(path, atKey = false) {
      const offset = offsetOf(doc, path, atKey);
      return offset === undefined ? { line: 1, column: 1 } : at(offset);
    },
  };
}

/** The offset of the deepest node on `path` that exists in the document. */
function offsetOf(doc: Document, path: DocPath, atKey: boolean): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return offset;
      if (isLast && atKey) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same block; each key (and each state id) may appear once',
  BAD_INDENT: 'the indentation here does not line up with the lines around it',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML needs spaces',
};

function plainYamlMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const plain = YAML_CODES[code];
  return plain ? `${plain} (${firstLine.replace(/ at line \d+, column \d+.*$/, '')})` : `the file is not valid YAML: ${firstLine}`;
}
