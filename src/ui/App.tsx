import { Suspense, useState, type ChangeEvent } from 'react';
import { NEW_SCENARIO_TEXT } from '../domain/editor/template';
import type { Problem } from '../domain/scenario';
import { entryKey, type ScenarioEntry } from './catalog/scenario-entry';
import { ProblemList } from './components/ProblemList';
import { SavedWorkNotices } from './components/SavedWorkNotices';
import { isolate } from './components/ScenarioText';
import { SkipLinks } from './components/SkipLinks';
import { WorkspaceErrorBoundary } from './components/WorkspaceErrorBoundary';
import { readEditing, storeEditing } from './editor/editing-state';
import type { EditorStart } from './editor/use-editor';
import type { SavedWork } from './storage/indexeddb-storage';
import { keys } from './storage/keys';
import { forgetOpenedFile, readOpenedFiles, rememberOpenedFile } from './storage/opened-scenarios';
import { EditorView } from './views/lazy-views';
import { Workspace } from './views/Workspace';

export interface AppProps {
  bundled: ScenarioEntry[];
  /** The files opened in earlier visits, read again from browser storage (main.tsx). */
  opened?: ScenarioEntry[];
  storage: Storage;
  /** Earlier versions and background write failures, where work is kept in the browser's database (main.tsx). */
  savedWork?: SavedWork;
  /** Set when browser storage is refused and work lives only in memory. */
  storageProblem?: string;
  /** Told once: work moved from where an earlier version of the app kept it. */
  storageNotice?: string;
}

type LoadedEntry = Extract<ScenarioEntry, { ok: true }>;

/** The shell: which scenario is open, opening another from disk, and the workspace for it. */
export function App({ bundled, opened = [], storage, savedWork, storageProblem, storageNotice }: AppProps) {
  const [entries, setEntries] = useState<ScenarioEntry[]>(() => mergeEntries(bundled, opened));
  const loaded = entries.filter((e): e is LoadedEntry => e.ok);
  const refused = entries.filter((e): e is Extract<ScenarioEntry, { ok: false }> => !e.ok);
  const [selected, setSelected] = useState(() => storage.getItem(keys.lastScenario) ?? undefined);
  const [openProblems, setOpenProblems] = useState<{ file: string; problems: Problem[]; omitted: number; text?: string }>();
  const [editing, setEditingState] = useState(() => readEditing(storage));
  const setEditing = (start: EditorStart | undefined) => {
    storeEditing(storage, start);
    setEditingState(start);
  };
  const [openNotice, setOpenNotice] = useState<string>();
  // The memo tab has no ranking beside it: the skip link to it goes while that tab is open.
  const [rankingShown, setRankingShown] = useState(true);
  const current = loaded.find((e) => entryKey(e) === selected) ?? loaded[0];
  const [savedNotice, setSavedNotice] = useState(storageNotice);
  // Counts restores of an earlier version: the workspace is mounted afresh to read what was put back.
  const [revision, setRevision] = useState(0);
  const restored = (notice: string) => {
    setSavedNotice(notice);
    setRevision((r) => r + 1);
  };

  const select = (key: string) => {
    setSelected(key);
    storage.setItem(keys.lastScenario, key);
  };

  const closeOpened = (entry: LoadedEntry) => {
    try {
      forgetOpenedFile(storage, entryKey(entry));
    } catch (error) {
      setOpenNotice(`${entry.file} is closed, but the browser would not record that (${(error as Error).message}), so it may be back after a reload.`);
    }
    setEntries((es) => es.filter((e) => entryKey(e) !== entryKey(entry)));
    const fallback = loaded.find((e) => e !== entry);
    if (fallback) select(entryKey(fallback));
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOpenNotice(undefined);
    // The reader brings the YAML parser and the checks: fetched only when a file is opened.
    const read = await import('./catalog/read-scenario-file').then(
      (m) => m.readScenarioFile(file),
      (error: Error) => ({ ok: false as const, problems: [{ file: file.name, line: 1, column: 1, path: '(file)', message: `the app could not load its file reader (${error.message}); reload the page and try again` }], omitted: 0 }),
    );
    if (!read.ok) {
      setOpenProblems({ file: file.name, problems: read.problems, omitted: read.omitted, ...('text' in read && read.text !== undefined ? { text: read.text } : {}) });
      return;
    }
    const { entry } = read;
    setOpenProblems(undefined);
    try {
      rememberOpenedFile(storage, entryKey(entry), { file: file.name, text: read.text });
    } catch (error) {
      setOpenNotice(`${file.name} is open, but the browser would not keep a copy of it (${(error as Error).message}), so it will not be here after a reload; open it again then.`);
    }
    setEntries((es) => mergeEntries(es, [entry]));
    select(entryKey(entry));
  };

  const other = loaded.find((e) => e !== current);

  const editCurrent = async () => {
    if (!current) return;
    setOpenNotice(undefined);
    if (current.origin === 'opened') {
      const saved = readOpenedFiles(storage).find((f) => f.file === current.file);
      if (saved) setEditing({ key: entryKey(current), file: current.file, origin: 'opened', text: saved.text });
      else setOpenNotice(`${current.file} is not kept in this browser any more; open the file again to edit it.`);
      return;
    }
    const fetched = await import('./catalog/fetch-source').then((m) => m.fetchBundledText(current.file));
    if (fetched.ok) setEditing({ key: entryKey(current), file: current.file.replace(/^scenarios\//, ''), origin: 'bundled', text: fetched.text });
    else setOpenNotice(`The scenario cannot be edited: ${fetched.problem}.`);
  };
  const startNew = () => setEditing({ key: `new/${Date.now()}`, file: 'new-scenario.yaml', origin: 'new', text: NEW_SCENARIO_TEXT });
  /** The edited scenario opened in the app, as an opened file; an edited bundled scenario brings its session along the first time. */
  const openEdited = async (file: string, text: string) => {
    const { loadEntry } = await import('./catalog/load-entry');
    const entry = loadEntry('opened', file, text);
    if (!entry.ok) return;
    const key = entryKey(entry);
    try {
      rememberOpenedFile(storage, key, { file, text });
      const from = editing?.key;
      if (from && from !== key && storage.getItem(keys.session(key)) === null) {
        const session = storage.getItem(keys.session(from));
        if (session !== null) storage.setItem(keys.session(key), session);
      }
    } catch (error) {
      setOpenNotice(`${file} is open, but the browser would not keep a copy of it (${(error as Error).message}), so it will not be here after a reload.`);
    }
    setEntries((es) => mergeEntries(es, [entry]));
    select(key);
    setEditing(undefined);
  };

  if (editing) {
    return (
      <div className="app">
        <header className="app-header">
          <span className="brand">policy-options</span>
          <span>Scenario editor</span>
        </header>
        <Suspense fallback={<p className="muted">Loading the editor…</p>}>
          <EditorView storage={storage} start={editing} onClose={() => setEditing(undefined)} onUse={openEdited} />
        </Suspense>
      </div>
    );
  }

  return (
    <div className="app">
      {current ? <SkipLinks ranking={rankingShown} /> : null}
      <header className="app-header">
        <span className="brand">policy-options</span>
        {loaded.length > 0 ? (
          <label className="picker">
            Scenario{' '}
            <select value={current ? entryKey(current) : undefined} onChange={(e) => select(e.target.value)}>
              {loaded.map((e) => (
                <option key={entryKey(e)} value={entryKey(e)}>
                  {isolate(e.scenario.title)}
                  {e.origin === 'opened' ? ` (opened: ${isolate(e.file)})` : ''}
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
        {current ? (
          <button type="button" className="on-dark" onClick={editCurrent} title="Change this scenario in forms, from the brief's text, without writing YAML">
            Edit scenario
          </button>
        ) : null}
        <button type="button" className="on-dark" onClick={startNew}>
          New scenario
        </button>
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
      <SavedWorkNotices savedWork={savedWork} notice={savedNotice} onDismiss={() => setSavedNotice(undefined)} />
      {openNotice ? (
        <div className="notice error" role="alert">
          {openNotice}
        </div>
      ) : null}
      {openProblems ? (
        <>
          <ProblemList title={`${isolate(openProblems.file)} could not be opened`} problems={openProblems.problems} omitted={openProblems.omitted} onDismiss={() => setOpenProblems(undefined)} />
          {openProblems.text !== undefined ? (
            <p className="toolbar open-draft">
              <button type="button" onClick={() => setEditing({ key: `draft/${openProblems.file}`, file: openProblems.file, origin: 'opened', text: openProblems.text! })}>
                Open it in the editor as a draft
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      {refused.map((e) => (
        <ProblemList key={e.file} title={`The scenario file ${isolate(e.file)} has problems and is not offered`} problems={e.problems} omitted={e.omitted} />
      ))}
      {current ? (
        <WorkspaceErrorBoundary key={`${entryKey(current)}@${current.hash}#${revision}`} workspace={entryKey(current)} storage={storage} onLeave={other ? () => select(entryKey(other)) : undefined}>
          <Workspace scenario={current.scenario} hash={current.hash} workspace={entryKey(current)} storage={storage} savedWork={savedWork} onRestored={restored} onRankingShownChange={setRankingShown} />
        </WorkspaceErrorBoundary>
      ) : (
        <p>No scenario could be loaded. Fix the problems above, or open a scenario file.</p>
      )}
    </div>
  );
}

/** Later entries replace earlier ones with the same key: opening a file again updates its earlier copy, never a bundled scenario. */
function mergeEntries(base: ScenarioEntry[], more: ScenarioEntry[]): ScenarioEntry[] {
  const byKey = new Map(base.map((e) => [entryKey(e), e]));
  for (const e of more) byKey.set(entryKey(e), e);
  return [...byKey.values()];
}
