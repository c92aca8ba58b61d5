import { formatPath } from '../scenario/problems';
import { applyEdit, type YamlEdit } from './apply';
import type { YamlPath } from './locate';
import { readEditable, remember, type EditableText } from './editable-text';

export type { YamlPath } from './locate';
export type { YamlEdit } from './apply';
export { withSchemaComment } from './schema-comment';

export type YamlEditResult = { ok: true; text: string } | { ok: false; problem: string };

/**
 * Source-preserving edits of a YAML text: only the lines an edit touches
 * change; comments, blank lines, key order and quoting elsewhere stay byte
 * for byte. See docs/architecture.md ("Editing the scenario's YAML").
 */
export function applyYamlEdit(text: string, edit: YamlEdit): YamlEditResult {
  return applyYamlEdits(text, [edit]);
}

/** The edits in order, each on the text the one before made; if one cannot be made, none is. */
export function applyYamlEdits(text: string, edits: readonly YamlEdit[]): YamlEditResult {
  try {
    const read = readEditable(text);
    if (!read.ok) return read;
    let editable: EditableText = read.editable;
    for (const [i, edit] of edits.entries()) {
      const applied = applyEdit(editable, edit);
      if (!applied.ok) return { ok: false, problem: `${edits.length > 1 ? `edit ${i + 1} of ${edits.length}, ` : ''}${describe(edit)}: ${applied.problem}` };
      editable = applied.editable;
    }
    if (editable === read.editable) return { ok: true, text };
    remember(editable.text, editable);
    return { ok: true, text: editable.text };
  } catch (error) {
    // The library or a text beyond what was foreseen failing must not take the editor down with it.
    return { ok: false, problem: `the edit could not be made: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function describe(edit: YamlEdit): string {
  const e = (typeof edit === 'object' && edit !== null ? edit : {}) as Partial<Record<string, unknown>>;
  const kind = typeof e.kind === 'string' ? e.kind : 'edit';
  return Array.isArray(e.path) && e.path.every((s) => typeof s === 'string' || typeof s === 'number') ? `${kind} ${formatPath(e.path as YamlPath)}` : kind;
}
