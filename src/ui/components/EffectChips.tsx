import type { Criterion, Effects } from '../../domain/scenario';
import { number } from '../../domain/text/format';

/** The score changes a choice brings, each marked better or worse for its criterion's direction. */
export function EffectChips({ effects, criteria }: { effects: Effects; criteria: readonly Criterion[] }) {
  const entries = criteria.filter((c) => (effects[c.id] ?? 0) !== 0);
  if (entries.length === 0) return <span className="muted">no change to scores</span>;
  return (
    <ul className="chips" aria-label="Score changes">
      {entries.map((c) => {
        const delta = effects[c.id]!;
        const better = c.direction === 'benefit' ? delta > 0 : delta < 0;
        return (
          <li key={c.id} className={better ? 'chip better' : 'chip worse'}>
            {c.label} {number(delta, 2, true)} <span className="sr-only">({better ? 'better' : 'worse'})</span>
            <span aria-hidden="true">{better ? ' ▲' : ' ▼'}</span>
          </li>
        );
      })}
    </ul>
  );
}
