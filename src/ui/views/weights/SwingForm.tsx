import { useCallback, useMemo, useState } from 'react';
import { own } from '../../../domain/records/own';
import type { Criterion } from '../../../domain/scenario';
import { number } from '../../../domain/text/format';
import { ScenarioText } from '../../components/ScenarioText';
import { numbersAsText, numbersById, swingFormSchema } from './form-schemas';
import type { MethodProps } from './method-props';
import { NumberField, PendingWarning } from './number-field';
import { OrderTable } from './OrderTable';
import { move, tiersByRating, type Direction } from './ranking-order';
import { useNumbersForm } from './use-numbers-form';
import { useWeightsIds } from './ids';

type Ratings = Record<string, number> | undefined;

export interface SwingFormProps extends MethodProps<Ratings> {
  /** Each swing's rating against the most important (100); a swing not rated yet has none. */
  swing: Ratings;
}

/** The most important swing's rating, against which the others are rated. */
const TOP = 100;
const TOP_TEXT = String(TOP);

/**
 * Swing weighting (von Winterfeldt and Edwards 1986): the group orders the
 * swings from each criterion's worst level to its best, the most important
 * first at 100, and rates each other swing against it.
 */
export function SwingForm({ criteria, swing, normalised, onCommit, onPendingChange }: SwingFormProps) {
  const id = useWeightsIds();
  // The order is the group's scaffolding for rating, kept while the view is open; the session keeps the ratings,
  // which give the order back (highest first) when the view opens again.
  const [tiers, setTiers] = useState(() => tiersByRating(criteria.map((c) => own(swing ?? {}, c.id))));
  const top = tiers[0]![0]!;
  const schema = useMemo(() => swingFormSchema(criteria), [criteria]);
  const fromValues = useCallback((values: (number | undefined)[]): Ratings => numbersById(criteria, values.map((v, j) => (j === top ? TOP : v))), [criteria, top]);
  const fields = useNumbersForm({ schema, text: numbersAsText(criteria, swing).map((t, j) => (j === top ? TOP_TEXT : t)), committed: swing, fromValues, onCommit, onPendingChange });

  const reorder = (item: number, direction: Direction) => {
    const next = move(tiers, item, direction);
    const newTop = next[0]![0]!;
    setTiers(next);
    if (newTop === top) return;
    // The new most important swing is 100 by definition; the old one keeps 100 until the group rates it lower.
    fields.startEdit();
    fields.form.setValue(`values.${top}`, TOP_TEXT);
    fields.form.setValue(`values.${newTop}`, TOP_TEXT, { shouldValidate: true });
  };

  return (
    <form className="weights" noValidate onSubmit={(e) => e.preventDefault()} aria-describedby={id('swing-help')}>
      <p id={id('swing-help')} className="method-help">
        Picture each criterion moving from its worst level to its best. Order these swings, the one most wanted first (worth {TOP}), then rate each other swing against it from 0 to {TOP}. The weights are the ratings, scaled.
      </p>
      <PendingWarning pending={fields.pending} groupError={fields.groupError} groupErrorId={id('swing-group-error')} />
      <OrderTable
        criteria={criteria}
        tiers={tiers}
        normalised={normalised}
        label="Swings in order of importance"
        onMove={reorder}
        name={(item, name) => (item === top ? name : <label htmlFor={id(`swing-${criteria[item]!.id}`)}>{name}</label>)}
        describe={(item) => <SwingLevels criterion={criteria[item]!} />}
        extra={{
          title: `Rating (0–${TOP})`,
          cell: (item) =>
            item === top ? (
              <span className="fixed-rating">
                {TOP} <span className="muted small">(the most important)</span>
              </span>
            ) : (
              <NumberField id={id(`swing-${criteria[item]!.id}`)} groupErrorId={id('swing-group-error')} binding={fields.field(item)} />
            ),
        }}
      />
    </form>
  );
}

/** A criterion's swing in words: from its worst level to its best, by the scale's labels where the scenario has them. */
function SwingLevels({ criterion }: { criterion: Criterion }) {
  const { min, max, minLabel, maxLabel } = criterion.scale;
  const low = <Level value={min} label={minLabel} />;
  const high = <Level value={max} label={maxLabel} />;
  // For a cost the worst level is the top of the scale.
  const [worst, best] = criterion.direction === 'benefit' ? [low, high] : [high, low];
  return (
    <div className="swing-levels small">
      from {worst} to {best}
    </div>
  );
}

function Level({ value, label }: { value: number; label: string | undefined }) {
  return label === undefined ? (
    <strong>{number(value, 6)}</strong>
  ) : (
    <>
      <strong>
        <ScenarioText>{label}</ScenarioText>
      </strong>{' '}
      ({number(value, 6)})
    </>
  );
}
