import { useCallback, useEffect, useState } from 'react';
import type { Step } from '../../domain/machine';
import type { Scenario } from '../../domain/scenario';
import { withMemo, withOptionPath, withWeighting, type Memo, type Session, type Weighting } from '../../domain/session';
import { loadStoredSession, storeSession } from '../storage/session-store';

export interface ScenarioSession {
  session: Session;
  notices: string[];
  saveError?: string;
  /** Replaces the whole weighting: every method's inputs and the one in force. */
  setWeighting(weighting: Weighting): void;
  setPath(optionId: string, path: readonly Step[]): void;
  /** Replaces the group's memo text. */
  setMemo(memo: Memo): void;
  /** Replaces the whole session (one opened from a file), with what the user should be told about it. */
  replaceSession(session: Session, notices: string[]): void;
  dismissNotices(): void;
}

/** The user's session for one scenario, read from browser storage and saved back on every change. */
export function useScenarioSession(scenario: Scenario, hash: string, workspace: string, storage: Storage): ScenarioSession {
  // Read once: the workspace is keyed by scenario, so another scenario mounts a new one.
  const [current, setState] = useState(() => loadStoredSession(storage, workspace, scenario, hash));
  const [saveError, setSaveError] = useState<string>();

  useEffect(() => {
    setSaveError(storeSession(storage, workspace, current.session));
  }, [storage, workspace, current.session]);

  const update = useCallback((change: (s: Session) => Session) => setState((s) => ({ ...s, session: change(s.session) })), []);
  return {
    session: current.session,
    notices: current.notices,
    saveError,
    setWeighting: useCallback((weighting: Weighting) => update((s) => withWeighting(s, weighting)), [update]),
    setPath: useCallback((optionId, path) => update((s) => withOptionPath(s, optionId, path)), [update]),
    setMemo: useCallback((memo: Memo) => update((s) => withMemo(s, memo)), [update]),
    replaceSession: useCallback((session: Session, notices: string[]) => setState({ session, notices }), []),
    dismissNotices: useCallback(() => setState((s) => ({ ...s, notices: [] })), []),
  };
}
