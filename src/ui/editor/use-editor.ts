import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { record, redo, startHistory, undo, type EditHistory } from '../../domain/editor/history';
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
  /** Grows whenever the text changes other than by typing in a field (undo, redo, a structural edit): forms then read the text afresh. */
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
  const [revision, setRevision] = useState(0);

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
      if (group === undefined) setRevision((r) => r + 1);
      return undefined;
    },
    [history, show],
  );

  // The forms read the text as it is now (they are redrawn from it after a structural edit); the whole file's checks may lag typing by a frame.
  const data = useMemo(() => {
    const source = parseYamlSource(history.present);
    return source.syntaxErrors.length === 0 && typeof source.data === 'object' && source.data !== null && !Array.isArray(source.data) ? (source.data as Record<string, unknown>) : undefined;
  }, [history.present]);
  const text = useDeferredValue(history.present);
  const check = useMemo(() => loadScenario(text, draft.file), [text, draft.file]);

  return {
    draft,
    data,
    check,
    history,
    edit,
    setSourceText: useCallback((sourceText: string | undefined) => setDraft((d) => ({ ...d, ...(sourceText === undefined ? { sourceText: undefined } : { sourceText }), updatedAt: new Date().toISOString() })), []),
    revision,
    undo: useCallback(() => {
      show(undo(history));
      setRevision((r) => r + 1);
    }, [history, show]),
    redo: useCallback(() => {
      show(redo(history));
      setRevision((r) => r + 1);
    }, [history, show]),
    ...(saveError ? { saveError } : {}),
    ...(initial.notice ? { notice: initial.notice } : {}),
  };
}
