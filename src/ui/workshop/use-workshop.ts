import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workshop, WorkshopChange } from '../../domain/workshop';
import { loadStoredWorkshop, storeWorkshop } from './workshop-store';

export interface WorkshopState {
  workshop?: Workshop;
  notices: string[];
  saveError?: string;
  /** Replaces the workshop (a new one, one opened from a file, or none), with what the user should be told. */
  replace(workshop: Workshop | undefined, notices?: string[]): void;
  /** Applies a change that cannot be refused. */
  update(change: (workshop: Workshop) => Workshop): void;
  /** Applies a change that may be refused; returns the reasons when it is, and nothing changes. */
  attempt(change: (workshop: Workshop) => WorkshopChange): string[] | undefined;
  dismissNotices(): void;
}

/** The workshop open on a scenario, read from browser storage and saved back on every change. */
export function useWorkshop(storage: Storage, workspace: string, hash: string): WorkshopState {
  const [state, setState] = useState(() => loadStoredWorkshop(storage, workspace, hash));
  const [saveError, setSaveError] = useState<string>();
  // Read by `attempt`, which must say at once whether a change was refused.
  const latest = useRef(state.workshop);
  latest.current = state.workshop;
  const loaded = useRef(state.workshop);

  useEffect(() => {
    // Saving what was just read would only rewrite it; a closed workshop is forgotten.
    if (state.workshop === loaded.current) return;
    setSaveError(storeWorkshop(storage, workspace, state.workshop));
  }, [storage, workspace, state.workshop]);

  const replace = useCallback((workshop: Workshop | undefined, notices: string[] = []) => setState({ workshop, notices }), []);
  const update = useCallback((change: (w: Workshop) => Workshop) => setState((s) => (s.workshop ? { ...s, workshop: change(s.workshop) } : s)), []);
  const attempt = useCallback((change: (w: Workshop) => WorkshopChange) => {
    const current = latest.current;
    if (!current) return ['no workshop is open'];
    const result = change(current);
    if (!result.ok) return result.problems;
    latest.current = result.workshop;
    setState((s) => ({ ...s, workshop: result.workshop }));
    return undefined;
  }, []);
  return {
    ...state,
    saveError,
    replace,
    update,
    attempt,
    dismissNotices: useCallback(() => setState((s) => ({ ...s, notices: [] })), []),
  };
}
