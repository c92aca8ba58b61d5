import { ScenarioText } from '../components/ScenarioText';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Criterion } from '../../domain/scenario';
import { defaultWeights, type WeightInput } from '../../domain/scoring';
import { percent } from '../../domain/text/format';
import { criterionColour } from '../palette';
import { weightsAsText, weightsById, weightsFormSchema, type WeightsFormSchema } from './weights-form-schema';

export interface WeightsFormProps {
  criteria: readonly Criterion[];
  /** The weights in force. */
  weights: WeightInput;
  /** The same weights normalised, in criterion order (what the ranking uses). */
  normalised: readonly number[];
  /** Called with every valid change, and with the weights from before the edit while the input is invalid. */
  onCommit: (weights: WeightInput) => void;
  /** Told whether the fields currently hold something the ranking cannot use. */
  onPendingChange?: (pending: boolean) => void;
}

/** Direct weighting: a relative number per criterion, validated as it is typed. */
export function WeightsForm({ criteria, weights, normalised, onCommit, onPendingChange }: WeightsFormProps) {
  const schema = useMemo(() => weightsFormSchema(criteria), [criteria]);
  const {
    register,
    watch,
    reset,
    formState: { errors },
  } = useForm<z.input<WeightsFormSchema>, unknown, z.output<WeightsFormSchema>>({ resolver: zodResolver(schema), mode: 'onChange', defaultValues: weightsAsText(criteria, weights) });
  // Rules over all the weights together: react-hook-form only merges errors for the field that changed.
  const [groupError, setGroupError] = useState<string>();
  const [pending, setPending] = useState(false);
  // The weights in force when the user went into a field: while what they type there cannot be used, the ranking
  // returns to these, not to whatever prefix of their typing happened to be valid ("999" on the way to "99999").
  const beforeEdit = useRef(weights);

  useEffect(() => onPendingChange?.(pending), [pending, onPendingChange]);
  useEffect(() => {
    const subscription = watch((values) => {
      const parsed = schema.safeParse(values);
      setPending(!parsed.success);
      setGroupError(parsed.success ? undefined : parsed.error.issues.find((i) => i.path.length === 1)?.message);
      onCommit(parsed.success ? weightsById(criteria, parsed.data.weights) : beforeEdit.current);
    });
    return () => subscription.unsubscribe();
  }, [watch, schema, criteria, onCommit]);

  const setAll = (values: WeightInput) => {
    reset(weightsAsText(criteria, values));
    setGroupError(undefined);
    setPending(false);
    onCommit(values);
  };

  return (
    <form className="weights" noValidate onSubmit={(e) => e.preventDefault()} aria-describedby="weights-help">
      <p id="weights-help">
        Give each criterion a relative weight from 0 (ignore it) up. Only the proportions matter: the tool scales the weights to add up to 100%. The ranking follows every valid change.
      </p>
      {pending ? (
        <div className="warning" role="alert">
          {groupError ? <p className="field-error">{groupError}</p> : null}
          <p>Until every field below is fixed, the ranking uses the weights from before this edit, shown as “Share in force”.</p>
        </div>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Weight</th>
            <th scope="col">Share in force</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, j) => {
            const error = errors.weights?.[j]?.message;
            const inputId = `weight-${c.id}`;
            return (
              <tr key={c.id}>
                <th scope="row">
                  <label htmlFor={inputId}>
                    <span className="swatch" style={{ background: criterionColour(j) }} aria-hidden="true" /> <ScenarioText>{c.label}</ScenarioText>
                  </label>
                  <div className="muted small">{c.direction === 'benefit' ? 'higher is better' : 'lower is better'}</div>
                </th>
                <td>
                  <input
                    id={inputId}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    {...register(`weights.${j}`)}
                    onFocus={() => {
                      if (!pending) beforeEdit.current = weights;
                    }}
                  />
                  {error ? (
                    <div id={`${inputId}-error`} className="field-error" role="alert">
                      {error}
                    </div>
                  ) : null}
                </td>
                <td className="share">
                  <span className="share-bar" style={{ width: `${normalised[j]! * 100}%`, background: criterionColour(j) }} aria-hidden="true" />
                  <span className="num">{percent(normalised[j]!)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="toolbar">
        <button type="button" onClick={() => setAll(defaultWeights(criteria))}>
          Restore the scenario's weights
        </button>
        <button type="button" onClick={() => setAll(Object.fromEntries(criteria.map((c) => [c.id, 1])))}>
          Equal weights
        </button>
      </div>
    </form>
  );
}
