import { useEffect, useMemo, useRef, useState } from 'react';
import { weightsInForce } from '../../../domain/mcda';
import { own } from '../../../domain/records/own';
import type { Scenario } from '../../../domain/scenario';
import { normaliseWeights } from '../../../domain/scoring';
import { createSession, type Weighting } from '../../../domain/session';
import { ballotCode, currentRound, judgementProblems, makeBallot, participantLabel, serialiseBallot, type Judgements, type Workshop } from '../../../domain/workshop';
import { Notices } from '../../components/Messages';
import { ScenarioText } from '../../components/ScenarioText';
import { downloadText } from '../../download';
import { WeightsIdPrefix } from '../weights/ids';
import { WeightsView } from '../weights/WeightsView';
import { ViewsEditor } from './ViewsEditor';

/**
 * Where a participant starts in a round: the judgements they gave in it
 * already, else their last round's (Delphi: revise, not start again), else
 * the scenario's default weights and no views.
 */
export function startingJudgements(scenario: Scenario, workshop: Workshop, participantId: string): Judgements {
  for (const round of [...workshop.rounds].reverse()) {
    const given = own(round.ballots, participantId);
    if (given) return given;
  }
  return { weighting: createSession(scenario).weighting, scores: [], probabilities: [] };
}

/**
 * One participant's inputs and nothing else, over the whole window (the
 * facilitator hands over the keyboard, or the participant is on their own
 * device), so that no one else's judgements show: weights by any
 * method, optional views of scores and probabilities with reasons, and three
 * ways to hand them in: into the workshop on this screen, as a ballot file,
 * or as a code to read out.
 */
export function JudgementsEditor({
  scenario,
  workshop,
  participantId,
  onSubmit,
  onClose,
}: {
  scenario: Scenario;
  workshop: Workshop;
  participantId: string;
  /** Takes the judgements into the workshop on this device; returns why not, if refused. */
  onSubmit: (judgements: Judgements) => string[] | undefined;
  onClose: () => void;
}) {
  const [judgements, setJudgements] = useState(() => startingJudgements(scenario, workshop, participantId));
  // Judgements changed since they were last handed in (or opened): leaving then drops them, and the button says so.
  const [unsaved, setUnsaved] = useState(false);
  const root = useRef<HTMLElement>(null);
  useEffect(() => root.current?.focus(), []);
  const [pendingWeights, setPendingWeights] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; lines: string[] }>();
  const [code, setCode] = useState<string>();
  const label = participantLabel(workshop, participantId);
  const round = currentRound(workshop).number;
  const inForce = useMemo(() => weightsInForce(judgements.weighting, scenario.criteria), [judgements.weighting, scenario.criteria]);
  const normalised = useMemo(() => normaliseWeights(scenario.criteria, inForce.weights), [scenario.criteria, inForce.weights]);
  const problems = useMemo(() => judgementProblems(judgements, scenario), [judgements, scenario]);
  const blocked = pendingWeights ? ['a weight field holds something that is not a weight yet: fix or clear it first'] : problems;

  const change = (next: Judgements) => {
    setJudgements(next);
    setUnsaved(true);
    setCode(undefined);
    setOutcome(undefined);
  };
  const submit = () => {
    const refused = onSubmit(judgements);
    setOutcome(refused ? { ok: false, lines: refused } : { ok: true, lines: [`${label}'s judgements are in round ${round}.`] });
    if (!refused) setUnsaved(false);
  };
  const ballot = () => makeBallot(workshop, participantId, judgements);
  const stem = `${workshop.scenario.id}-ballot-round-${round}-${participantId}`;

  return (
    <section ref={root} tabIndex={-1} className="participant-view" role="dialog" aria-modal="true" aria-labelledby="participant-view-title">
      <div className="participant-head">
        <h2 id="participant-view-title">
          Round {round}: judgements of <ScenarioText>{label}</ScenarioText>
        </h2>
        <button type="button" onClick={onClose}>
          {unsaved ? 'Leave without handing these in' : 'Back to the workshop'}
        </button>
      </div>
      <p className="muted">Weigh the criteria by any method. Your earlier round&apos;s answers are filled in: change what the discussion changed for you.</p>
      <WeightsIdPrefix.Provider value="ballot-">
        <WeightsView
          criteria={scenario.criteria}
          weighting={judgements.weighting}
          normalised={normalised}
          inForce={inForce}
          presets={scenario.weightPresets}
          onChange={(weighting: Weighting) => change({ ...judgements, weighting })}
          onPendingChange={setPendingWeights}
        />
      </WeightsIdPrefix.Provider>
      <ViewsEditor scenario={scenario} judgements={judgements} onChange={change} />
      <div className="hand-in">
        <h3>Hand in</h3>
        {blocked.length > 0 ? (
          <div className="warning" role="status">
            <p>These judgements cannot be handed in yet:</p>
            <ul>
              {blocked.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="toolbar">
          <button type="button" className="primary" disabled={blocked.length > 0} onClick={submit}>
            Put into the workshop on this screen
          </button>
          <button type="button" disabled={blocked.length > 0} onClick={() => downloadText(`${stem}.json`, serialiseBallot(ballot()), 'application/json')}>
            Download ballot file
          </button>
          <button type="button" disabled={blocked.length > 0} onClick={() => setCode(ballotCode(ballot(), scenario))}>
            Show ballot code
          </button>
        </div>
        {outcome ? <Notices lines={outcome.lines} role={outcome.ok ? 'status' : 'alert'} /> : null}
        {code ? (
          <div className="ballot-code">
            <label htmlFor="ballot-code-out">Ballot code for the facilitator (read out or paste; case and spaces do not matter)</label>
            <textarea id="ballot-code-out" readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
