import { useEffect, useRef } from 'react';
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
  // On a short screen the path scrolls within its own box (see .stage): keep its latest steps, the ones just taken, in view.
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [steps.length]);
  if (steps.length === 0) return <p className="breadcrumbs muted">No steps taken yet: the option is valued by its plan, the best choice at every decision.</p>;
  return (
    <nav aria-label="Path so far" className="breadcrumbs" ref={box}>
      <ol>
        {steps.map((s, k) => {
          const known = path[k]?.known === true;
          const answered = s.kind === 'chance' ? (known ? 'Known' : 'Assumed') : 'Decided';
          return (
            <li key={`${s.stateId}-${k}`}>
              {/* The title gives the whole step where a short screen cuts it to one line. */}
              <span className="crumb-text" title={`${isolate(s.prompt)} ${answered}: ${isolate(s.choiceLabel)}`}>
                <span className="muted crumb-question">
                  <ScenarioText>{s.prompt}</ScenarioText>
                </span>{' '}
                <span className="crumb-answer">
                  {answered}: <ScenarioText>{s.choiceLabel}</ScenarioText>
                </span>
              </span>
              <button type="button" className="link" onClick={() => onBackTo(k)} aria-label={`Change step ${k + 1}: ${isolate(s.prompt)}`}>
                Change
              </button>
              {/* Each name begins with the button's visible words, so that speech input ("click Mark as known") finds it. */}
              {s.kind === 'chance' ? (
                <button type="button" className="link" aria-pressed={known} onClick={() => onToggleKnown(k)} aria-label={known ? `Unmark step ${k + 1} as known: ${isolate(s.choiceLabel)}` : `Mark as known: step ${k + 1}, ${isolate(s.choiceLabel)}`}>
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
