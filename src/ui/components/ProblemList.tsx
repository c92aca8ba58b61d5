import type { Problem } from '../../domain/scenario';

/** Every problem of a refused file, each with where to find it. */
export function ProblemList({ title, problems }: { title: string; problems: readonly Problem[] }) {
  return (
    <section className="problems" role="alert" aria-label={title}>
      <h2>{title}</h2>
      <p>
        {problems.length} problem{problems.length === 1 ? '' : 's'} to fix. Nothing you had open was changed.
      </p>
      <ol>
        {problems.map((p, i) => (
          <li key={i}>
            <code className="where">
              {p.file}
              {p.line > 0 ? `:${p.line}:${p.column}` : ''}
            </code>{' '}
            <code className="path">{p.path}</code>
            <div>{p.message}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
