import { useState, type ChangeEvent } from 'react';
import type { Problem } from '../domain/scenario';
import { loadEntry } from './catalog/load-entry';
import type { ScenarioEntry } from './catalog/scenario-entry';
import { ProblemList } from './components/ProblemList';
import { keys } from './storage/keys';
import { readOpenedFiles, rememberOpenedFile } from './storage/opened-scenarios';
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
  const [selectedId, setSelectedId] = useState(() => storage.getItem(keys.lastScenario) ?? undefined);
  const [openProblems, setOpenProblems] = useState<{ file: string; problems: Problem[] }>();
  const current = loaded.find((e) => e.scenario.id === selectedId) ?? loaded[0];

  const select = (id: string) => {
    setSelectedId(id);
    storage.setItem(keys.lastScenario, id);
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const entry = loadEntry('opened', file.name, await file.text());
    if (!entry.ok) {
      setOpenProblems({ file: file.name, problems: entry.problems });
      return;
    }
    setOpenProblems(undefined);
    rememberOpenedFile(storage, entry.scenario.id, { file: file.name, text: await file.text() });
    setEntries((es) => mergeEntries(es, [entry]));
    select(entry.scenario.id);
  };

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">policy-options</span>
        {loaded.length > 0 ? (
          <label className="picker">
            Scenario{' '}
            <select value={current?.scenario.id} onChange={(e) => select(e.target.value)}>
              {loaded.map((e) => (
                <option key={e.scenario.id} value={e.scenario.id}>
                  {e.scenario.title}
                  {e.origin === 'opened' ? ` (opened: ${e.file})` : ''}
                </option>
              ))}
            </select>
          </label>
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
      {openProblems ? <ProblemList title={`${openProblems.file} could not be opened`} problems={openProblems.problems} /> : null}
      {refused.map((e) => (
        <ProblemList key={e.file} title={`The scenario file ${e.file} has problems and is not offered`} problems={e.problems} />
      ))}
      {current ? <Workspace key={current.scenario.id} scenario={current.scenario} hash={current.hash} storage={storage} /> : <p>No scenario could be loaded. Fix the problems above, or open a scenario file.</p>}
    </div>
  );
}

/** Later entries replace earlier ones with the same scenario id (an opened file updates its earlier copy). */
function mergeEntries(base: ScenarioEntry[], more: ScenarioEntry[]): ScenarioEntry[] {
  const idOf = (e: ScenarioEntry) => (e.ok ? `id:${e.scenario.id}` : `file:${e.file}`);
  const byId = new Map(base.map((e) => [idOf(e), e]));
  for (const e of more) byId.set(idOf(e), e);
  return [...byId.values()];
}
