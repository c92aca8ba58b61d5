import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';

/** A form of one typed number per criterion, held as text by criterion position (see form-schemas.ts). */
export interface NumbersText {
  values: string[];
}

/** One field's registration with the form, its own error, and whether the fields are refused together (a rule over all of them). */
export interface FieldBinding {
  registration: UseFormRegisterReturn;
  error: string | undefined;
  refusedTogether: boolean;
  onFocus: () => void;
}

export interface NumbersFormOptions<V, T> {
  schema: z.ZodType<{ values: V[] }, NumbersText>;
  /** The text in the fields when the form opens. */
  text: string[];
  /** What is in force now, from this form: put back while the fields hold something unusable. */
  committed: T;
  /** The parsed numbers, in criterion order, as what this form commits. */
  fromValues: (values: V[]) => T;
  onCommit: (value: T) => void;
  onPendingChange?: ((pending: boolean) => void) | undefined;
}

/**
 * Typed numbers checked as they are typed: every usable change is committed;
 * while a field (or the fields together) cannot be used, the value from before
 * the edit is committed again and the form is "pending".
 */
export function useNumbersForm<V, T>({ schema, text, committed, fromValues, onCommit, onPendingChange }: NumbersFormOptions<V, T>) {
  const form = useForm<NumbersText, unknown, { values: V[] }>({ resolver: zodResolver(schema), mode: 'onChange', defaultValues: { values: text } });
  // Rules over all the fields together: react-hook-form only merges errors for the field that changed.
  const [groupError, setGroupError] = useState<string>();
  const [pending, setPending] = useState(false);
  // What was in force when the user went into a field: while what they type there cannot be used, the ranking
  // returns to it, not to whatever prefix of their typing happened to be valid ("999" on the way to "99999").
  const beforeEdit = useRef(committed);
  const values = useWatch({ control: form.control, name: 'values' });

  useEffect(() => onPendingChange?.(pending), [pending, onPendingChange]);
  useEffect(() => {
    const subscription = form.watch((typed) => {
      const parsed = schema.safeParse(typed);
      setPending(!parsed.success);
      setGroupError(parsed.success ? undefined : parsed.error.issues.find((i) => i.path.length === 1)?.message);
      onCommit(parsed.success ? fromValues(parsed.data.values) : beforeEdit.current);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, fromValues, onCommit]);

  const startEdit = () => {
    if (!pending) beforeEdit.current = committed;
  };
  return {
    form,
    /** The text in each field now. */
    values,
    groupError,
    pending,
    /** Call as the user goes into a field (or takes hold of a slider): remembers what to put back if the edit cannot be used. */
    startEdit,
    /** What a NumberField for criterion position `j` needs. */
    field: (j: number): FieldBinding => ({ registration: form.register(`values.${j}`), error: form.formState.errors.values?.[j]?.message, refusedTogether: groupError !== undefined, onFocus: startEdit }),
    /** Sets every field at once (a button such as "Equal weights") and commits `value`. */
    setAll: (all: string[], value: T) => {
      form.reset({ values: all });
      setGroupError(undefined);
      setPending(false);
      onCommit(value);
    },
  };
}
