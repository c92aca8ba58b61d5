import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { HISTORY_STEPS, record, redo, startHistory, undo, type EditHistory } from '../../domain/editor/history';
import { parseDraft, serialiseDraft, DRAFT_FORMAT, DRAFT_VERSION, type Draft } from '../../domain/editor/draft';
import { loadScenario, type LoadResult } from '../../domain/scenario';
import { parseYamlSource } from '../../domain/scenario/yaml-source';
import { applyYamlEdits, type YamlEdit } from '../../domain/yaml-edit';
import { keys } from '../storage/keys';

export interface EditorStart {
  /** Names the draft in browser storage: the workspace key, or "new/<file>". */
  key: string;
  file: string;
  origin: Draft['origin'];
  text: string;
}

export interface Editor {
  draft: Draft;
  /** The scenario as written, read as plain data (undefined while the text does not parse). */
  data: Record<string, unknown> | undefined;
  /** The loader's verdict on the text: the scenario, or every problem. Lags typing by a frame when the file is large. */
  check: LoadResult;
  history: EditHistory;
  /** Changes whenever the data shown comes from a text changed other than by typing in a field (undo, redo, a structural edit): forms then read it afresh. */
  revision: number;
  /** Applies edits to the text; returns why not when they cannot apply, and nothing changes. */
  edit(edits: readonly YamlEdit[], group?: string): string | undefined;
  setSourceText(text: string | undefined): void;
  undo(): void;
  redo(): void;
  /** Why the last save to the browser failed, if it did. */
  saveError?: string;
  /** The draft read back from storage was unreadable and set aside (told once). */
  notice?: string;
}

function freshDraft(start: EditorStart): Draft {
  return { format: DRAFT_FORMAT, version: DRAFT_VERSION, file: start.file, origin: start.origin, original: start.text, text: start.text, updatedAt: new Date().toISOString() };
}

/**
 * The editor's state: the draft (saved in the browser on every edit, so a
 * reload loses nothing), its undo history, and the loader's checks on the
 * text as it stands.
 */
export function useEditor(storage: Storage, start: EditorStart): Editor {
  const storageKey = keys.editorDraft(start.key);
  const [initial] = useState(() => {
    const saved = storage.getItem(storageKey);
    if (saved === null) return { draft: freshDraft(start) };
    const parsed = parseDraft(saved);
    return parsed.ok ? { draft: parsed.draft } : { draft: freshDraft(start), notice: `The editor's saved work could not be read (${parsed.problems.join('; ')}), so it starts from the scenario as it is.` };
  });
  const [draft, setDraft] = useState(initial.draft);
  const [history, setHistory] = useState(() => startHistory(initial.draft.text));
  const [saveError, setSaveError] = useState<string>();
  // The texts that forms must be drawn afresh from (after undo, redo or a structural edit), each with its own number.
  const redraws = useRef(new Map<string, number>());
  const redrawCount = useRef(0);
  const formsKey = useRef(0);
  const markRedraw = useCallback((text: string) => {
    const marks = redraws.current;
    marks.delete(text);
    marks.set(text, ++redrawCount.current);
    // Only texts undo can still reach need marks: the oldest go once there are more than the history holds.
    for (const old of marks.keys()) if (marks.size > 2 * HISTORY_STEPS) marks.delete(old);
  }, []);

  useEffect(() => {
    try {
      storage.setItem(storageKey, serialiseDraft(draft));
      setSaveError(undefined);
    } catch (error) {
      setSaveError(`The editor's work could not be saved in this browser (${(error as Error).message}); download the scenario to keep it.`);
    }
  }, [storage, storageKey, draft]);

  const show = useCallback((next: EditHistory) => {
    setHistory(next);
    setDraft((d) => (d.text === next.present ? d : { ...d, text: next.present, updatedAt: new Date().toISOString() }));
  }, []);

  const edit = useCallback(
    (edits: readonly YamlEdit[], group?: string) => {
      const applied = applyYamlEdits(history.present, edits);
      if (!applied.ok) return applied.problem;
      show(record(history, applied.text, group));
      if (group === undefined) markRedraw(applied.text);
      return undefined;
    },
    [history, show, markRedraw],
  );

  // Reading and checking a large scenario takes a good part of a second: both follow typing a frame behind, so that keys are never held up.
  const text = useDeferredValue(history.present);
  const data = useMemo(() => {
    const source = parseYamlSource(text);
    return source.syntaxErrors.length === 0 && typeof source.data === 'object' && source.data !== null && !Array.isArray(source.data) ? (source.data as Record<string, unknown>) : undefined;
  }, [text]);
  const check = useMemo(() => loadScenario(text, draft.file), [text, draft.file]);
  // Forms are redrawn when the data they read is that of a text marked for it, never before (they would show the text before the edit).
  formsKey.current = redraws.current.get(text) ?? formsKey.current;
  return {
    draft,
    data,
    check,
    history,
    edit,
    setSourceText: useCallback((sourceText: string | undefined) => setDraft((d) => ({ ...d, ...(sourceText === undefined ? { sourceText: undefined } : { sourceText }), updatedAt: new Date().toISOString() })), []),
    revision: formsKey.current,
    undo: useCallback(() => {
      const next = undo(history);
      markRedraw(next.present);
      show(next);
    }, [history, show, markRedraw]),
    redo: useCallback(() => {
      const next = redo(history);
      markRedraw(next.present);
      show(next);
    }, [history, show, markRedraw]),
    ...(saveError ? { saveError } : {}),
    ...(initial.notice ? { notice: initial.notice } : {}),
  };
}
