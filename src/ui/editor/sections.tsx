import { isRecord, list } from '../../domain/editor/operations';
import type { Problem } from '../../domain/scenario';
import type { YamlEdit, YamlPath } from '../../domain/yaml-edit';
import { isolate, ScenarioText } from '../components/ScenarioText';
import { ItemForm, type FieldSpec } from './ItemForm';

export type OnEdit = (edits: YamlEdit[], group?: string) => string | undefined;
type Data = Record<string, unknown>;

// The readers of draft data are the operations' own, shared by the editor's views.
export { isRecord, list };

/** An item's name for a heading: its label, name or id, whichever it has. */
export const nameOf = (item: unknown, fallback: string): string =>
  isRecord(item) ? [item.label, item.name, item.id].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? fallback : fallback;

const BASICS: FieldSpec[] = [
  { at: ['id'], label: 'Id (lower-case letters, digits, "-")', kind: 'text' },
  { at: ['title'], label: 'Title', kind: 'text' },
  { at: ['version'], label: 'Version', kind: 'text' },
  { at: ['summary'], label: 'Summary', kind: 'textarea' },
];
const SOURCE: FieldSpec[] = [
  { at: ['title'], label: 'Source title', kind: 'text' },
  { at: ['author'], label: 'Author', kind: 'text' },
  { at: ['organisation'], label: 'Organisation', kind: 'text' },
  { at: ['date'], label: 'Date (YYYY-MM-DD or YYYY-MM)', kind: 'text' },
  { at: ['series'], label: 'Series (optional)', kind: 'text', optional: true },
];

/** The scenario's name, version, summary and source. */
export function BasicsSection({ data, problems, onEdit }: { data: Data; problems: readonly Problem[]; onEdit: OnEdit }) {
  return (
    <>
      <h2>The scenario</h2>
      <ItemForm path={[]} item={data} fields={BASICS} problems={problems} onEdit={onEdit} />
      <h3>The source</h3>
      <ItemForm path={['source']} item={data.source} fields={SOURCE} problems={problems} onEdit={onEdit} />
    </>
  );
}

/**
 * A list of items of one kind (facts, actors, criteria), each with its form,
 * a remove button, and what else the caller shows beside it.
 */
export function ItemList({
  title,
  path,
  items,
  fields,
  problems,
  onEdit,
  addLabel,
  onAdd,
  onRemove,
  extra,
}: {
  title: string;
  path: YamlPath;
  items: unknown[];
  fields: readonly FieldSpec[];
  problems: readonly Problem[];
  onEdit: OnEdit;
  addLabel: string;
  onAdd: () => void;
  /** Removing may take more than deleting the item (a criterion's scores): the caller says how. */
  onRemove: (index: number) => void;
  extra?: (item: unknown, index: number) => React.ReactNode;
}) {
  return (
    <>
      <h2>{title}</h2>
      {items.length === 0 ? <p className="muted">None yet.</p> : null}
      {items.map((item, i) => (
        <details key={i} className="edit-item" open={items.length <= 3}>
          <summary>
            <ScenarioText>{nameOf(item, `${title} ${i + 1}`)}</ScenarioText>
          </summary>
          <ItemForm path={[...path, i]} item={item} fields={fields} problems={problems} onEdit={onEdit} />
          {extra?.(item, i)}
          <button type="button" onClick={() => onRemove(i)} aria-label={`Remove ${isolate(nameOf(item, `${title} ${i + 1}`))}`}>
            Remove
          </button>
        </details>
      ))}
      <button type="button" onClick={onAdd}>
        {addLabel}
      </button>
    </>
  );
}

export const FACT_FIELDS: FieldSpec[] = [
  { at: ['id'], label: 'Id', kind: 'text' },
  { at: ['text'], label: 'The fact, in your own words', kind: 'textarea' },
  { at: ['cite', 'section'], label: 'Cited section (its heading in the source)', kind: 'text' },
  { at: ['cite', 'locator'], label: 'Where in the section (optional)', kind: 'text', optional: true },
  { at: ['figure', 'value'], label: 'A figure the brief states (optional)', kind: 'number', optional: true },
  { at: ['figure', 'unit'], label: 'What the figure counts (with a figure)', kind: 'text', optional: true },
  { at: ['figure', 'period'], label: 'When or over what period (optional)', kind: 'text', optional: true },
];

export const ACTOR_FIELDS: FieldSpec[] = [
  { at: ['id'], label: 'Id', kind: 'text' },
  { at: ['name'], label: 'Name', kind: 'text' },
  { at: ['description'], label: 'Description', kind: 'textarea' },
];

export const CRITERION_FIELDS: FieldSpec[] = [
  { at: ['id'], label: 'Id', kind: 'text' },
  { at: ['label'], label: 'Label', kind: 'text' },
  { at: ['description'], label: 'Description', kind: 'textarea' },
  {
    at: ['direction'],
    label: 'Direction',
    kind: 'select',
    choices: [
      { value: 'benefit', label: 'benefit: a higher score is better' },
      { value: 'cost', label: 'cost: a higher score is worse' },
    ],
  },
  { at: ['scale', 'min'], label: 'Scale from', kind: 'number' },
  { at: ['scale', 'max'], label: 'Scale to', kind: 'number' },
  { at: ['scale', 'minLabel'], label: 'What the lowest score means (optional)', kind: 'text', optional: true },
  { at: ['scale', 'maxLabel'], label: 'What the highest score means (optional)', kind: 'text', optional: true },
  { at: ['weight'], label: 'Default weight (0 to 1000)', kind: 'number' },
];

/** A weight preset's fields: its name and why, and a weight for every criterion the scenario has now. */
export function presetFields(data: Data): FieldSpec[] {
  return [
    { at: ['id'], label: 'Id', kind: 'text' },
    { at: ['label'], label: 'Label', kind: 'text' },
    { at: ['description'], label: 'Whose view, and why', kind: 'textarea' },
    ...list(data.criteria).flatMap((c) =>
      isRecord(c) && typeof c.id === 'string' ? [{ at: ['weights', c.id], label: `Weight on ${typeof c.label === 'string' ? c.label : c.id}`, kind: 'number' as const }] : [],
    ),
  ];
}
