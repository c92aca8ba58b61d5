import type { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { didYouMean, q, qList, shorten } from '../text/quote';
import type { PathProblem } from './problems';

/**
 * Turns zod's issues into sentences an analyst can act on. Messages set in the
 * schema itself win; this covers zod's generic ones.
 */
const MISSING = 'is missing';

export const analystErrorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? MISSING : `must be ${typeWord(iss.expected)}, but is ${describeValue(iss.input)}`;
    case 'too_small':
      return iss.origin === 'number' ? `must be at least ${String(iss.minimum)}` : undefined;
    case 'too_big':
      return iss.origin === 'number' ? `must be at most ${String(iss.maximum)}` : undefined;
    case 'invalid_value':
      return `must be ${iss.values.map((v) => q(String(v))).join(' or ')}, but is ${describeValue(iss.input)}`;
    default:
      return undefined;
  }
};

/** Flatten zod's issues into located problems, one per thing to fix. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], schema: $ZodType, data: unknown): PathProblem[] {
  const out: PathProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, data, issue.path);
      for (const key of issue.keys) {
        out.push({
          path: [...path, key],
          atKey: true,
          message: `unknown field ${q(key)}${didYouMean(key, allowed)}; the fields allowed here are ${qList(allowed, 12)}`,
        });
      }
    } else if (issue.code === 'invalid_key') {
      const inner = issue.issues[0]?.message ?? issue.message;
      out.push({ path, atKey: true, message: `the name ${q(String(path.at(-1)))} ${inner}` });
    } else if (issue.message === MISSING) {
      const field = path.at(-1);
      out.push({ path, message: `the required field ${q(String(field))} is missing` });
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}

function typeWord(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'object':
    case 'record':
      return 'a block of named fields';
    case 'array':
      return 'a list';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${q(shorten(value, 40))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'a block of named fields';
  return typeof value;
}

/** The field names the schema allows at `path` in `data` (for "did you mean"). */
function allowedKeysAt(schema: $ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  let node: $ZodType | undefined = schema;
  let value: unknown = data;
  for (let i = 0; i <= path.length && node; i++) {
    node = unwrap(node, value);
    if (i === path.length) break;
    const segment = path[i]!;
    value = (value as Record<PropertyKey, unknown> | undefined)?.[segment];
    const def = node._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'object') node = (def.shape as Record<PropertyKey, $ZodType>)[segment];
    else if (def.type === 'array') node = def.element as $ZodType;
    else if (def.type === 'record') node = def.valueType as $ZodType;
    else node = undefined;
  }
  const def = node?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Look through optional, default and pipe wrappers, and pick a union's branch by the value's `kind`. */
function unwrap(node: $ZodType, value: unknown): $ZodType {
  let current = node;
  for (;;) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType as $ZodType;
    else if (def.type === 'pipe') current = def.in as $ZodType;
    else if (def.type === 'union') {
      const kind = (value as { kind?: unknown } | undefined)?.kind;
      const options = def.options as $ZodType[];
      const match = options.find((o) => {
        const shape = (o._zod.def as unknown as { shape?: Record<string, $ZodType> }).shape;
        const literal = shape?.kind?._zod.def as unknown as { values?: unknown[] } | undefined;
        return literal?.values?.includes(kind);
      });
      return match ?? current;
    } else return current;
  }
}
