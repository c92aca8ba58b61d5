import { useSyncExternalStore } from 'react';
import type { SavedWork } from '../storage/indexeddb-storage';

const NO_PROBLEM = () => undefined;
const NO_CHANGES = () => () => {};

/**
 * What the user is told about where their work is kept: a write to the
 * browser's database that failed (it is written in the background, so its
 * failure cannot reach the view that made the change), and a passing notice
 * (work moved from local storage, a version restored).
 */
export function SavedWorkNotices({ savedWork, notice, onDismiss }: { savedWork?: SavedWork; notice?: string; onDismiss: () => void }) {
  const problem = useSyncExternalStore(savedWork?.subscribe ?? NO_CHANGES, savedWork?.writeProblem ?? NO_PROBLEM);
  return (
    <>
      {notice ? (
        <div className="notice" role="status">
          <p>{notice}</p>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
      {problem ? (
        <div className="notice error" role="alert">
          {problem}
        </div>
      ) : null}
    </>
  );
}
