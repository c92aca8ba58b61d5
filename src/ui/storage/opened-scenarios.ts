import { keys } from './keys';

/** Scenario files the user opened from disk, kept as text so they survive a reload. */
export interface OpenedFile {
  file: string;
  text: string;
}

function readAll(storage: Storage): Record<string, OpenedFile> {
  try {
    const value: unknown = JSON.parse(storage.getItem(keys.openedScenarios) ?? '{}');
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter(([, f]) => typeof f?.file === 'string' && typeof f?.text === 'string'));
  } catch {
    return {};
  }
}

export function readOpenedFiles(storage: Storage): OpenedFile[] {
  return Object.values(readAll(storage));
}

/** Keeps the latest text opened under each entry key (file name and scenario id). */
export function rememberOpenedFile(storage: Storage, key: string, opened: OpenedFile): void {
  storage.setItem(keys.openedScenarios, JSON.stringify({ ...readAll(storage), [key]: opened }));
}

/** Throws, as `rememberOpenedFile` does, when the browser refuses to store. */
export function forgetOpenedFile(storage: Storage, key: string): void {
  const { [key]: _forgotten, ...rest } = readAll(storage);
  storage.setItem(keys.openedScenarios, JSON.stringify(rest));
}
