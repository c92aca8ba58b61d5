import type { Criterion } from '../../domain/scenario';
import { percent } from '../../domain/text/format';
import { contributionFill, contributionName } from '../contribution-segments';
import { criterionFill } from '../palette';
import { ScenarioText } from './ScenarioText';

/**
 * The colour key of the criteria, each with its weight in force. As the key
 * of contribution bars (`contributions`), risks and costs are hatched and
 * named for what they add: the risk or cost avoided.
 */
export function CriteriaLegend({ criteria, weights, label, contributions = false }: { criteria: readonly Criterion[]; weights: readonly number[]; label: string; contributions?: boolean }) {
  return (
    <>
      <ul className="legend small" aria-label={label}>
        {criteria.map((c, j) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: contributions ? contributionFill(j, c.direction) : criterionFill(j) }} aria-hidden="true" />{' '}
            <ScenarioText>{contributions ? contributionName(c) : c.label}</ScenarioText> {percent(weights[j]!, 0)}
          </li>
        ))}
      </ul>
      {contributions && criteria.some((c) => c.direction === 'cost') ? <p className="legend-note small">Hatched: a risk or cost avoided. The longer the segment, the less of it.</p> : null}
    </>
  );
}
