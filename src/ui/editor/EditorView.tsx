import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { canRedo, canUndo } from '../../domain/editor/history';
import { addActor, addCriterion, addFact, addPreset, removeCriterion, type Operation } from '../../domain/editor/operations';
import { readSourceText } from '../../domain/source-text';
import { withSchemaComment, type YamlEdit } from '../../domain/yaml-edit';
import { Notices } from '../components/Messages';
import { ScenarioText } from '../components/ScenarioText';
import { Tabs, TabPanel } from '../components/Tabs';
import { downloadText } from '../download';
import { EditorProblems } from './EditorProblems';
import { FactChecks } from './FactChecks';
import { OptionsSection } from './OptionsSection';
import { ACTOR_FIELDS, BasicsSection, CRITERION_FIELDS, FACT_FIELDS, isRecord, ItemList, list, presetFields } from './sections';
import { SourcePane } from './SourcePane';
import { useEditor, type EditorStart } from './use-editor';

const SECTIONS = [
  { id: 'basics', label: 'Scenario' },
  { id: 'facts', label: 'Brief and facts' },
  { id: 'actors', label: 'Actors' },
  { id: 'criteria', label: 'Criteria' },
  { id: 'options', label: 'Options' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/** Which section holds a problem's path, and which option, from the path's first segments ("options[2].machine…"). */
function sectionOf(path: string): { section: SectionId; option?: number } {
  const option = /^options\[(\d+)\]/.exec(path);
  if (option) return { section: 'options', option: Number(option[1]) };
  for (const id of ['facts', 'actors', 'criteria'] as const) if (path.startsWith(id)) return { section: id };
  return { section: 'basics' };
}

/** A draft's name when downloaded: the file's own name while it passes the checks, "….draft.yaml" while it does not. */
function downloadName(file: string, valid: boolean): string {
  const stem = file.replace(/\.(ya?ml|json)$/i, '');
  return valid ? `${stem}.yaml` : `${stem}.draft.yaml`;
}

/**
 * The scenario editor: the scenario's sections as forms written straight
 * into its YAML (comments and layout kept), the loader's checks as you type
 * with each problem beside its field, undo and redo over every edit, the
 * brief's text for making facts, and the option's tree as the map of its
 * machine.
 */
export function EditorView({ storage, start, onClose, onUse }: { storage: Storage; start: EditorStart; onClose: () => void; onUse: (file: string, text: string) => void }) {
  const editor = useEditor(storage, start);
  const { data, check, draft } = editor;
  const [section, setSection] = useState<SectionId>('basics');
  const [option, setOption] = useState(0);
  const [refusal, setRefusal] = useState<string>();
  const [notes, setNotes] = useState<string[]>([]);
  const [jump, setJump] = useState<{ path: string; exact: boolean }>();
  const focusAfter = useRef<string | undefined>(undefined);
  const problems = check.ok ? [] : check.problems;
  const sourceTitle = data && isRecord(data.source) && typeof data.source.title === 'string' ? data.source.title : undefined;
  const sourceModel = useMemo(() => (draft.sourceText === undefined ? undefined : readSourceText(draft.sourceText, sourceTitle ? { title: sourceTitle } : {})), [draft.sourceText, sourceTitle]);

  const edit = (edits: YamlEdit[], group?: string) => {
    const problem = editor.edit(edits, group);
    setRefusal(problem);
    return problem;
  };
  const operate = (operation: Operation) => {
    if (!operation.ok) {
      setRefusal(operation.problem);
      return;
    }
    if (edit(operation.edits) === undefined) setNotes(operation.notes);
  };

  // After undo or redo the forms are drawn afresh: focus goes back to the field it was in.
  useEffect(() => {
    const id = focusAfter.current;
    focusAfter.current = undefined;
    if (id) document.getElementById(id)?.focus();
  }, [editor.revision]);
  const step = (which: 'undo' | 'redo') => {
    focusAfter.current = document.activeElement?.id || undefined;
    if (which === 'undo') editor.undo();
    else editor.redo();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) step('undo');
    else if ((key === 'z' && event.shiftKey) || key === 'y') step('redo');
    else return;
    event.preventDefault();
  };

  // A problem's "Go to the field": open its section (and option), then focus the field, or the nearest enclosing one shown.
  // A new fact's text waits for the fact's form, drawn once the edited text has been read.
  useEffect(() => {
    if (jump === undefined) return;
    const fields = [...document.querySelectorAll<HTMLElement>('.editor [data-path]')];
    const exact = fields.find((f) => f.dataset.path === jump.path);
    if (!exact && jump.exact) return;
    setJump(undefined);
    const target = exact ?? fields.filter((f) => jump.path.startsWith(f.dataset.path!)).sort((a, b) => b.dataset.path!.length - a.dataset.path!.length)[0];
    if (target) {
      target.closest('details')?.setAttribute('open', '');
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
    }
  }, [jump, editor.revision, data]);
  const jumpTo = (path: string) => {
    const where = sectionOf(path);
    setSection(where.section);
    if (where.option !== undefined) setOption(where.option);
    setJump({ path, exact: false });
  };
  const showState = (optionIndex: number, stateId: string) => {
    setOption(optionIndex);
    document.getElementById(`edit-state-${optionIndex}-${stateId}`)?.scrollIntoView?.({ block: 'start' });
  };

  const download = () => {
    const text = withSchemaComment(draft.text);
    const body = check.ok ? text : `# DRAFT: this scenario does not pass its checks yet (${problems.length} problem${problems.length === 1 ? '' : 's'}); open it in the editor to finish it.\n${text}`;
    downloadText(downloadName(draft.file, check.ok), body, 'application/yaml');
  };

  return (
    <div className="editor" onKeyDown={onKeyDown}>
      <section className="workspace-head" aria-labelledby="editor-title">
        <div>
          <h1 id="editor-title">
            Editing <ScenarioText>{draft.file}</ScenarioText>
          </h1>
          <p className={check.ok ? 'muted small' : 'small'} role="status">
            {check.ok ? 'The scenario passes every check.' : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix; your edits are kept as a draft meanwhile.`} Saved in this browser as you go.
          </p>
        </div>
        <div className="toolbar head-actions">
          <button type="button" disabled={!canUndo(editor.history)} onClick={() => step('undo')} aria-keyshortcuts="Control+Z">
            Undo
          </button>
          <button type="button" disabled={!canRedo(editor.history)} onClick={() => step('redo')} aria-keyshortcuts="Control+Shift+Z">
            Redo
          </button>
          <button type="button" onClick={download}>
            {check.ok ? 'Download YAML' : 'Download as a draft'}
          </button>
          <button type="button" className="primary" disabled={!check.ok} onClick={() => onUse(downloadName(draft.file, true), withSchemaComment(draft.text))} title="Open the edited scenario in the app, beside the others">
            Use this scenario
          </button>
          <button type="button" onClick={onClose}>
            Close the editor
          </button>
        </div>
      </section>
      {editor.notice ? <Notices lines={[editor.notice]} /> : null}
      <Notices lines={editor.saveError ? [editor.saveError] : []} role="alert" />
      <Notices lines={refusal ? [`That edit could not be made: ${refusal}.`] : []} role="alert" onDismiss={() => setRefusal(undefined)} />
      <Notices lines={notes} onDismiss={() => setNotes([])} />
      <EditorProblems problems={problems} omitted={check.ok ? 0 : check.omitted} onJump={jumpTo} />
      {data === undefined ? (
        <p className="warning">The text does not read as YAML yet (see the problems above); undo the last edit, or download the draft to mend it by hand.</p>
      ) : (
        <main className="work editor-work" id="analysis" tabIndex={-1}>
          <Tabs tabs={SECTIONS} active={section} onChange={setSection} label="Scenario sections" idPrefix="editor" />
          {/* Forms hold what was typed; after undo, redo or a structural edit they are drawn afresh from the text. */}
          <div key={editor.revision}>
            <TabPanel id="basics" idPrefix="editor" active={section === 'basics'}>
              <BasicsSection data={data} problems={problems} onEdit={edit} />
            </TabPanel>
            <TabPanel id="facts" idPrefix="editor" active={section === 'facts'}>
              <div className="facts-editor">
                <div>
                  <ItemList
                    title="Facts"
                    path={['facts']}
                    items={list(data.facts)}
                    fields={FACT_FIELDS}
                    problems={problems}
                    onEdit={edit}
                    addLabel="Add a fact"
                    onAdd={() => operate(addFact(data, { text: '', section: '' }))}
                    onRemove={(i) => edit([{ kind: 'delete', path: ['facts', i] }])}
                    extra={(fact) => (draft.sourceText !== undefined && sourceModel ? <FactChecks fact={fact} source={draft.sourceText} model={sourceModel} /> : null)}
                  />
                </div>
                <SourcePane
                  text={draft.sourceText}
                  title={sourceTitle}
                  onSaveBeside={() => {
                    const name = `${downloadName(draft.file, true).replace(/\.yaml$/, '')}-source.txt`;
                    downloadText(name, draft.sourceText ?? '', 'text/plain;charset=utf-8');
                    edit([{ kind: 'set', path: ['source', 'text'], value: name }]);
                  }}
                  onText={editor.setSourceText}
                  onMakeFact={(cite) => {
                    operate(addFact(data, { text: '', ...cite }));
                    setJump({ path: `facts[${list(data.facts).length}].text`, exact: true });
                  }}
                />
              </div>
            </TabPanel>
            <TabPanel id="actors" idPrefix="editor" active={section === 'actors'}>
              <ItemList
                title="Actors"
                path={['actors']}
                items={list(data.actors)}
                fields={ACTOR_FIELDS}
                problems={problems}
                onEdit={edit}
                addLabel="Add an actor"
                onAdd={() => operate(addActor(data))}
                onRemove={(i) => edit([{ kind: 'delete', path: ['actors', i] }])}
              />
            </TabPanel>
            <TabPanel id="criteria" idPrefix="editor" active={section === 'criteria'}>
              <ItemList
                title="Criteria"
                path={['criteria']}
                items={list(data.criteria)}
                fields={CRITERION_FIELDS}
                problems={problems}
                onEdit={edit}
                addLabel="Add a criterion"
                onAdd={() => operate(addCriterion(data))}
                onRemove={(i) => operate(removeCriterion(data, i))}
              />
              <ItemList
                title="Weight presets"
                path={['weightPresets']}
                items={list(data.weightPresets)}
                fields={presetFields(data)}
                problems={problems}
                onEdit={edit}
                addLabel="Add a weight preset"
                onAdd={() => operate(addPreset(data))}
                onRemove={(i) => edit([{ kind: 'delete', path: ['weightPresets', i] }])}
              />
            </TabPanel>
            <TabPanel id="options" idPrefix="editor" active={section === 'options'}>
              <OptionsSection data={data} check={check} selected={option} onSelect={setOption} problems={problems} onEdit={edit} onOperation={operate} onShowState={showState} />
            </TabPanel>
          </div>
        </main>
      )}
    </div>
  );
}
