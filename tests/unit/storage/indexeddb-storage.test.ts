import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIndexedDbStorage, type IndexedDbOptions } from '../../../src/ui/storage/indexeddb-storage';
import { keys } from '../../../src/ui/storage/keys';

const session = keys.session('bundled/harbour');
const workshop = keys.workshop('bundled/harbour');
const view = keys.view('bundled/harbour');

afterEach(() => vi.restoreAllMocks());

/** What another connection (a reload, another tab) finds in the database under a key. */
function readBack(factory: IDBFactory, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = factory.open('policy-options', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('items').objectStore('items').get(key);
      read.onsuccess = () => {
        resolve(read.result);
        open.result.close();
      };
    };
  });
}

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

const open = (factory: IDBFactory, options: IndexedDbOptions = {}) => openIndexedDbStorage(factory as unknown as globalThis.IDBFactory, options);

describe('browser storage backed by IndexedDB', () => {
  it('answers reads from memory at once and writes every change through, so a reload finds it', async () => {
    const factory = new IDBFactory();
    const storage = await open(factory);
    storage.setItem(session, 'first');
    storage.setItem(view, '{"tab":"weights"}');
    expect(storage.getItem(session)).toBe('first');
    expect(storage.length).toBe(2);
    await expect.poll(() => readBack(factory, session), { timeout: 2_000 }).toBe('first');

    const reloaded = await open(factory);
    expect(reloaded.getItem(session)).toBe('first');
    expect(reloaded.getItem(view)).toBe('{"tab":"weights"}');
    expect([0, 1].map((i) => reloaded.key(i)).sort()).toEqual([session, view].sort());
  });

  it('keeps the order of changes: the last change to a key is what is kept, removals included', async () => {
    const factory = new IDBFactory();
    const storage = await open(factory);
    for (let i = 0; i < 50; i++) storage.setItem(session, `weights ${i}`);
    storage.setItem(view, 'a');
    await storage.settled();
    // Changes made while a transaction runs go in the next one, after it.
    storage.setItem(session, 'weights 50');
    storage.removeItem(view);
    storage.setItem(keys.lastScenario, 'bundled/harbour');
    storage.setItem(session, 'weights 51');
    await storage.settled();

    const reloaded = await open(factory);
    expect(reloaded.getItem(session)).toBe('weights 51');
    expect(reloaded.getItem(view)).toBeNull();
    expect(reloaded.getItem(keys.lastScenario)).toBe('bundled/harbour');
    storage.clear();
    await storage.settled();
    expect((await open(factory)).length).toBe(0);
  });

  it('keeps the last versions of sessions and workshops, a burst of changes as one', async () => {
    const time = clock();
    const storage = await open(new IDBFactory(), { now: time.now, policy: { kept: 3, coalesceMs: 5_000 } });
    for (const text of ['s1', 's1 dragged', 's1 dragged more']) {
      storage.setItem(session, text);
      time.advance(1_000);
    }
    for (const text of ['s2', 's3', 's4']) {
      time.advance(10_000);
      storage.setItem(session, text);
      await storage.settled();
    }
    storage.setItem(workshop, 'w1');
    storage.setItem(view, 'not a version');
    expect((await storage.versions(session)).map((v) => v.text)).toEqual(['s4', 's3', 's2']);
    expect(await storage.versions(workshop)).toEqual([{ text: 'w1', savedAt: time.now() }]);
    expect(await storage.versions(view)).toEqual([]);
    // An unchanged text is no change: no write, no version.
    time.advance(10_000);
    storage.setItem(workshop, 'w1');
    expect(await storage.versions(workshop)).toHaveLength(1);
  });

  it('puts an earlier version back, keeping what was there as a version first', async () => {
    const time = clock();
    const factory = new IDBFactory();
    const storage = await open(factory, { now: time.now });
    storage.setItem(session, 'monday');
    await storage.settled();
    time.advance(60_000);
    storage.setItem(session, 'tuesday');
    await storage.settled();
    time.advance(1_000);
    storage.restore(session, 'monday');
    expect(storage.getItem(session)).toBe('monday');
    await storage.settled();
    time.advance(1_000);
    // Within the window of the restore: it joins the restored version, and what was there before stays.
    storage.setItem(session, 'monday, changed');
    expect((await storage.versions(session)).map((v) => v.text)).toEqual(['monday, changed', 'tuesday', 'monday']);
    expect((await open(factory)).getItem(session)).toBe('monday, changed');
  });

  it('says when a write fails, keeps the change in memory, and writes it with the next change', async () => {
    const factory = new IDBFactory();
    const storage = await open(factory);
    const told = vi.fn();
    storage.subscribe(told);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    storage.setItem(session, 'unsaved');
    await storage.settled();
    expect(storage.writeProblem()).toBe('Your latest changes could not be saved in this browser (The quota has been exceeded.). Download the summary to keep a copy.');
    expect(told).toHaveBeenCalledTimes(1);
    expect(storage.getItem(session)).toBe('unsaved');
    expect((await open(factory)).getItem(session)).toBeNull();

    put.mockRestore();
    storage.setItem(view, 'next');
    await storage.settled();
    expect(storage.writeProblem()).toBeUndefined();
    expect(told).toHaveBeenCalledTimes(2);
    const reloaded = await open(factory);
    expect([reloaded.getItem(session), reloaded.getItem(view)]).toEqual(['unsaved', 'next']);
  });

  it('says when the database aborts a transaction after it started', async () => {
    const storage = await open(new IDBFactory());
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    storage.setItem(session, 'lost?');
    await storage.settled();
    expect(storage.writeProblem()).toMatch(/^Your latest changes could not be saved in this browser \(.+\)\./);
  });

  it('refuses to open, rather than hang, when the database errs, is blocked or does not answer', async () => {
    const failing = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } };
    await expect(open(failing as unknown as IDBFactory)).rejects.toThrow('The operation is insecure.');

    const silent = { open: () => ({}) };
    await expect(open(silent as unknown as IDBFactory, { openTimeoutMs: 50 })).rejects.toThrow("the browser's database did not open within 0.05 s");

    const blocked = { open: () => { const request = {} as IDBOpenDBRequest; setTimeout(() => request.onblocked!({} as IDBVersionChangeEvent)); return request; } };
    await expect(open(blocked as unknown as IDBFactory)).rejects.toThrow('another tab of the app holds the database open');
  });
});
