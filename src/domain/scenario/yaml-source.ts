import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { lineLocator } from '../text/line-position';
import { q, shorten } from '../text/quote';
import { LIMITS } from './limits';
import type { DocPath } from './problems';

export interface Located {
  line: number;
  column: number;
  message: string;
}

/** A parsed YAML (or JSON) text that can say where any path in it is written. */
export interface YamlSource {
  data: unknown;
  /** Problems that stop the text being read at all (syntax, depth, aliases), already located. */
  syntaxErrors: Located[];
  /** Syntax errors beyond the ones collected: the parse stopped counting. */
  moreSyntaxErrors: boolean;
  locate(path: DocPath, atKey?: boolean): { line: number; column: number };
}

class TooManyErrors extends Error {}

/**
 * Parses with the `yaml` library's own stages (lexer, CST parser, composer) so
 * that nesting is measured while the text is read, before anything recursive
 * runs on it, and a flood of syntax errors stops early.
 */
export function parseYamlSource(text: string): YamlSource {
  const at = lineLocator(text);
  const unreadable = (problems: Located[], more = false): YamlSource => ({ data: undefined, syntaxErrors: problems, moreSyntaxErrors: more, locate: () => ({ line: 1, column: 1 }) });

  const parser = new Parser();
  const tokens = [];
  const errors: Located[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) {
      tokens.push(token);
      if (token.type === 'error') {
        errors.push({ ...at(token.offset), message: plainYamlMessage('UNEXPECTED_TOKEN', token.message) });
        if (errors.length >= LIMITS.syntaxErrors) return unreadable(errors, true);
      }
    }
    if (parser.stack.length > LIMITS.depth) {
      return unreadable([{ ...at(parser.offset), message: `the nesting here is deeper than ${LIMITS.depth} levels, which no scenario needs (one needs about 11); the file is refused before it is read further` }]);
    }
  }
  for (const token of parser.end()) tokens.push(token);
  if (errors.length > 0) return unreadable(errors);

  // Repeated keys are found by `checkKeysAndAliases` with a set per block: the library's own check is quadratic in the keys of a block.
  // logLevel: the library's warnings (about collection keys, say) would go to the console; problems are reported here instead.
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' });
  (composer as unknown as { onError: (source: unknown, code: string, message: string, warning?: boolean) => void }).onError = (source, code, message) => {
    if (errors.length >= LIMITS.syntaxErrors) throw new TooManyErrors();
    errors.push({ ...at(errorOffset(source)), message: plainYamlMessage(code, message) });
  };
  let doc: Document.Parsed | undefined;
  try {
    for (const composed of composer.compose(tokens, true, text.length)) {
      if (doc) {
        errors.push({ ...at(composed.range[0]), message: 'a second YAML document starts here (after "---"); a scenario file holds one document' });
        break;
      }
      doc = composed;
    }
  } catch (error) {
    if (!(error instanceof TooManyErrors)) throw error;
    return unreadable(errors, true);
  }
  if (!doc) return unreadable([{ line: 1, column: 1, message: 'the file holds no YAML document' }]);
  if (errors.length > 0) return unreadable(errors);

  const structural = checkKeysAndAliases(doc, at);
  if (structural.length > 0) return unreadable(structural);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (error) {
    // Aliases to aliases can still multiply beyond the count checked above; the library refuses those.
    return unreadable([{ line: 1, column: 1, message: `the file cannot be read: ${(error as Error).message}` }]);
  }
  const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  return {
    data,
    syntaxErrors: [],
    moreSyntaxErrors: false,
    locate(path, atKey = false) {
      const offset = offsetOf(doc, path, atKey, keyIndex);
      return offset === undefined ? { line: 1, column: 1 } : at(offset);
    },
  };
}

function errorOffset(source: unknown): number {
  if (typeof source === 'number') return source;
  if (Array.isArray(source)) return source[0] as number;
  const s = source as { offset?: number; range?: [number, number] } | undefined;
  return s?.offset ?? s?.range?.[0] ?? 0;
}

/**
 * Each key may appear once in a block (two states with one id must not
 * silently become one). Every alias must name an anchor set before it (YAML
 * reads `*urgent*` as an alias, not as emphasis), and aliases are counted so
 * that a file cannot multiply itself into memory.
 */
function checkKeysAndAliases(doc: Document, at: (offset: number) => { line: number; column: number }): Located[] {
  const anchors = new Set<string>();
  const problems: Located[] = [];
  let aliases = 0;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (seen.has(name)) problems.push({ ...at(pair.key.range?.[0] ?? 0), message: `${YAML_CODES.DUPLICATE_KEY} (${q(name)} is already a key of this block)` });
        seen.add(name);
      }
    },
    Node(_key, node) {
      if (isAlias(node)) {
        aliases += 1;
        const where = at(node.range?.[0] ?? 0);
        if (!anchors.has(node.source)) {
          problems.push({
            ...where,
            message: `${q(`*${node.source}`)} is read as a YAML alias, but no anchor ${q(`&${node.source}`)} comes before it; if this is meant as text (emphasis, say), put the whole value in quotes`,
          });
        } else if (aliases === LIMITS.aliases + 1) {
          problems.push({ ...where, message: `this file uses more than ${LIMITS.aliases} aliases (*name), which no scenario needs; write the values out instead` });
        }
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
    },
  });
  return problems.slice(0, LIMITS.syntaxErrors);
}

/** The offset of the deepest node on `path` that exists in the document. Map keys are indexed once per map. */
function offsetOf(doc: Document, path: DocPath, atKey: boolean, keyIndex: WeakMap<YAMLMap, Map<string, Pair>>): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = keysOf(node, keyIndex).get(String(segment));
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

function keysOf(map: YAMLMap, keyIndex: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let index = keyIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      if (isPair(pair) && isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    }
    keyIndex.set(map, index);
  }
  return index;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

const YAML_CODES = {
  DUPLICATE_KEY: 'this key appears twice in the same block; each key (and each state id) may appear once',
  BAD_INDENT: 'the indentation here does not line up with the lines around it',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  TAB_AS_INDENT: 'a tab is used for indentation; YAML needs spaces',
} as const satisfies Record<string, string>;

function plainYamlMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const plain = Object.hasOwn(YAML_CODES, code) ? YAML_CODES[code as keyof typeof YAML_CODES] : undefined;
  const detail = shorten(firstLine.replace(/ at line \d+, column \d+.*$/, ''), 160);
  return plain ? `${plain} (${detail})` : `the file is not valid YAML: ${detail}`;
}
