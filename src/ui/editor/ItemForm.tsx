import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { own } from '../../domain/records/own';
import { formatPath, type Problem } from '../../domain/scenario';
import type { YamlEdit, YamlPath } from '../../domain/yaml-edit';
import { isolate, ScenarioText } from '../components/ScenarioText';

/** One field of an item: where it sits under the item, how it is typed, and how it is labelled. */
export interface FieldSpec {
  at: readonly string[];
  label: string;
  kind: 'text' | 'textarea' | 'number' | 'select';
  choices?: ReadonlyArray<{ value: string; label: string }>;
  /** Left empty, the key is removed from the file rather than written empty. */
  optional?: boolean;
}

/** A field's value in the file read for a form: numbers and strings as text, anything else as nothing. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function valueAt(item: unknown, at: readonly string[]): unknown {
  return at.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? own(v as Record<string, unknown>, key) : undefined), item);
}

/** What a typed number means: a number, or the text itself, so the check says what is wrong with it rather than the form dropping it. */
function typedValue(spec: FieldSpec, text: string): unknown {
  if (spec.kind !== 'number') return text;
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

/**
 * The edit that writes a value at `at` under the item, creating the maps on
 * the way that the file does not have yet (a choice's first effect, a
 * citation's first field): one edit at the deepest key that exists.
 */
function setting(item: unknown, path: YamlPath, at: readonly string[], value: unknown): YamlEdit {
  let depth = at.length - 1;
  while (depth > 0 && typeof valueAt(item, at.slice(0, depth)) !== 'object') depth--;
  const nested = at.slice(depth + 1).reduceRight<unknown>((v, key) => Object.fromEntries([[key, v]]), value);
  return { kind: 'set', path: [...path, ...at.slice(0, depth + 1)], value: nested };
}

/** Field names are positions ("f0", "f1"…): form libraries read names as paths, where a key such as "constructor" would misfire. */
const fieldName = (i: number) => `f${i}`;

/** The id by which a problem in the list jumps to its field. */
export const fieldId = (path: YamlPath) => `edit-${formatPath(path).replace(/[^A-Za-z0-9_-]+/g, '_')}`;

/**
 * The fields of one item of the scenario (a fact, a criterion, a state…),
 * written straight into the scenario's text as they are typed. The form
 * checks what it can alone (a number field holds a number); the loader's
 * checks on the whole file come back as `problems`, shown under the field
 * they are about, in the command line's words.
 */
export function ItemForm({
  path,
  item,
  fields,
  problems,
  onEdit,
}: {
  path: YamlPath;
  item: unknown;
  fields: readonly FieldSpec[];
  problems: readonly Problem[];
  onEdit: (edits: YamlEdit[], group?: string) => string | undefined;
}) {
  const schema = z.object(
    Object.fromEntries(
      fields.map((f, i) => [
        fieldName(i),
        f.kind === 'number' ? z.string().refine((t) => (f.optional && t.trim() === '') || Number.isFinite(Number(t.trim())) && t.trim() !== '', { error: 'write a number, e.g. 3 or -0.5' }) : z.string(),
      ]),
    ),
  );
  const form = useForm<Record<string, string>>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: Object.fromEntries(fields.map((f, i) => [fieldName(i), asText(valueAt(item, f.at))])),
  });
  return (
    <div className="item-form">
      {fields.map((f, i) => {
        const fieldPath = [...path, ...f.at];
        const id = fieldId(fieldPath);
        const said = formatPath(fieldPath);
        const own = problems.filter((p) => p.path === said);
        const formError = form.formState.errors[fieldName(i)]?.message;
        const messages = [...(formError ? [formError] : []), ...own.map((p) => p.message)];
        const registration = form.register(fieldName(i), {
          onChange: (event: { target: { value: string } }) => {
            const text = event.target.value;
            const edit: YamlEdit = f.optional && text.trim() === '' ? { kind: 'delete', path: fieldPath } : setting(item, path, f.at, typedValue(f, text));
            // Deleting a key that is already absent is no change.
            if (edit.kind === 'delete' && valueAt(item, f.at) === undefined) return;
            onEdit([edit], said);
          },
        });
        const described = { 'aria-invalid': messages.length > 0 ? true : undefined, 'aria-describedby': messages.length > 0 ? `${id}-problems` : undefined, 'data-path': said };
        return (
          <div key={i} className="memo-field">
            <label htmlFor={id}>{f.label}</label>
            {f.kind === 'textarea' ? (
              <textarea id={id} rows={2} {...described} {...registration} />
            ) : f.kind === 'select' ? (
              <select id={id} {...described} {...registration}>
                {(f.choices ?? []).map((c) => (
                  <option key={c.value} value={c.value}>
                    {isolate(c.label)}
                  </option>
                ))}
              </select>
            ) : (
              <input id={id} type="text" inputMode={f.kind === 'number' ? 'decimal' : undefined} autoComplete="off" {...described} {...registration} />
            )}
            {messages.length > 0 ? (
              <ul className="field-error" id={`${id}-problems`}>
                {messages.map((m, k) => (
                  <li key={k}>
                    <ScenarioText>{m}</ScenarioText>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
