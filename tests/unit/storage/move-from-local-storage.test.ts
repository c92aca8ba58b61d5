import fc from 'fast-check';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, openStorage } from '../../../src/ui/storage/available-storage';
import { openIndexedDbStorage } from '../../../src/ui/storage/indexeddb-storage';
import { keys } from '../../../src/ui/storage/keys';
import { moveFromLocalStorage, moveNotice, planMove } from '../../../src/ui/storage/move-from-local-storage';
import { contentDigest } from '../../../src/ui/storage/set-aside';

afterEach(() => vi.restoreAllMocks());

const session = keys.session('bundled/harbour');
const asFactory = (factory: IDBFactory) => factory as unknown as globalThis.IDBFactory;
const factoryOf = (factory: IDBFactory) => () => asFactory(factory);

/** Local storage as an earlier version of the app left it, with another site's key beside the app's. */
function legacyStorage(entries: Record<string, string>): Storage {
  const storage = memoryStorage();
  for (const [key, value] of Object.entries(entries)) storage.setItem(key, value);
  return storage;
}

const snapshot = (storage: Storage) => Object.fromEntries(Array.from({ length: storage.length }, (_, i) => storage.key(i)!).map((k) => [k, storage.getItem(k)]));

describe('moving work from local storage into the database', () => {
  it('moves every key of the app, then removes it from local storage, and leaves other keys alone', async () => {
    const factory = new IDBFactory();
    const legacy = legacyStorage({ [session]: '{"weights":1}', [keys.view('bundled/harbour')]: '{"tab":"weights"}', [keys.lastScenario]: 'bundled/harbour', 'someone-else': 'theirs' });
    const opened = await openStorage(factoryOf(factory), () => legacy);
    expect(opened.problem).toBeUndefined();
    expect(opened.notice).toBe(
      "Work saved in this browser by an earlier version of the app (3 items) has moved to the browser's database, where the last 20 versions of each session are kept too. Nothing was lost in the move.",
    );
    expect(opened.storage.getItem(session)).toBe('{"weights":1}');
    expect(snapshot(legacy)).toEqual({ 'someone-else': 'theirs' });

    // In the database itself, for the next start; the moved session is its first version.
    const reloaded = await openIndexedDbStorage(asFactory(factory));
    expect(reloaded.getItem(session)).toBe('{"weights":1}');
    expect(reloaded.getItem(keys.lastScenario)).toBe('bundled/harbour');
    expect((await reloaded.versions(session)).map((v) => v.text)).toEqual(['{"weights":1}']);
    // Nothing to move any more: nothing to tell.
    expect((await openStorage(factoryOf(factory), () => legacy)).notice).toBeUndefined();
  });

  it('keeps the database’s value of a key both hold, and local storage’s copy aside rather than dropped', async () => {
    const factory = new IDBFactory();
    const database = await openIndexedDbStorage(asFactory(factory));
    database.setItem(session, 'newer, in the database');
    database.setItem(keys.lastScenario, 'same');
    await database.settled();
    const legacy = legacyStorage({ [session]: 'older, in local storage', [keys.lastScenario]: 'same' });

    const move = await moveFromLocalStorage(database, legacy);
    const aside = keys.movedAside(session, contentDigest('older, in local storage'));
    expect(move).toEqual({ moved: [session, keys.lastScenario], keptAside: [aside] });
    expect(aside).toMatch(/^policy-options\/moved-aside\/session\/bundled\/harbour\/[0-9a-f]{16}$/);
    const reloaded = await openIndexedDbStorage(asFactory(factory));
    expect(reloaded.getItem(session)).toBe('newer, in the database');
    expect(reloaded.getItem(aside)).toBe('older, in local storage');
    expect(snapshot(legacy)).toEqual({});
    expect(moveNotice(move)).toMatch(/\(2 items\).* 1 of them differed from what the database already held: the database's copy is in use, and the moved one is kept beside it \("policy-options\/moved-aside\/session\/bundled\/harbour\/[0-9a-f]{16}"\)\.$/);
  });

  it('leaves local storage as it was, and goes on using it, when the copy fails', async () => {
    const factory = new IDBFactory();
    const before = { [session]: '{"weights":1}', [keys.lastScenario]: 'bundled/harbour' };
    const legacy = legacyStorage(before);
    const put = IDBObjectStore.prototype.put;
    // The second put of the transaction aborts it: the first must not stay either.
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (++puts === 2) this.transaction.abort();
      return request;
    });
    const opened = await openStorage(factoryOf(factory), () => legacy);
    expect(opened.storage).toBe(legacy);
    expect(opened.savedWork).toBeUndefined();
    expect(opened.problem).toMatch(/could not be moved to the browser's database \(.+\)\. It is still where it was, in local storage, and the app goes on saving there/);
    expect(snapshot(legacy)).toEqual(before);
    vi.restoreAllMocks();
    expect((await openIndexedDbStorage(asFactory(factory))).length).toBe(0);
  });

  it('loses nothing, whatever local storage and the database hold', async () => {
    const key = fc.constantFrom(session, keys.workshop('bundled/harbour'), keys.view('x'), keys.lastScenario, 'other-site');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, fc.string()), fc.dictionary(key.filter((k) => k !== 'other-site'), fc.string()), async (inLocal, inDatabase) => {
        const database = await openIndexedDbStorage(asFactory(new IDBFactory()));
        for (const [k, v] of Object.entries(inDatabase)) database.setItem(k, v);
        const legacy = legacyStorage(inLocal);
        await moveFromLocalStorage(database, legacy);
        // The database's values stand; every value local storage held is in the database, at its key or kept aside.
        for (const [k, v] of Object.entries(inDatabase)) expect(database.getItem(k)).toBe(v);
        for (const [k, v] of Object.entries(inLocal)) {
          if (k === 'other-site') expect(legacy.getItem(k)).toBe(v);
          else expect([database.getItem(k), database.getItem(keys.movedAside(k, contentDigest(v)))]).toContain(v);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('says nothing when there was nothing to move', () => {
    expect(planMove([['other-site', 'x']], () => null)).toEqual({ writes: [], move: { moved: [], keptAside: [] } });
    expect(moveNotice({ moved: [], keptAside: [] })).toBeUndefined();
  });
});

describe('where work is kept when the database cannot be opened', () => {
  const refusing = () => ({ open: () => { throw new DOMException('IndexedDB is disabled.', 'InvalidStateError'); } }) as unknown as globalThis.IDBFactory;

  it('keeps it in local storage, as before, and says there are no earlier versions', async () => {
    const legacy = legacyStorage({ [session]: 'kept' });
    const opened = await openStorage(refusing, () => legacy);
    expect(opened.storage).toBe(legacy);
    expect(opened.savedWork).toBeUndefined();
    expect(opened.problem).toBe('This browser would not open its database for the app (IndexedDB is disabled.), so work is saved in local storage as before, with no earlier versions to go back to.');
    expect(snapshot(legacy)).toEqual({ [session]: 'kept' });
    expect((await openStorage(() => undefined, () => legacy)).problem).toMatch(/\(this browser has no IndexedDB\)/);
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect((await openStorage(blocked, () => legacy)).problem).toMatch(/would not open its database for the app \(The operation is insecure\.\)/);
  });

  it('keeps it in memory when local storage is refused too, and says a reload starts afresh', async () => {
    const opened = await openStorage(refusing, () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(opened.problem).toMatch(/does not let the app save work \(The operation is insecure\.\)\. Everything works, but a reload starts afresh/);
    opened.storage.setItem(session, 'in memory');
    expect(opened.storage.getItem(session)).toBe('in memory');
  });

  it('uses the database without moving anything when local storage is refused', async () => {
    const opened = await openStorage(factoryOf(new IDBFactory()), () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(opened.problem).toBeUndefined();
    expect(opened.savedWork).toBe(opened.storage);
  });
});
