import { ScenarioText } from './ScenarioText';
import type { Problem } from '../../domain/scenario';
import { plural } from '../../domain/text/format';

/** Every problem of a refused file: what is wrong first, then where to find it. */
export function ProblemList({ title, problems, omitted = 0, onDismiss }: { title: string; problems: readonly Problem[]; omitted?: number; onDismiss?: () => void }) {
  return (
    <section className="problems" role="alert" aria-label={title}>
      <div className="problems-head">
        <h2>{title}</h2>
        {onDismiss ? (
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        ) : null}
      </div>
      <p>
        {plural(problems.length + omitted, 'problem')} to fix in the file{omitted > 0 ? `; the first ${problems.length} are listed` : ''}. Nothing you had open was changed.
      </p>
      <ol>
        {problems.map((p, i) => (
          <li key={i}>
            <div>
              <ScenarioText>{capitalise(p.message)}</ScenarioText>
            </div>
            <div className="where small">
              <ScenarioText>{p.file}</ScenarioText>, line {p.line}, column {p.column} ·{' '}
              <code>
                <ScenarioText>{p.path}</ScenarioText>
              </code>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
