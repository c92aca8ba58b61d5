import { lazy, Suspense, useRef, useState } from 'react';
import type { SavedWork } from '../storage/indexeddb-storage';

// The list reads workshops too (their format and its checks): fetched when first opened, not on the first visit.
const VersionsPanel = lazy(() => import('./VersionsPanel').then((m) => ({ default: m.VersionsPanel })));

/** The head's "Earlier versions…" button and the dialog it opens. */
export function EarlierVersions({ workspace, savedWork, onRestored }: { workspace: string; savedWork: SavedWork; onRestored: (notice: string) => void }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button type="button" ref={opener} aria-haspopup="dialog" onClick={() => setOpen(true)} title="The last versions of your work on this scenario that this browser keeps, to go back to one">
        Earlier versions…
      </button>
      {open ? (
        <Suspense fallback={null}>
          <VersionsPanel workspace={workspace} savedWork={savedWork} onRestored={onRestored} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
