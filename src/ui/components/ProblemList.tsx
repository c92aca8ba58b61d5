import type { Problem } from '../../domain/scenario';
import { plural } from '../../domain/text/format';

/** Every problem of a refused file: what is wrong first, then where to find it. */
export function ProblemList({ title, problems, onDismiss }: { title: string; problems: readonly Problem[]; onDismiss?: () => void }) {
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
      <p>{plural(problems.length, 'problem')} to fix in the file. Nothing you had open was changed.</p>
      <ol>
        {problems.map((p, i) => (
          <li key={i}>
            <div>{capitalise(p.message)}</div>
            <div className="where small">
              {p.line > 0 ? `${p.file}, line ${p.line}, column ${p.column}` : p.file} · <code>{p.path}</code>
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
