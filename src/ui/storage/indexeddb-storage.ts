import { hasVersions, SavedVersionsSchema, VERSION_POLICY, withRestored, withVersion, type SavedVersion, type VersionPolicy } from './version-history';

/** What the app can do with saved work beyond reading and writing it: its earlier versions, and whether the latest write reached the disk. */
export interface SavedWork extends Pick<Storage, 'getItem'> {
  /** The versions kept of a key, newest first. */
  versions(key: string): Promise<SavedVersion[]>;
  /** Puts an earlier text back; what was there is kept as a version first. */
  restore(key: string, text: string): void;
  /** Why the latest write failed, until one succeeds (for `useSyncExternalStore`). */
  writeProblem(): string | undefined;
  subscribe(listener: () => void): () => void;
}

export type IndexedDbStorage = Storage &
  SavedWork & {
    /** Writes many entries in one transaction and only then shows them; rejects, changing nothing, if it fails. */
    putAll(entries: ReadonlyArray<readonly [string, string]>): Promise<void>;
    /** Resolves once every change made so far has been written (or has failed). */
    settled(): Promise<void>;
  };

export interface IndexedDbOptions {
  name?: string;
  policy?: VersionPolicy;
  now?: () => number;
  /** How long to wait for the database to open before the app goes on without it. */
  openTimeoutMs?: number;
}

const ITEMS = 'items';
const VERSIONS = 'versions';
// Strict: a transaction completes only once the disk has it, so a crash of the browser itself loses nothing that was reported saved.
const DURABLE: IDBTransactionOptions = { durability: 'strict' };

/**
 * Browser storage backed by IndexedDB behind the `Storage` interface the app
 * already uses: every entry is read into memory once, as the app starts, so
 * reading stays synchronous; every change is written through at once, changes
 * made while a transaction runs going together in the next one. Rejects when
 * the database cannot be opened (disabled, blocked, private modes).
 */
export async function openIndexedDbStorage(factory: IDBFactory, options: IndexedDbOptions = {}): Promise<IndexedDbStorage> {
  const db = await openDatabase(factory, options.name ?? 'policy-options', options.openTimeoutMs ?? 5_000);
  const items = await readItems(db);
  return writeThrough(db, items, options.policy ?? VERSION_POLICY, options.now ?? Date.now);
}

function openDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    const timer = setTimeout(() => {
      gaveUp = true;
      reject(new Error(`the browser's database did not open within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(ITEMS);
      request.result.createObjectStore(VERSIONS);
    };
    request.onblocked = () => fail(new Error('another tab of the app holds the database open; close it and reload'));
    request.onerror = () => fail(request.error ?? new Error('the database could not be opened'));
    request.onsuccess = () => {
      // Opened after the app went on without it: nobody will use it.
      if (gaveUp) return request.result.close();
      clearTimeout(timer);
      resolve(request.result);
    };
  });
}

function readItems(db: IDBDatabase): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const store = db.transaction(ITEMS, 'readonly').objectStore(ITEMS);
    const keysRequest = store.getAllKeys();
    const valuesRequest = store.getAll();
    valuesRequest.onsuccess = () => {
      const entries = keysRequest.result.map((key, i) => [key, valuesRequest.result[i]] as const);
      resolve(new Map(entries.filter((e): e is [string, string] => typeof e[0] === 'string' && typeof e[1] === 'string')));
    };
    valuesRequest.onerror = () => reject(valuesRequest.error);
  });
}

/** A change not yet written: when it was made, and for a restore, what it replaced. */
interface Pending {
  at: number;
  restoredOver?: string | null;
}

/** Two changes to one key as one: the later's time, and the text the first restore replaced, which is what must be kept. */
function merged(earlier: Pending | undefined, later: Pending): Pending {
  return { at: later.at, restoredOver: earlier?.restoredOver !== undefined ? earlier.restoredOver : later.restoredOver };
}

function writeThrough(db: IDBDatabase, items: Map<string, string>, policy: VersionPolicy, now: () => number): IndexedDbStorage {
  let pending = new Map<string, Pending>();
  let writing = false;
  let problem: string | undefined;
  const listeners = new Set<() => void>();
  let waiting: Array<() => void> = [];

  const report = (next: string | undefined) => {
    if (next === problem) return;
    problem = next;
    for (const listener of listeners) listener();
  };

  const flush = () => {
    const batch = pending;
    pending = new Map();
    if (batch.size === 0) {
      writing = false;
      for (const resolve of waiting.splice(0)) resolve();
      return;
    }
    write(db, [...batch].map(([key, change]) => ({ key, value: items.get(key), ...change })), policy).then(
      () => {
        report(undefined);
        flush();
      },
      (error: unknown) => {
        // Kept for the next change to write (the values are taken from memory then, so nothing newer is overwritten); not retried in a loop against a full or broken disk.
        for (const [key, change] of batch) {
          const newer = pending.get(key);
          pending.set(key, newer ? merged(change, newer) : change);
        }
        writing = false;
        for (const resolve of waiting.splice(0)) resolve();
        report(`Your latest changes could not be saved in this browser (${errorText(error)}). Download the summary to keep a copy.`);
      },
    );
  };

  const change = (key: string, restoredOver?: string | null) => {
    pending.set(key, merged(pending.get(key), { at: now(), restoredOver }));
    if (writing) return;
    writing = true;
    queueMicrotask(flush);
  };

  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const text = String(value);
      if (items.get(key) === text) return;
      items.set(key, text);
      change(key);
    },
    removeItem(key) {
      if (items.delete(key)) change(key);
    },
    clear() {
      for (const key of [...items.keys()]) {
        items.delete(key);
        change(key);
      }
    },
    restore(key, text) {
      const current = items.get(key) ?? null;
      items.set(key, text);
      change(key, current);
    },
    versions: (key) => settledThen(() => readVersions(db, key)),
    writeProblem: () => problem,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async putAll(entries) {
      await write(db, entries.map(([key, value]) => ({ key, value, at: now() })), policy);
      for (const [key, value] of entries) items.set(key, value);
    },
    settled: () => settledThen(() => undefined),
  };

  function settledThen<T>(then: () => T | Promise<T>): Promise<T> {
    return new Promise<void>((resolve) => (writing ? waiting.push(resolve) : resolve())).then(then);
  }
}

interface Write extends Pending {
  key: string;
  /** Undefined: the key was removed. */
  value: string | undefined;
}

/** One transaction for the lot: each value, and a version of each session or workshop written. */
function write(db: IDBDatabase, writes: readonly Write[], policy: VersionPolicy): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction([ITEMS, VERSIONS], 'readwrite', DURABLE);
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('the write was cancelled'));
    try {
      const items = transaction.objectStore(ITEMS);
      const versions = transaction.objectStore(VERSIONS);
      for (const { key, value, at, restoredOver } of writes) {
        if (value === undefined) {
          items.delete(key);
          continue;
        }
        items.put(value, key);
        if (!hasVersions(key)) continue;
        const read = versions.get(key);
        read.onsuccess = () => {
          const earlier = storedVersions(read.result);
          versions.put(restoredOver === undefined ? withVersion(earlier, value, at, policy) : withRestored(earlier, restoredOver, value, at, policy), key);
        };
      }
    } catch (error) {
      transaction.abort();
      reject(error);
    }
  });
}

function readVersions(db: IDBDatabase, key: string): Promise<SavedVersion[]> {
  return new Promise((resolve, reject) => {
    const read = db.transaction(VERSIONS, 'readonly').objectStore(VERSIONS).get(key);
    read.onsuccess = () => resolve(storedVersions(read.result));
    read.onerror = () => reject(read.error);
  });
}

/** Versions that do not read as versions (damaged, or from another build) count as none: the newest text is still in the item itself. */
function storedVersions(value: unknown): SavedVersion[] {
  const parsed = SavedVersionsSchema.safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

function errorText(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message || error.name : String(error);
}
