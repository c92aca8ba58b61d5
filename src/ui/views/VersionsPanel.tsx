import { useEffect, useRef, useState } from 'react';
import { ScenarioText } from '../components/ScenarioText';
import type { SavedWork } from '../storage/indexeddb-storage';
import { keys } from '../storage/keys';
import { VERSION_POLICY, type SavedVersion } from '../storage/version-history';
import { sessionSummary, workshopSummary, type VersionSummary } from './version-summary';

interface Listed {
  key: string;
  which: 'session' | 'workshop';
  version: SavedVersion;
  summary: VersionSummary;
  /** The newest version, and what is on screen now: nothing to restore. */
  current: boolean;
}

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** The saved versions of this workspace's session and workshop, newest first, each a line that never throws. */
async function listVersions(savedWork: SavedWork, workspace: string): Promise<Listed[]> {
  const kinds = [
    { which: 'session', key: keys.session(workspace), summarise: sessionSummary },
    { which: 'workshop', key: keys.workshop(workspace), summarise: workshopSummary },
  ] as const;
  const lists = await Promise.all(
    kinds.map(async ({ which, key, summarise }) =>
      (await savedWork.versions(key)).map((version, i): Listed => ({ key, which, version, summary: summarise(version.text), current: i === 0 && version.text === savedWork.getItem(key) })),
    ),
  );
  return lists.flat().sort((a, b) => b.version.savedAt - a.version.savedAt);
}

/**
 * A dialog listing the versions the browser keeps, to put one back. A restore
 * first keeps what is there now as a version, so it can be undone the same
 * way; the workspace is then mounted afresh to read what was put back.
 */
export function VersionsPanel({ workspace, savedWork, onRestored, onClose }: { workspace: string; savedWork: SavedWork; onRestored: (notice: string) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [listed, setListed] = useState<Listed[] | { problem: string }>();
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  useEffect(() => {
    let shown = true;
    listVersions(savedWork, workspace).then(
      (list) => shown && setListed(list),
      (error: Error) => shown && setListed({ problem: error.message }),
    );
    return () => void (shown = false);
  }, [savedWork, workspace]);

  const restore = ({ key, which, version }: Listed) => {
    savedWork.restore(key, version.text);
    onRestored(`The ${which} saved ${WHEN.format(version.savedAt)} is back. What you had before is kept among the earlier versions, to go back to if you wish.`);
  };

  return (
    <dialog ref={dialog} className="versions-dialog" aria-labelledby="versions-title" onClose={onClose}>
      <h2 id="versions-title">Earlier versions</h2>
      <p className="versions-note">
        This browser keeps the last {VERSION_POLICY.kept} versions of your session on this scenario, and of its workshop; changes less than {VERSION_POLICY.coalesceMs / 1000} seconds apart make one version. Restoring one keeps what you have now as a version first.
      </p>
      {listed === undefined ? (
        <p>Reading the versions…</p>
      ) : 'problem' in listed ? (
        <p className="notice error">The versions could not be read ({listed.problem}).</p>
      ) : listed.length === 0 ? (
        <p>No versions are saved yet.</p>
      ) : (
        <ol className="versions">
          {listed.map((item, i) => {
            const when = WHEN.format(item.version.savedAt);
            return (
              <li key={`${item.key}@${i}`}>
                <div>
                  <time dateTime={new Date(item.version.savedAt).toISOString()}>{when}</time> <span className="badge">{item.which === 'session' ? 'Session' : 'Workshop'}</span>{' '}
                  {item.current ? <span className="badge">On screen now</span> : null}
                  <p>{item.summary.readable ? <ScenarioText>{item.summary.line}</ScenarioText> : <>Unreadable: <ScenarioText>{item.summary.problem}</ScenarioText></>}</p>
                </div>
                {item.summary.readable && !item.current ? (
                  <button type="button" onClick={() => restore(item)} aria-label={`Restore the ${item.which} saved ${when}`}>
                    Restore
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      <div className="toolbar">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
