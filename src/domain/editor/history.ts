/**
 * Undo and redo over the editor's one source of truth, the scenario's text:
 * every edit (a field, a tree operation) is a new text. Typing in one field
 * is one step, not one per key: an edit with the same `group` as the one
 * before replaces it instead of adding a step.
 */
export interface EditHistory {
  past: string[];
  present: string;
  future: string[];
  /** The group of the newest step, while typing continues in it. */
  group?: string;
}

/** How many steps back undo reaches: enough for a working session, bounded so a long one cannot fill memory. */
export const HISTORY_STEPS = 200;

export function startHistory(text: string): EditHistory {
  return { past: [], present: text, future: [] };
}

/** The history with a new text; the same text is no step at all. */
export function record(history: EditHistory, text: string, group?: string): EditHistory {
  if (text === history.present) return history;
  if (group !== undefined && group === history.group && history.past.length > 0) return { ...history, present: text, future: [] };
  return { past: [...history.past, history.present].slice(-HISTORY_STEPS), present: text, future: [], ...(group !== undefined ? { group } : {}) };
}

export function undo(history: EditHistory): EditHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = (history: EditHistory) => history.past.length > 0;
export const canRedo = (history: EditHistory) => history.future.length > 0;
