import { own } from '../records/own';
import type { Scenario } from '../scenario/schema';
import { judgementProblems } from './judgement-fit';
import type { Judgements, Workshop } from './schema';

export interface ParticipantBallot {
  participant: string;
  judgements: Judgements;
}

/**
 * A round's ballots in the order of the participant list (so that nothing
 * computed from them depends on the order they came in), split into those
 * that fit the scenario and those that do not, with why. Ballots are checked
 * when they come in, but a workshop file opened against a changed scenario may
 * hold some that no longer fit; they are set aside, never counted half.
 */
export function roundBallots(scenario: Scenario, workshop: Workshop, roundNumber: number): { fitting: ParticipantBallot[]; unfit: Array<{ participant: string; problems: string[] }> } {
  const round = workshop.rounds[roundNumber - 1];
  if (!round) throw new RangeError(`the workshop has no round ${roundNumber}: it has ${workshop.rounds.length}`);
  const fitting: ParticipantBallot[] = [];
  const unfit: Array<{ participant: string; problems: string[] }> = [];
  for (const { id } of workshop.participants) {
    const judgements = own(round.ballots, id);
    if (judgements === undefined) continue;
    const problems = judgementProblems(judgements, scenario);
    if (problems.length > 0) unfit.push({ participant: id, problems });
    else fitting.push({ participant: id, judgements });
  }
  return { fitting, unfit };
}
