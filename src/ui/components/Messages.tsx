import { ScenarioText } from './ScenarioText';

/** Lines to tell the user, in a notice they can dismiss: `alert` for what went wrong, `status` for news. */
export function Notices({ lines, role = 'status', onDismiss, className = '' }: { lines: readonly string[]; role?: 'status' | 'alert'; onDismiss?: () => void; className?: string }) {
  if (lines.length === 0) return null;
  return (
    <div className={`notice${role === 'alert' ? ' error' : ''} ${className}`.trim()} role={role}>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            <ScenarioText>{line}</ScenarioText>
          </li>
        ))}
      </ul>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}

/** Why something the user brought in (a file, a change) was refused, every reason listed, and that nothing they had was changed. */
export function Refusal({ title, problems, unchanged, onDismiss }: { title: string; problems: readonly string[]; unchanged: string; onDismiss: () => void }) {
  return (
    <section className="problems" role="alert" aria-label={title}>
      <div className="problems-head">
        <h2>
          <ScenarioText>{title}</ScenarioText>
        </h2>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p>Nothing was changed: {unchanged}.</p>
      <ol>
        {problems.map((p, i) => (
          <li key={i}>
            <ScenarioText>{p}</ScenarioText>
          </li>
        ))}
      </ol>
    </section>
  );
}
