import { ScenarioText } from './ScenarioText';
import type { Criterion, Effects } from '../../domain/scenario';
import { effectList } from '../../domain/scoring';
import { number } from '../../domain/text/format';

/** The score changes a choice brings, each marked better or worse for its criterion's direction. */
export function EffectChips({ effects, criteria }: { effects: Effects; criteria: readonly Criterion[] }) {
  const entries = effectList(effects, criteria);
  if (entries.length === 0) return <span className="muted">no change to scores</span>;
  return (
    <ul className="chips" aria-label="Score changes">
      {entries.map(({ criterion, delta, better }) => (
        <li key={criterion.id} className={better ? 'chip better' : 'chip worse'}>
          <ScenarioText>{criterion.label}</ScenarioText> {number(delta, 2, true)} <span className="sr-only">({better ? 'better' : 'worse'})</span>
          <span aria-hidden="true">{better ? ' ▲' : ' ▼'}</span>
        </li>
      ))}
    </ul>
  );
}
