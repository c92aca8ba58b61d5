import { useState } from 'react';
import { addStateFrom, danglingAfterDelete, deleteState, freshId, rescaleBranches, type NewStateKind, type Operation } from '../../domain/editor/operations';
import { own } from '../../domain/records/own';
import type { Problem } from '../../domain/scenario';
import { number } from '../../domain/text/format';
import { ScenarioText } from '../components/ScenarioText';
import { ItemForm, type FieldSpec } from './ItemForm';
import { isRecord, list, type OnEdit } from './sections';

type Data = Record<string, unknown>;

/**
 * One option's machine as forms: its first state, and each state with its
 * question and choices. The tree beside it is the map; here the group adds a
 * state from a choice, retargets a choice, reorders choices, and deletes a
 * state after being told what would be left pointing at nothing.
 */
export function MachineEditor({
  data,
  option,
  problems,
  onEdit,
  onOperation,
}: {
  data: Data;
  option: number;
  problems: readonly Problem[];
  onEdit: OnEdit;
  onOperation: (operation: Operation) => void;
}) {
  const o = list(data.options)[option];
  const machine = isRecord(o) && isRecord(o.machine) ? o.machine : {};
  const states = isRecord(machine.states) ? machine.states : {};
  const stateIds = Object.keys(states);
  const criteria = list(data.criteria).flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [{ id: c.id, label: typeof c.label === 'string' ? c.label : c.id }] : []));
  const actors = list(data.actors).flatMap((a) => (isRecord(a) && typeof a.id === 'string' ? [{ value: a.id, label: typeof a.name === 'string' ? a.name : a.id }] : []));
  const [confirming, setConfirming] = useState<{ stateId: string; dangling: string[] }>();
  const statePath = (id: string) => ['options', option, 'machine', 'states', id] as const;
  const targets = stateIds.map((id) => ({ value: id, label: id }));

  return (
    <div className="machine-editor">
      <ItemForm path={['options', option, 'machine']} item={machine} fields={[{ at: ['initial'], label: 'The first state', kind: 'select', choices: targets }]} problems={problems} onEdit={onEdit} />
      {Object.entries(states).map(([stateId, state]) => {
        if (!isRecord(state)) return null;
        const kind = state.kind;
        const choices = list(state.choices);
        const probabilities = choices.map((c) => (isRecord(c) && typeof c.probability === 'number' ? c.probability : 0));
        const sum = probabilities.reduce((a, b) => a + b, 0);
        const offBy = kind === 'chance' && Math.abs(sum - 1) > 1e-9;
        const stateFields: FieldSpec[] =
          kind === 'outcome'
            ? [{ at: ['summary'], label: 'What the world looks like at the end', kind: 'textarea' }]
            : [
                { at: ['prompt'], label: kind === 'chance' ? 'The uncertainty' : 'The question', kind: 'textarea' },
                { at: ['actor'], label: 'Whose choice or reaction (optional)', kind: 'select', optional: true, choices: [{ value: '', label: '(nobody in particular)' }, ...actors] },
              ];
        return (
          <section key={stateId} className="edit-state" id={`edit-state-${option}-${stateId}`} aria-label={`State ${stateId}`}>
            <h3>
              <ScenarioText>{stateId}</ScenarioText> <span className="badge">{String(kind)}</span>
            </h3>
            <ItemForm path={statePath(stateId)} item={state} fields={stateFields} problems={problems} onEdit={onEdit} />
            {offBy ? (
              <p className="warning" role="status">
                The branches add up to {number(sum, 4)}, not 1. Keep one branch as it is and scale the others to fit, with the button beside it.
              </p>
            ) : null}
            {choices.map((choice, k) => {
              const effects = isRecord(choice) && isRecord(choice.effects) ? choice.effects : {};
              const fields: FieldSpec[] = [
                { at: ['id'], label: 'Id', kind: 'text' },
                { at: ['label'], label: kind === 'chance' ? 'Branch' : 'Choice', kind: 'text' },
                { at: ['target'], label: 'Leads to', kind: 'select', choices: targets },
                ...(kind === 'chance'
                  ? [
                      { at: ['probability'], label: 'Probability (0 to 1)', kind: 'number' as const },
                      { at: ['probabilityRange', 'low'], label: 'Lowest defensible probability (optional)', kind: 'number' as const, optional: true },
                      { at: ['probabilityRange', 'high'], label: 'Highest defensible probability (optional)', kind: 'number' as const, optional: true },
                    ]
                  : []),
                { at: ['note'], label: kind === 'chance' ? 'Why this probability (optional)' : 'Why it changes the scores (optional)', kind: 'textarea', optional: true },
                ...criteria.map((c) => ({
                  // An effect with a range is edited at its most likely value, keeping the range.
                  at: isRecord(own(effects, c.id)) ? ['effects', c.id, 'value'] : ['effects', c.id],
                  label: `Effect on ${c.label} (optional)`,
                  kind: 'number' as const,
                  optional: true,
                })),
              ];
              const label = isRecord(choice) && typeof choice.label === 'string' ? choice.label : `choice ${k + 1}`;
              return (
                <fieldset key={k} className="edit-choice">
                  <legend>
                    {kind === 'chance' ? 'Branch' : 'Choice'} {k + 1}: <ScenarioText>{label}</ScenarioText>
                  </legend>
                  <ItemForm path={[...statePath(stateId), 'choices', k]} item={choice} fields={fields} problems={problems} onEdit={onEdit} />
                  <div className="toolbar">
                    <button type="button" disabled={k === 0} onClick={() => onEdit([{ kind: 'move', path: [...statePath(stateId), 'choices'], from: k, to: k - 1 }])}>
                      Move up
                    </button>
                    <button type="button" disabled={k === choices.length - 1} onClick={() => onEdit([{ kind: 'move', path: [...statePath(stateId), 'choices'], from: k, to: k + 1 }])}>
                      Move down
                    </button>
                    <button type="button" onClick={() => onEdit([{ kind: 'delete', path: [...statePath(stateId), 'choices', k] }])}>
                      Remove
                    </button>
                    {offBy ? (
                      <button type="button" onClick={() => onOperation(rescaleBranches(data, option, stateId, k))}>
                        Keep this one, rescale the others
                      </button>
                    ) : null}
                    <label>
                      Add after it{' '}
                      <select
                        value=""
                        onChange={(e) => {
                          if (e.target.value) onOperation(addStateFrom(data, option, stateId, k, e.target.value as NewStateKind));
                        }}
                      >
                        <option value="">choose…</option>
                        <option value="decision">a decision</option>
                        <option value="chance">an uncertain outcome</option>
                        <option value="outcome">an outcome (ends the path)</option>
                      </select>
                    </label>
                  </div>
                </fieldset>
              );
            })}
            {kind === 'outcome' ? null : (
              <button
                type="button"
                onClick={() =>
                  onEdit([
                    {
                      kind: 'insert',
                      path: [...statePath(stateId), 'choices'],
                      index: choices.length,
                      value: {
                        id: freshId(kind === 'chance' ? 'branch' : 'choice', choices.flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [c.id] : []))),
                        label: kind === 'chance' ? 'New branch' : 'New choice',
                        target: stateIds.find((id) => isRecord(own(states, id)) && (own(states, id) as Data).kind === 'outcome') ?? stateId,
                        ...(kind === 'chance' ? { probability: 0 } : {}),
                      },
                    },
                  ])
                }
              >
                Add a {kind === 'chance' ? 'branch' : 'choice'}
              </button>
            )}{' '}
            {confirming?.stateId === stateId ? (
              <div className="notice error" role="alert">
                <div>
                  <p>
                    Delete <ScenarioText>{stateId}</ScenarioText>?{' '}
                    {confirming.dangling.length > 0 ? 'These would lead nowhere until you change them:' : 'Nothing else leads there.'}
                  </p>
                  {confirming.dangling.length > 0 ? (
                    <ul>
                      {confirming.dangling.map((d, i) => (
                        <li key={i}>
                          <ScenarioText>{d}</ScenarioText>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <div className="toolbar">
                    <button
                      type="button"
                      className="primary"
                      onClick={() => {
                        setConfirming(undefined);
                        onOperation(deleteState(data, option, stateId));
                      }}
                    >
                      Delete it
                    </button>
                    <button type="button" onClick={() => setConfirming(undefined)}>
                      Keep it
                    </button>
                  </div>
                </div>
              </div>
            ) : (
              <button type="button" onClick={() => setConfirming({ stateId, dangling: danglingAfterDelete(data, option, stateId) })}>
                Delete state <ScenarioText>{stateId}</ScenarioText>
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
