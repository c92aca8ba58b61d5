import { isolate, ScenarioText } from '../../components/ScenarioText';
import type { DescribedStep } from '../../../domain/machine';

/** The path so far: each question with the answer given, and a way to go back and change it. */
export function PathBreadcrumbs({ steps, onBackTo }: { steps: readonly DescribedStep[]; onBackTo: (stepIndex: number) => void }) {
  if (steps.length === 0) return <p className="breadcrumbs muted">No steps taken yet: the option is scored at its starting scores.</p>;
  return (
    <nav aria-label="Path so far" className="breadcrumbs">
      <ol>
        {steps.map((s, k) => (
          <li key={`${s.stateId}-${k}`}>
            <span className="crumb-text">
              <span className="muted">
                <ScenarioText>{s.prompt}</ScenarioText>
              </span>{' '}
              <span className="crumb-answer">
                {s.kind === 'chance' ? 'Assumed' : 'Decided'}: <ScenarioText>{s.choiceLabel}</ScenarioText>
              </span>
            </span>
            <button type="button" className="link" onClick={() => onBackTo(k)} aria-label={`Change step ${k + 1}: ${isolate(s.prompt)}`}>
              Change
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
