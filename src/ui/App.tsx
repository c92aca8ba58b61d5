import { useState, type ChangeEvent } from 'react';
import type { Problem } from '../domain/scenario';
import { loadEntry } from './catalog/load-entry';
import { entryKey, type ScenarioEntry } from './catalog/scenario-entry';
import { ProblemList } from './components/ProblemList';
import { keys } from './storage/keys';
import { forgetOpenedFile, readOpenedFiles, rememberOpenedFile } from './storage/opened-scenarios';
import { Workspace } from './views/Workspace';

export interface AppProps {
  bundled: ScenarioEntry[];
  storage: Storage;
  /** Set when browser storage is refused and work lives only in memory. */
  storageProblem?: string;
}

type LoadedEntry = Extract<ScenarioEntry, { ok: true }>;

/** The shell: which scenario is open, opening another from disk, and the workspace for it. */
export function App({ bundled, storage, storageProblem }: AppProps) {
  const [entries, setEntries] = useState<ScenarioEntry[]>(() => mergeEntries(bundled, readOpenedFiles(storage).map((f) => loadEntry('opened', f.file, f.text))));
  const loaded = entries.filter((e): e is LoadedEntry => e.ok);
  const refused = entries.filter((e): e is Extract<ScenarioEntry, { ok: false }> => !e.ok);
  const [selected, setSelected] = useState(() => storage.getItem(keys.lastScenario) ?? undefined);
  const [openProblems, setOpenProblems] = useState<{ file: string; problems: Problem[] }>();
  const current = loaded.find((e) => entryKey(e) === selected) ?? loaded[0];

  const select = (key: string) => {
    setSelected(key);
    storage.setItem(keys.lastScenario, key);
  };

  const closeOpened = (entry: LoadedEntry) => {
    forgetOpenedFile(storage, entryKey(entry));
    setEntries((es) => es.filter((e) => entryKey(e) !== entryKey(entry)));
    const fallback = loaded.find((e) => e !== entry);
    if (fallback) select(entryKey(fallback));
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = await file.text();
    const entry = loadEntry('opened', file.name, text);
    if (!entry.ok) {
      setOpenProblems({ file: file.name, problems: entry.problems });
      return;
    }
    setOpenProblems(undefined);
    rememberOpenedFile(storage, entryKey(entry), { file: file.name, text });
    setEntries((es) => mergeEntries(es, [entry]));
    select(entryKey(entry));
  };

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">policy-options</span>
        {loaded.length > 0 ? (
          <label className="picker">
            Scenario{' '}
            <select value={current ? entryKey(current) : undefined} onChange={(e) => select(e.target.value)}>
              {loaded.map((e) => (
                <option key={entryKey(e)} value={entryKey(e)}>
                  {e.scenario.title}
                  {e.origin === 'opened' ? ` (opened: ${e.file})` : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {current?.origin === 'opened' ? (
          <button type="button" className="on-dark" onClick={() => closeOpened(current)} title="Your work on it stays saved in this browser and comes back if you open the file again.">
            Close this file
          </button>
        ) : null}
        <label className="file-button">
          Open scenario file…
          <input type="file" accept=".yaml,.yml,.json" onChange={openFile} className="sr-only" />
        </label>
      </header>
      {storageProblem ? (
        <div className="notice error" role="alert">
          {storageProblem}
        </div>
      ) : null}
      {openProblems ? <ProblemList title={`${openProblems.file} could not be opened`} problems={openProblems.problems} onDismiss={() => setOpenProblems(undefined)} /> : null}
      {refused.map((e) => (
        <ProblemList key={e.file} title={`The scenario file ${e.file} has problems and is not offered`} problems={e.problems} />
      ))}
      {current ? <Workspace key={`${entryKey(current)}@${current.hash}`} scenario={current.scenario} hash={current.hash} workspace={entryKey(current)} storage={storage} /> : <p>No scenario could be loaded. Fix the problems above, or open a scenario file.</p>}
    </div>
  );
}

/** Later entries replace earlier ones with the same key: opening a file again updates its earlier copy, never a bundled scenario. */
function mergeEntries(base: ScenarioEntry[], more: ScenarioEntry[]): ScenarioEntry[] {
  const byKey = new Map(base.map((e) => [entryKey(e), e]));
  for (const e of more) byKey.set(entryKey(e), e);
  return [...byKey.values()];
}
