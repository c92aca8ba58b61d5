import type { Problem } from '../../domain/scenario';
import { plural } from '../../domain/text/format';
import { ScenarioText } from '../components/ScenarioText';

/** Finds the field a problem is about (or the nearest enclosing one shown), opening its section first. */
export type JumpTo = (path: string) => void;

/** Every problem the loader finds in the text as it stands, in the command line's words; each jumps to its field. */
export function EditorProblems({ problems, omitted, onJump }: { problems: readonly Problem[]; omitted: number; onJump: JumpTo }) {
  if (problems.length === 0) return null;
  return (
    <section className="problems editor-problems" aria-label="Problems in the scenario">
      <h2>{plural(problems.length + omitted, 'problem')} to fix before the scenario can be used</h2>
      <p className="muted small">Your edits are kept as a draft meanwhile. Each problem names where it is; the button takes you to the field.</p>
      <ol>
        {problems.map((p, i) => (
          <li key={i}>
            <ScenarioText>{p.message}</ScenarioText>{' '}
            <span className="where small">
              line {p.line}, <code>
                <ScenarioText>{p.path}</ScenarioText>
              </code>
            </span>{' '}
            <button type="button" className="link" onClick={() => onJump(p.path)}>
              Go to the field
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
