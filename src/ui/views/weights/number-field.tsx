import type { FieldBinding } from './use-numbers-form';

/**
 * A typed number, its own error, and (when the fields are refused together)
 * a pointer to the group message. Labelled by the caller's `<label htmlFor={id}>`.
 */
export function NumberField({ id, groupErrorId, binding }: { id: string; groupErrorId: string; binding: FieldBinding }) {
  const { registration, error, refusedTogether, onFocus } = binding;
  const describedBy = error ? `${id}-error` : refusedTogether ? groupErrorId : undefined;
  return (
    <>
      <input id={id} type="text" inputMode="decimal" autoComplete="off" aria-invalid={error || refusedTogether ? true : undefined} aria-describedby={describedBy} {...registration} onFocus={onFocus} />
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </>
  );
}

/** While a form's fields cannot be used: the rule they break together, if any, and what the ranking uses meanwhile. */
export function PendingWarning({ pending, groupError, groupErrorId }: { pending: boolean; groupError: string | undefined; groupErrorId: string }) {
  if (!pending) return null;
  return (
    <div className="warning" role="alert">
      {groupError ? (
        <p id={groupErrorId} className="field-error">
          {groupError}
        </p>
      ) : null}
      <p>Until every field below is fixed, the ranking uses the weights from before this edit, shown as “Share in force”.</p>
    </div>
  );
}
