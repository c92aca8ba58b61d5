import type { Criterion } from '../../domain/scenario';
import { percent } from '../../domain/text/format';
import { criterionFill } from '../palette';
import { ScenarioText } from './ScenarioText';

/** The colour key of the criteria, each with its weight in force. */
export function CriteriaLegend({ criteria, weights, label }: { criteria: readonly Criterion[]; weights: readonly number[]; label: string }) {
  return (
    <ul className="legend small" aria-label={label}>
      {criteria.map((c, j) => (
        <li key={c.id}>
          <span className="swatch" style={{ background: criterionFill(j) }} aria-hidden="true" /> <ScenarioText>{c.label}</ScenarioText> {percent(weights[j]!, 0)}
        </li>
      ))}
    </ul>
  );
}
