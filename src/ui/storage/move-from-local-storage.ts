import type { IndexedDbStorage } from './indexeddb-storage';
import { isOwnKey, keys } from './keys';
import { contentDigest } from './set-aside';
import { VERSION_POLICY } from './version-history';

export interface Move {
  /** Every key of the app's found in local storage: copied (or already there), then removed from it. */
  moved: string[];
  /** Where a copy that differed from the database's own was kept. */
  keptAside: string[];
}

/**
 * What to write to the database for the entries an earlier version of the app
 * left in local storage. A key the database holds already keeps its value
 * there (it is the newer work), and local storage's copy is kept beside it
 * under a key of its own rather than dropped.
 */
export function planMove(legacy: ReadonlyArray<readonly [string, string]>, existing: (key: string) => string | null): { writes: Array<[string, string]>; move: Move } {
  const writes: Array<[string, string]> = [];
  const move: Move = { moved: [], keptAside: [] };
  for (const [key, value] of legacy) {
    if (!isOwnKey(key)) continue;
    move.moved.push(key);
    const there = existing(key);
    if (there === null) writes.push([key, value]);
    else if (there !== value) {
      const aside = keys.movedAside(key, contentDigest(value));
      writes.push([aside, value]);
      move.keptAside.push(aside);
    }
  }
  return { writes, move };
}

/**
 * Moves the app's entries from local storage into the database: copied in
 * one transaction, and removed from local storage only once that transaction
 * has completed. Rejects, leaving local storage as it was, if the copy fails.
 */
export async function moveFromLocalStorage(database: IndexedDbStorage, legacy: Storage): Promise<Move> {
  const entries = Array.from({ length: legacy.length }, (_, i) => legacy.key(i))
    .filter((key): key is string => key !== null)
    .map((key) => [key, legacy.getItem(key) ?? ''] as const);
  const { writes, move } = planMove(entries, (key) => database.getItem(key));
  if (writes.length > 0) await database.putAll(writes);
  for (const key of move.moved) {
    try {
      legacy.removeItem(key);
    } catch {
      // Left behind, it is found again at the next start, equal to the database's copy by then, and removed.
    }
  }
  return move;
}

/** What the user is told, once, about a move. */
export function moveNotice({ moved, keptAside }: Move): string | undefined {
  if (moved.length === 0) return undefined;
  const items = `${moved.length} ${moved.length === 1 ? 'item' : 'items'}`;
  const aside =
    keptAside.length === 0
      ? ''
      : ` ${keptAside.length} of them differed from what the database already held: the database's copy is in use, and the moved one is kept beside it (${keptAside.map((k) => `"${k}"`).join(', ')}).`;
  return `Work saved in this browser by an earlier version of the app (${items}) has moved to the browser's database, where the last ${VERSION_POLICY.kept} versions of each session are kept too. Nothing was lost in the move.${aside}`;
}
