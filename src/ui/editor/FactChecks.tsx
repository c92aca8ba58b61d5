import { citationProblem, copiedRuns, type SourceModel } from '../../domain/source-text';
import { ScenarioText } from '../components/ScenarioText';
import { isRecord } from './sections';

/** Beside each fact, once the brief's text is here: whether its text copies the brief, and whether its citation still points into the brief. */
export function FactChecks({ fact, source, model }: { fact: unknown; source: string; model: SourceModel }) {
  if (!isRecord(fact)) return null;
  const text = typeof fact.text === 'string' ? fact.text : '';
  const runs = copiedRuns(text, source);
  const cite = isRecord(fact.cite) && typeof fact.cite.section === 'string' ? { section: fact.cite.section, ...(typeof fact.cite.locator === 'string' ? { locator: fact.cite.locator } : {}) } : undefined;
  const citeProblem = cite ? citationProblem(model, cite) : 'the fact has no citation yet';
  return (
    <ul className="fact-checks small">
      {runs.length > 0 ? (
        <li className="check-bad">
          Copies the brief: {runs.map((r) => `“${text.slice(r.start, r.end)}” (${r.words} words)`).join('; ')}. Put it in your own words; the citation says where it comes from.
        </li>
      ) : text ? (
        <li className="check-good">In its own words (no run of eight words from the brief).</li>
      ) : null}
      <li className={citeProblem ? 'check-bad' : 'check-good'}>{citeProblem ? <ScenarioText>{`Citation: ${citeProblem}.`}</ScenarioText> : 'The cited passage is in the brief.'}</li>
    </ul>
  );
}
