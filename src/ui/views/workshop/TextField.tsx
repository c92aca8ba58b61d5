import type { HTMLInputTypeAttribute } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** A labelled one-line field with its message, tied to it for screen readers. */
export function TextField({
  id,
  label,
  registration,
  error,
  type = 'text',
  multiline = false,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  type?: HTMLInputTypeAttribute;
  multiline?: boolean;
}) {
  const described = { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined };
  return (
    <div className="memo-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea id={id} rows={2} {...described} {...registration} /> : <input id={id} type={type} {...described} {...registration} />}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
