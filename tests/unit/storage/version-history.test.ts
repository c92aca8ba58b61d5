import { describe, expect, it } from 'vitest';
import { keys } from '../../../src/ui/storage/keys';
import { hasVersions, VERSION_POLICY, withRestored, withVersion, type SavedVersion } from '../../../src/ui/storage/version-history';

const policy = { kept: 20, coalesceMs: 5_000 };
const texts = (versions: readonly SavedVersion[]) => versions.map((v) => v.text);

/** Saves texts one after another, `gap` milliseconds apart, from time 0. */
function saveAll(count: number, gap: number): SavedVersion[] {
  let versions: SavedVersion[] = [];
  for (let i = 0; i < count; i++) versions = withVersion(versions, `v${i}`, i * gap, policy);
  return versions;
}

describe('which versions are kept', () => {
  it('keeps each change apart by the window or more, newest first, at most 20', () => {
    const versions = saveAll(25, 5_000);
    expect(versions).toHaveLength(20);
    expect(texts(versions)).toEqual(Array.from({ length: 20 }, (_, i) => `v${24 - i}`));
    expect(versions[0]!.savedAt).toBe(24 * 5_000);
  });

  it('makes one version of a burst of changes, at the time of its last change', () => {
    // A slider dragged for a minute, a change every 100 ms: one version, not 600 (or the last 20 of them).
    const versions = saveAll(600, 100);
    expect(versions).toEqual([{ text: 'v599', savedAt: 59_900 }]);
  });

  it('starts a new version once the window has passed since the newest', () => {
    const versions = withVersion(withVersion(withVersion([], 'a', 0, policy), 'b', 4_999, policy), 'c', 9_999, policy);
    expect(texts(versions)).toEqual(['c', 'b']);
  });

  it('never replaces the newest with a fresh version, and the 20 still hold', () => {
    const versions = withVersion(saveAll(20, 10_000), 'restored', 190_001, policy, true);
    expect(versions).toHaveLength(20);
    expect(texts(versions).slice(0, 2)).toEqual(['restored', 'v19']);
  });

  it('keeps what was on screen as a version before a restore, so the restore can be undone', () => {
    // The newest version is what is on screen: it stays, and the restored text comes on top, even within the window.
    const saved = saveAll(3, 10_000);
    expect(texts(withRestored(saved, 'v2', 'v0', 20_100, policy))).toEqual(['v0', 'v2', 'v1', 'v0']);
    // What is on screen is not a version yet (moved from local storage, or its write failed): kept first.
    expect(texts(withRestored(saved, 'unsaved', 'v0', 20_100, policy))).toEqual(['v0', 'unsaved', 'v2', 'v1', 'v0']);
    expect(texts(withRestored([], null, 'v0', 0, policy))).toEqual(['v0']);
    // A change soon after a restore belongs with it, not with what it replaced.
    expect(texts(withVersion(withRestored(saved, 'v2', 'v0', 20_100, policy), 'v0 changed', 21_000, policy))).toEqual(['v0 changed', 'v2', 'v1', 'v0']);
  });

  it('keeps versions of sessions and workshops only, with 20 versions and a five-second window', () => {
    expect(hasVersions(keys.session('bundled/harbour'))).toBe(true);
    expect(hasVersions(keys.workshop('bundled/harbour'))).toBe(true);
    expect(hasVersions(keys.view('bundled/harbour'))).toBe(false);
    expect(hasVersions(keys.lastScenario)).toBe(false);
    expect(hasVersions(keys.setAside('bundled/harbour', 'abc'))).toBe(false);
    expect(VERSION_POLICY).toEqual({ kept: 20, coalesceMs: 5_000 });
  });
});
