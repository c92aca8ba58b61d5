import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { fetchBundledScenarios } from './catalog/fetch-bundled';
import type { ScenarioEntry } from './catalog/scenario-entry';
import { openStorage } from './storage/available-storage';
import { readOpenedFiles } from './storage/opened-scenarios';
import './styles.css';

const stored = openStorage();
const [bundled, opened, { storage, savedWork, problem, notice }] = await Promise.all([fetchBundledScenarios(), stored.then((s) => reopenStoredFiles(s.storage)), stored]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App bundled={bundled} opened={opened} storage={storage} savedWork={savedWork} storageProblem={problem} storageNotice={notice} />
  </StrictMode>,
);

/** The files opened in earlier visits, read again; the reader (the YAML parser and the checks) is fetched only if there are any. */
async function reopenStoredFiles(storage: Storage): Promise<ScenarioEntry[]> {
  const files = readOpenedFiles(storage);
  return files.length > 0 ? (await import('./catalog/read-scenario-file')).reopenFiles(files) : [];
}
