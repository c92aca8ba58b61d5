import { useMemo } from 'react';
import { analyseScenario, treeValues } from '../../domain/analysis';
import { addOption, type Operation } from '../../domain/editor/operations';
import type { LoadResult, Problem } from '../../domain/scenario';
import { defaultWeights } from '../../domain/scoring';
import { isolate, ScenarioText } from '../components/ScenarioText';
import { DecisionTreeView } from '../views/tree/DecisionTreeView';
import { ItemForm, type FieldSpec } from './ItemForm';
import { MachineEditor } from './MachineEditor';
import { isRecord, list, nameOf, type OnEdit } from './sections';

type Data = Record<string, unknown>;

const OPTION_FIELDS: FieldSpec[] = [
  { at: ['id'], label: 'Id', kind: 'text' },
  { at: ['label'], label: 'Label', kind: 'text' },
  { at: ['summary'], label: 'Summary', kind: 'textarea' },
  { at: ['recommendedIn', 'section'], label: 'Recommended in section (optional; leave empty for an option the source does not recommend)', kind: 'text', optional: true },
  { at: ['recommendedIn', 'locator'], label: 'Where in that section (optional)', kind: 'text', optional: true },
];

const BASELINE_FIELDS: FieldSpec[] = [
  { at: ['score'], label: 'Score', kind: 'number' },
  { at: ['low'], label: 'Low end (optional)', kind: 'number', optional: true },
  { at: ['high'], label: 'High end (optional)', kind: 'number', optional: true },
  { at: ['rationale'], label: 'Why', kind: 'textarea' },
];

/** The options: one at a time, its text, its scores before any step, and its machine with the tree as the map. */
export function OptionsSection({
  data,
  check,
  selected,
  onSelect,
  problems,
  onEdit,
  onOperation,
  onShowState,
}: {
  data: Data;
  check: LoadResult;
  selected: number;
  onSelect: (index: number) => void;
  problems: readonly Problem[];
  onEdit: OnEdit;
  onOperation: (operation: Operation) => void;
  /** Takes the editor to a state's form (from a node of the tree). */
  onShowState: (option: number, stateId: string) => void;
}) {
  const options = list(data.options);
  const index = Math.min(selected, Math.max(0, options.length - 1));
  const option = options[index];
  const criteria = list(data.criteria).flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [{ id: c.id, label: typeof c.label === 'string' ? c.label : c.id }] : []));
  const baseline = isRecord(option) && isRecord(option.baseline) ? option.baseline : {};
  const scenario = check.ok ? check.scenario : undefined;
  const loaded = scenario && isRecord(option) ? scenario.options.find((o) => o.id === option.id) : undefined;
  const values = useMemo(() => {
    if (!scenario || !loaded) return undefined;
    const analysis = analyseScenario(scenario, defaultWeights(scenario.criteria), {});
    return treeValues(analysis.contexts.get(loaded.id)!);
  }, [scenario, loaded]);

  return (
    <>
      <h2>Options</h2>
      <div className="toolbar">
        <label htmlFor="editor-option">Option</label>
        <select id="editor-option" value={index} onChange={(e) => onSelect(Number(e.target.value))}>
            {options.map((o, i) => (
              <option key={i} value={i}>
                {isolate(nameOf(o, `Option ${i + 1}`))}
              </option>
            ))}
        </select>
        <button type="button" onClick={() => onOperation(addOption(data))}>
          Add an option
        </button>
        {option !== undefined ? (
          <button type="button" onClick={() => onEdit([{ kind: 'delete', path: ['options', index] }])}>
            Remove this option
          </button>
        ) : null}
      </div>
      {option === undefined ? (
        <p className="muted">No options yet.</p>
      ) : (
        // Keyed by the option: its forms hold what was typed, and must start afresh for another option.
        <div className="option-editor" key={index}>
          <ItemForm path={['options', index]} item={option} fields={OPTION_FIELDS} problems={problems} onEdit={onEdit} />
          <h3>Scores before any step</h3>
          {criteria.map((c) => {
            const score = Object.hasOwn(baseline, c.id) ? baseline[c.id] : undefined;
            return (
              <fieldset key={c.id} className="edit-choice">
                <legend>
                  <ScenarioText>{c.label}</ScenarioText>
                </legend>
                {score === undefined ? (
                  <button type="button" onClick={() => onEdit([{ kind: 'set', path: ['options', index, 'baseline', c.id], value: { score: 0, rationale: 'Why the option scores this before any step.' } }])}>
                    Give it a score
                  </button>
                ) : (
                  <ItemForm path={['options', index, 'baseline', c.id]} item={score} fields={BASELINE_FIELDS} problems={problems} onEdit={onEdit} />
                )}
              </fieldset>
            );
          })}
          <h3>Decisions and uncertain outcomes</h3>
          {scenario && loaded && values ? (
            <div className="editor-map">
              <DecisionTreeView
                scenario={scenario}
                option={loaded}
                values={values}
                path={[]}
                onOpenInStepper={() => undefined}
                onShowState={(stateId) => onShowState(index, stateId)}
              />
            </div>
          ) : (
            <p className="muted">The map of this option&apos;s machine appears here once the scenario passes its checks.</p>
          )}
          <MachineEditor data={data} option={index} problems={problems} onEdit={onEdit} onOperation={onOperation} />
        </div>
      )}
    </>
  );
}
