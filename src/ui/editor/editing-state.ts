import { z } from 'zod';
import { keys } from '../storage/keys';
import type { EditorStart } from './use-editor';

/** Which scenario the editor has open, so that a reload returns to it (its work is in the draft, under `keys.editorDraft`). */
const EditingSchema = z.object({
  key: z.string().min(1).max(2000),
  file: z.string().min(1).max(255),
  origin: z.enum(['bundled', 'opened', 'copy', 'new']),
  text: z.string(),
});

export function readEditing(storage: Storage): EditorStart | undefined {
  try {
    const parsed = EditingSchema.safeParse(JSON.parse(storage.getItem(keys.editing) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function storeEditing(storage: Storage, editing: EditorStart | undefined): void {
  try {
    if (editing) storage.setItem(keys.editing, JSON.stringify(editing));
    else storage.removeItem(keys.editing);
  } catch {
    // Losing which scenario was being edited is harmless: the draft itself is saved under its own key.
  }
}
