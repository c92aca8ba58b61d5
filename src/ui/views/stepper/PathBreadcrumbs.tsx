import type { DescribedStep, Step } from '../../../domain/machine';
import { isolate, ScenarioText } from '../../components/ScenarioText';

export interface PathBreadcrumbsProps {
  steps: readonly DescribedStep[];
  /** The path itself, for each step's known flag. */
  path: readonly Step[];
  onBackTo: (stepIndex: number) => void;
  onToggleKnown: (stepIndex: number) => void;
}

/**
 * The path so far: each question with the answer given, a way to go back and
 * change it, and, for an uncertain outcome, whether the group assumed it or
 * knows it happened.
 */
export function PathBreadcrumbs({ steps, path, onBackTo, onToggleKnown }: PathBreadcrumbsProps) {
  if (steps.length === 0) return <p className="breadcrumbs muted">No steps taken yet: the option is valued by its plan, the best choice at every decision.</p>;
  return (
    <nav aria-label="Path so far" className="breadcrumbs">
      <ol>
        {steps.map((s, k) => {
          const known = path[k]?.known === true;
          return (
            <li key={`${s.stateId}-${k}`}>
              <span className="crumb-text">
                <span className="muted">
                  <ScenarioText>{s.prompt}</ScenarioText>
                </span>{' '}
                <span className="crumb-answer">
                  {s.kind === 'chance' ? (known ? 'Known' : 'Assumed') : 'Decided'}: <ScenarioText>{s.choiceLabel}</ScenarioText>
                </span>
              </span>
              <button type="button" className="link" onClick={() => onBackTo(k)} aria-label={`Change step ${k + 1}: ${isolate(s.prompt)}`}>
                Change
              </button>
              {s.kind === 'chance' ? (
                <button type="button" className="link" aria-pressed={known} onClick={() => onToggleKnown(k)} aria-label={`${known ? 'Unmark' : 'Mark'} step ${k + 1} as known: ${isolate(s.choiceLabel)}`}>
                  {known ? 'Known (unmark)' : 'Mark as known'}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
