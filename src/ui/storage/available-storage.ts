/**
 * The browser's local storage, or, where the browser refuses it (storage
 * disabled by policy, some private modes), an in-memory stand-in and the
 * reason, so the app still works and says that work will not survive a reload.
 */
export function availableStorage(): { storage: Storage; problem?: string } {
  try {
    const storage = window.localStorage;
    const probe = 'policy-options/probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage };
  } catch (error) {
    return { storage: memoryStorage(), problem: `This browser does not let the app save work (${(error as Error).message}). Everything works, but a reload starts afresh: download the summary to keep your work.` };
  }
}

function memoryStorage(): Storage {
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
