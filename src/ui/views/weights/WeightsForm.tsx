import { useCallback, useMemo } from 'react';
import { own } from '../../../domain/records/own';
import type { WeightPreset } from '../../../domain/scenario';
import { defaultWeights, type WeightInput } from '../../../domain/scoring';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { CriterionTable, LabelledCriterion } from './criterion-cells';
import { numbersAsText, numbersById, weightField, weightsFormSchema } from './form-schemas';
import type { MethodProps } from './method-props';
import { NumberField, PendingWarning } from './number-field';
import { useNumbersForm } from './use-numbers-form';
import { useWeightsIds } from './ids';

export interface WeightsFormProps extends MethodProps<WeightInput> {
  /** The direct weights. */
  weights: WeightInput;
  /** Named sets of weights from the scenario, offered beside the defaults. */
  presets?: readonly WeightPreset[];
}

/** The sliders' range. Weights are relative, so 0 to 100 serves; a larger weight can still be typed, and its slider then rests at the end. */
const SLIDER_MAX = 100;

/** Direct weighting: a relative number per criterion, typed (validated as it is typed) or set with a slider. */
export function WeightsForm({ criteria, weights, normalised, presets = [], onCommit, onPendingChange }: WeightsFormProps) {
  const id = useWeightsIds();
  const schema = useMemo(() => weightsFormSchema(criteria), [criteria]);
  const fromValues = useCallback((values: number[]) => numbersById(criteria, values), [criteria]);
  const fields = useNumbersForm({ schema, text: numbersAsText(criteria, weights), committed: weights, fromValues, onCommit, onPendingChange });
  const setAll = (values: WeightInput) => fields.setAll(numbersAsText(criteria, values), values);

  return (
    <form className="weights" noValidate onSubmit={(e) => e.preventDefault()} aria-describedby={id('weights-help')}>
      <p id={id('weights-help')} className="method-help">
        A relative weight per criterion, from 0 (ignore it) up: drag the slider or type a number. Only the proportions matter; the ranking follows every valid change, even mid-drag.
      </p>
      <PendingWarning pending={fields.pending} groupError={fields.groupError} groupErrorId={id('weights-group-error')} />
      <CriterionTable
        className="direct-weights"
        criteria={criteria}
        normalised={normalised}
        title="Weight"
        head={(c, j) => <LabelledCriterion criterion={c} index={j} htmlFor={id(`weight-${c.id}`)} />}
        value={(c, j) => {
          // The slider shows what the field says while it says something usable, else the weight in force.
          const typed = weightField.safeParse(fields.values[j] ?? '');
          const position = Math.min(typed.success ? typed.data : (own(weights, c.id) ?? 0), SLIDER_MAX);
          return (
            <div className="weight-inputs">
              <NumberField id={id(`weight-${c.id}`)} groupErrorId={id('weights-group-error')} binding={fields.field(j)} />
              <input
                type="range"
                className="weight-slider"
                min={0}
                max={SLIDER_MAX}
                step={1}
                value={position}
                aria-labelledby={id(`weight-${c.id}-label`)}
                onFocus={fields.startEdit}
                // React's onChange on a range input fires on every input event, so the ranking follows the hand.
                onChange={(e) => fields.form.setValue(`values.${j}`, e.target.value, { shouldValidate: true })}
              />
            </div>
          );
        }}
      />
      <div className="toolbar">
        <button type="button" onClick={() => setAll(defaultWeights(criteria))}>
          Restore the scenario's weights
        </button>
        <button type="button" onClick={() => setAll(Object.fromEntries(criteria.map((c) => [c.id, 1])))}>
          Equal weights
        </button>
        {presets.map((preset) => (
          <button key={preset.id} type="button" title={isolate(preset.description)} onClick={() => setAll(Object.fromEntries(criteria.map((c) => [c.id, own(preset.weights, c.id) ?? 0])))}>
            Use “<ScenarioText>{preset.label}</ScenarioText>”
          </button>
        ))}
      </div>
    </form>
  );
}
