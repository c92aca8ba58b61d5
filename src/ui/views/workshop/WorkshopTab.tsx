import { useState } from 'react';
import type { Progress, ScenarioAnalysis } from '../../../domain/analysis';
import type { Scenario } from '../../../domain/scenario';
import { acceptBallot, makeBallot, serialiseWorkshop, type Workshop } from '../../../domain/workshop';
import { Notices, Refusal } from '../../components/Messages';
import { ScenarioText } from '../../components/ScenarioText';
import { downloadText, localDate } from '../../download';
import type { WorkshopState } from '../../workshop/use-workshop';
import { readWorkshopFile } from '../../workshop/workshop-file';
import { BallotsPanel } from './BallotsPanel';
import { JudgementsEditor } from './JudgementsEditor';
import { ParticipantsPanel } from './ParticipantsPanel';
import { PhaseBar } from './PhaseBar';
import { PlanNotes } from './PlanNotes';
import { PresentationMode } from './PresentationMode';
import { RoundResults } from './RoundResults';
import { WorkshopFileButton } from './WorkshopFileButton';
import { WorkshopStart } from './WorkshopStart';

export interface WorkshopTabProps {
  scenario: Scenario;
  hash: string;
  state: WorkshopState;
  /** The group's steps (the session's, on Step through): the workshop's plan. */
  progress: Progress;
  analysis: ScenarioAnalysis;
  rankingHidden: boolean;
  onRankingHiddenChange: (hidden: boolean) => void;
  onAdoptWeights: (weights: readonly number[]) => void;
  /** A workshop opened from a file brings the group's plan: it becomes the steps on Step through. */
  onPlanArrives: (workshop: Workshop) => void;
}

/** The workshop: set-up, the rounds and their ballots, what the group said, and presentation mode. */
export function WorkshopTab({ scenario, hash, state, progress, analysis, rankingHidden, onRankingHiddenChange, onAdoptWeights, onPlanArrives }: WorkshopTabProps) {
  const { workshop } = state;
  const [problems, setProblems] = useState<{ title: string; lines: string[] }>();
  const [pendingFile, setPendingFile] = useState<{ name: string; workshop: Workshop; notices: string[] }>();
  const [participant, setParticipant] = useState<string>();
  const [presenting, setPresenting] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const editing = participant !== undefined && workshop?.participants.some((p) => p.id === participant) === true;

  const refuse = (title: string) => (lines: string[] | undefined) => setProblems(lines ? { title, lines } : undefined);
  const openFile = async (file: File) => {
    const read = await readWorkshopFile(file, scenario, hash);
    if (!read.ok) {
      setProblems({ title: `${file.name} could not be opened`, lines: read.problems });
      return;
    }
    setProblems(undefined);
    if (workshop) setPendingFile({ name: file.name, workshop: read.workshop, notices: read.notices });
    else open(read.workshop, read.notices);
  };
  const open = (w: Workshop, notices: string[]) => {
    state.replace(w, notices);
    onPlanArrives(w);
  };
  const download = (w: Workshop) => downloadText(`${scenario.id}-workshop-${localDate()}.json`, serialiseWorkshop(w), 'application/json');

  const notices = (
    <>
      <Notices lines={state.notices} onDismiss={state.dismissNotices} />
      <Notices lines={state.saveError ? [state.saveError] : []} role="alert" />
      {problems ? <Refusal title={problems.title} problems={problems.lines} unchanged="the workshop is as it was" onDismiss={() => setProblems(undefined)} /> : null}
    </>
  );

  if (!workshop) {
    return (
      <div className="workshop-tab">
        {notices}
        <WorkshopStart scenario={scenario} hash={hash} onStart={(w) => state.replace(w)} onOpenFile={openFile} />
      </div>
    );
  }

  if (editing) {
    return (
      <div className="workshop-tab">
        <JudgementsEditor
          scenario={scenario}
          workshop={workshop}
          participantId={participant}
          onSubmit={(judgements) => {
            const taken = acceptBallot(workshop, scenario, makeBallot(workshop, participant, judgements), { replace: true });
            if (!taken.ok) return taken.problems;
            state.update(() => taken.workshop);
            return undefined;
          }}
          onClose={() => setParticipant(undefined)}
        />
      </div>
    );
  }

  return (
    <div className="workshop-tab">
      {notices}
      <section className="workshop-head" aria-labelledby="workshop-title">
        <div>
          <h2 id="workshop-title">
            <ScenarioText>{workshop.title}</ScenarioText>
          </h2>
          <p className="muted small">
            {workshop.date}
            {workshop.facilitator ? (
              <>
                , facilitated by <ScenarioText>{workshop.facilitator}</ScenarioText>
              </>
            ) : null}
            . Workshop {workshop.id}.
          </p>
        </div>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setPresenting(true)}>
            Present
          </button>
          <button type="button" onClick={() => download(workshop)} title="The whole workshop as a file: participants, rounds, ballots and plan. Share it with participants to make ballots on their own devices.">
            Download workshop file
          </button>
          <WorkshopFileButton onFile={openFile} />
          <button type="button" onClick={() => setConfirmClose(true)}>
            Close workshop
          </button>
        </div>
      </section>
      {pendingFile ? (
        <div className="notice error" role="alert">
          <p>
            Replace the open workshop <ScenarioText>{`“${workshop.title}”`}</ScenarioText> with the one in <ScenarioText>{pendingFile.name}</ScenarioText> (
            <ScenarioText>{`“${pendingFile.workshop.title}”`}</ScenarioText>)? Download the open one first if you want to keep it as a file.
          </p>
          <div className="toolbar">
            <button type="button" onClick={() => download(workshop)}>
              Download the open one
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                open(pendingFile.workshop, pendingFile.notices);
                setPendingFile(undefined);
              }}
            >
              Replace it
            </button>
            <button type="button" onClick={() => setPendingFile(undefined)}>
              Keep the open one
            </button>
          </div>
        </div>
      ) : null}
      {confirmClose ? (
        <div className="notice error" role="alert">
          <p>Close this workshop? It is removed from this browser; download its file first to keep it.</p>
          <div className="toolbar">
            <button type="button" onClick={() => download(workshop)}>
              Download workshop file
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setConfirmClose(false);
                state.replace(undefined);
              }}
            >
              Close it
            </button>
            <button type="button" onClick={() => setConfirmClose(false)}>
              Keep it open
            </button>
          </div>
        </div>
      ) : null}
      <PhaseBar workshop={workshop} onChange={(change) => refuse('The workshop could not move on')(state.attempt(change))} />
      <ParticipantsPanel workshop={workshop} onUpdate={state.update} onAttempt={(change) => refuse('That participant cannot be removed')(state.attempt(change))} />
      {workshop.flow === 'setup' ? null : (
        <BallotsPanel
          scenario={scenario}
          workshop={workshop}
          onEnter={setParticipant}
          onAttempt={(change) => refuse('That ballot cannot be withdrawn')(state.attempt(change))}
          onReplace={(w) => state.update(() => w)}
        />
      )}
      <RoundResults scenario={scenario} workshop={workshop} onUpdate={state.update} onAdoptWeights={onAdoptWeights} />
      <PlanNotes scenario={scenario} workshop={workshop} progress={progress} onUpdate={state.update} />
      {presenting ? (
        <PresentationMode
          scenario={scenario}
          workshop={workshop}
          progress={progress}
          analysis={analysis}
          rankingHidden={rankingHidden}
          onRankingHiddenChange={onRankingHiddenChange}
          onClose={() => setPresenting(false)}
        />
      ) : null}
    </div>
  );
}
