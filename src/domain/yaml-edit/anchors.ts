import type { CST } from 'yaml';
import { formatPath } from '../scenario/problems';
import { q } from '../text/quote';
import type { Step, YamlPath } from './locate';
import type { Item } from './tree';

/**
 * A value named with an anchor (`&name`) and repeated by an alias
 * (`*name`) is one value in two places. Edits that would change it, remove
 * the anchor, or move an alias before its anchor are refused: the text would
 * then say something other than the edit asked, or nothing at all.
 */
export function aliasProblem(aliased: ReadonlySet<string>, document: CST.Document, steps: readonly Step[], path: YamlPath, subtree: Array<Item | CST.Token | undefined>, movesAliases = false): string | undefined {
  if (aliased.size === 0) return undefined;
  // On the path only the anchors written with each entry count (those of its key and of its value), not those inside.
  const onPath = [document.start, ...steps.flatMap((s) => [s.collection.items[s.raw]!.start, s.collection.items[s.raw]!.sep])].flatMap((t) => names(t, 'anchor'));
  const named = [...onPath, ...subtree.flatMap((t) => names(t, 'anchor'))].find((name) => aliased.has(name));
  if (named) return `${formatPath(path)} holds or is inside the value named ${q(`&${named}`)}, which the text repeats elsewhere as ${q(`*${named}`)}; edit it in the text`;
  const alias = movesAliases ? subtree.flatMap((t) => names(t, 'alias'))[0] : undefined;
  if (alias) return `${formatPath(path)} holds the alias ${q(alias)}, which must stay after the value it repeats; move it in the text`;
  return undefined;
}

/** The anchor names (without `&`) or alias sources in a token, an item, or a list of source tokens. */
function names(node: Item | CST.Token | readonly CST.SourceToken[] | undefined, kind: 'anchor' | 'alias'): string[] {
  if (!node) return [];
  if (Array.isArray(node)) return node.flatMap((t: CST.SourceToken) => names(t, kind));
  const t = node as Item | CST.Token;
  if (!('type' in t)) return [t.start, t.key ?? undefined, t.sep, t.value].flatMap((part) => names(part, kind));
  if (t.type === kind) return [kind === 'anchor' ? t.source.slice(1) : t.source];
  if ('items' in t) return t.items.flatMap((item) => names(item, kind));
  if (t.type === 'block-scalar') return names(t.props as CST.SourceToken[], kind);
  return [];
}
