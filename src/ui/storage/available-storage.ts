import { openIndexedDbStorage, type SavedWork } from './indexeddb-storage';
import { moveFromLocalStorage, moveNotice } from './move-from-local-storage';

export interface OpenedStorage {
  storage: Storage;
  /** The versions and the write problems, where work is kept in the browser's database. */
  savedWork?: SavedWork;
  /** Why work is not kept as it should be: shown as an error. */
  problem?: string;
  /** What the user should be told once: work moved from local storage. */
  notice?: string;
}

/**
 * Where the app keeps work: the browser's database (IndexedDB), with what an
 * earlier version left in local storage moved into it. Where the database
 * cannot be opened, or the move fails, local storage as before; where that is
 * refused too, memory. Never rejects.
 */
export async function openStorage(database: () => IDBFactory | undefined = () => globalThis.indexedDB, local: () => Storage = () => window.localStorage): Promise<OpenedStorage> {
  let opened;
  try {
    // Inside the try: some browsers throw on merely reading `indexedDB` when storage is blocked.
    const factory = database();
    if (!factory) throw new Error('this browser has no IndexedDB');
    opened = await openIndexedDbStorage(factory);
  } catch (error) {
    const fallback = availableStorage(local);
    return fallback.problem
      ? fallback
      : { ...fallback, problem: `This browser would not open its database for the app (${(error as Error).message}), so work is saved in local storage as before, with no earlier versions to go back to.` };
  }
  let legacy: Storage;
  try {
    legacy = local();
  } catch {
    return { storage: opened, savedWork: opened };
  }
  try {
    return { storage: opened, savedWork: opened, notice: moveNotice(await moveFromLocalStorage(opened, legacy)) };
  } catch (error) {
    return {
      storage: legacy,
      problem: `Work saved in this browser by an earlier version of the app could not be moved to the browser's database (${(error as Error).message}). It is still where it was, in local storage, and the app goes on saving there, with no earlier versions to go back to.`,
    };
  }
}

/**
 * The browser's local storage, or, where the browser refuses it (storage
 * disabled by policy, some private modes), an in-memory stand-in and the
 * reason, so the app still works and says that work will not survive a reload.
 */
export function availableStorage(local: () => Storage = () => window.localStorage): { storage: Storage; problem?: string } {
  try {
    const storage = local();
    const probe = 'policy-options/probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage };
  } catch (error) {
    return { storage: memoryStorage(), problem: `This browser does not let the app save work (${(error as Error).message}). Everything works, but a reload starts afresh: download the summary to keep your work.` };
  }
}

/** Storage that lasts as long as the page: where the browser keeps nothing. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
