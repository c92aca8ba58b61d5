import { useState, type ChangeEvent, type FormEvent } from 'react';
import { own } from '../../../domain/records/own';
import type { Scenario } from '../../../domain/scenario';
import { currentRound, participantLabel, withoutBallot, type Workshop, type WorkshopChange } from '../../../domain/workshop';
import { ScenarioText } from '../../components/ScenarioText';
import { BALLOT_CODE_CHARACTERS, importBallots, type BallotOutcome } from './ballot-imports';

/**
 * The current round's ballots: who has voted, entering a participant's
 * judgements on this screen, and taking in ballots made on participants' own
 * devices, as files or codes. Every import says what became of each ballot.
 */
export function BallotsPanel({
  scenario,
  workshop,
  onEnter,
  onAttempt,
  onReplace,
}: {
  scenario: Scenario;
  workshop: Workshop;
  /** Opens the participant view for one participant. */
  onEnter: (participantId: string) => void;
  onAttempt: (change: (w: Workshop) => WorkshopChange) => void;
  /** Puts the workshop with the imported ballots in place. */
  onReplace: (workshop: Workshop) => void;
}) {
  const round = currentRound(workshop);
  const collecting = workshop.flow === 'collecting';
  const [code, setCode] = useState('');
  const [outcomes, setOutcomes] = useState<BallotOutcome[]>([]);

  const bringIn = async (sources: Array<{ name: string; file?: File; code?: string }>) => {
    const result = await importBallots(workshop, scenario, sources);
    setOutcomes(result.outcomes);
    if (result.workshop !== workshop) onReplace(result.workshop);
    return result.outcomes;
  };
  const importFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) await bringIn(files.map((file) => ({ name: file.name, file })));
  };
  const importCode = async (event: FormEvent) => {
    event.preventDefault();
    const [outcome] = await bringIn([{ name: 'The code', code }]);
    if (outcome?.status !== 'refused') setCode('');
  };

  return (
    <section aria-labelledby="ballots-title" className="workshop-part">
      <h2 id="ballots-title">Round {round.number} ballots</h2>
      <ul className="ballot-list">
        {workshop.participants.map((p) => {
          const label = participantLabel(workshop, p.id);
          const voted = own(round.ballots, p.id) !== undefined;
          return (
            <li key={p.id}>
              <span className="ballot-who">
                <ScenarioText>{label}</ScenarioText>
              </span>{' '}
              <span className={voted ? 'badge good' : 'badge'}>{voted ? 'ballot in' : 'waiting'}</span>
              {collecting ? (
                <>
                  {' '}
                  <button type="button" onClick={() => onEnter(p.id)}>
                    {voted ? 'Change' : 'Enter'} judgements<span className="sr-only"> of {label}</span>
                  </button>
                  {voted ? (
                    <button type="button" onClick={() => onAttempt((w) => withoutBallot(w, p.id))}>
                      Withdraw<span className="sr-only"> the ballot of {label}</span>
                    </button>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {collecting ? (
        <div className="ballot-import">
          <h3>Ballots from participants&apos; own devices</h3>
          <label className="file-button on-light">
            Import ballot files…
            <input type="file" multiple accept=".json,application/json" onChange={importFiles} className="sr-only" />
          </label>
          <form onSubmit={importCode} className="code-form">
            <label htmlFor="ballot-code">Or type or paste a ballot code</label>
            <textarea id="ballot-code" rows={3} value={code} maxLength={BALLOT_CODE_CHARACTERS} spellCheck={false} autoCapitalize="characters" onChange={(e) => setCode(e.target.value)} />
            <button type="submit" disabled={code.trim() === ''}>
              Take in the code
            </button>
          </form>
        </div>
      ) : null}
      {outcomes.length > 0 ? <ImportOutcomes outcomes={outcomes} onDismiss={() => setOutcomes([])} /> : null}
    </section>
  );
}

function ImportOutcomes({ outcomes, onDismiss }: { outcomes: BallotOutcome[]; onDismiss: () => void }) {
  const refused = outcomes.some((o) => o.status === 'refused');
  return (
    <div className={refused ? 'notice error import-outcomes' : 'notice import-outcomes'} role={refused ? 'alert' : 'status'}>
      <ul>
        {outcomes.map((o, i) => (
          <li key={i}>
            <ScenarioText>{o.message}</ScenarioText>
            {o.problems.length > 0 ? (
              <ul>
                {o.problems.map((p, j) => (
                  <li key={j}>
                    <ScenarioText>{p}</ScenarioText>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
