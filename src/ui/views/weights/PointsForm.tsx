import { useCallback, useMemo } from 'react';
import { number } from '../../../domain/text/format';
import { CriterionTable, LabelledCriterion } from './criterion-cells';
import { numbersAsText, numbersById, pointsField, pointsFormSchema, pointsGap, POINTS_TOTAL } from './form-schemas';
import type { MethodProps } from './method-props';
import { NumberField, PendingWarning } from './number-field';
import { useNumbersForm } from './use-numbers-form';
import { useWeightsIds } from './ids';

type Points = Record<string, number> | undefined;

export interface PointsFormProps extends MethodProps<Points> {
  /** The last allocation that added up to 100 (none before the first). */
  points: Points;
}


/** A 100-point allocation: refused, with what is left to give, until the points add up to exactly 100. */
export function PointsForm({ criteria, points, normalised, onCommit, onPendingChange }: PointsFormProps) {
  const id = useWeightsIds();
  const schema = useMemo(() => pointsFormSchema(criteria), [criteria]);
  const fromValues = useCallback((values: number[]): Points => numbersById(criteria, values), [criteria]);
  const fields = useNumbersForm({ schema, text: numbersAsText(criteria, points), committed: points, fromValues, onCommit, onPendingChange });
  const given = fields.values.flatMap((text) => {
    const parsed = pointsField.safeParse(text);
    return parsed.success ? [parsed.data] : [];
  });
  const total = given.reduce((a, b) => a + b, 0);
  const gap = pointsGap(total);

  return (
    <form className="weights" noValidate onSubmit={(e) => e.preventDefault()} aria-describedby={id('points-help')}>
      <p id={id('points-help')} className="method-help">
        Share out {POINTS_TOTAL} points among the criteria: the more points, the more weight. They are in force once they add up to exactly {POINTS_TOTAL}.
      </p>
      <PendingWarning pending={fields.pending} groupError={fields.groupError} groupErrorId={id('points-group-error')} />
      <CriterionTable
        criteria={criteria}
        normalised={normalised}
        title="Points"
        head={(c, j) => <LabelledCriterion criterion={c} index={j} htmlFor={id(`points-${c.id}`)} />}
        value={(c, j) => <NumberField id={id(`points-${c.id}`)} groupErrorId={id('points-group-error')} binding={fields.field(j)} />}
        foot={
          <tr>
            <th scope="row">Total</th>
            <td colSpan={2} className="points-total" aria-live="polite">
              {number(total, 6)} of {POINTS_TOTAL}
              {gap ? ` (${gap})` : null}
            </td>
          </tr>
        }
      />
    </form>
  );
}
