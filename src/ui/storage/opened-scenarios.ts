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

/** Keeps the latest file opened for each scenario id. */
export function rememberOpenedFile(storage: Storage, scenarioId: string, opened: OpenedFile): void {
  storage.setItem(keys.openedScenarios, JSON.stringify({ ...readAll(storage), [scenarioId]: opened }));
}

export function forgetOpenedFile(storage: Storage, scenarioId: string): void {
  const { [scenarioId]: _forgotten, ...rest } = readAll(storage);
  storage.setItem(keys.openedScenarios, JSON.stringify(rest));
}
