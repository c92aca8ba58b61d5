import type { DescribedStep } from '../../../domain/machine';

/** The path so far, each step a way back to the question it answered. */
export function PathBreadcrumbs({ steps, onBackTo }: { steps: readonly DescribedStep[]; onBackTo: (stepIndex: number) => void }) {
  return (
    <nav aria-label="Path so far" className="breadcrumbs">
      <ol>
        <li>
          {steps.length > 0 ? (
            <button type="button" className="link" onClick={() => onBackTo(0)}>
              Start
            </button>
          ) : (
            <span aria-current="step">Start</span>
          )}
        </li>
        {steps.map((s, k) => (
          <li key={`${s.stateId}-${k}`}>
            <button type="button" className="link" onClick={() => onBackTo(k)} title={`Go back to: ${s.prompt}`}>
              <span className="muted">{s.kind === 'chance' ? 'Assumed' : 'Decided'}:</span> {s.choiceLabel}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
