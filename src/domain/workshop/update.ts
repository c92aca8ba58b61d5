import type { Step } from '../machine/steps';
import { own } from '../records/own';
import type { WorkshopDetails } from './create';
import { participantLabel } from './participant-label';
import type { Aggregation, Judgements, Participant, Workshop } from './schema';

/** A change that may be refused: the new workshop, or every reason it cannot be made (and the workshop as it was). */
export type WorkshopChange = { ok: true; workshop: Workshop } | { ok: false; problems: string[] };

const stamped = (workshop: Workshop, now: Date): Workshop => ({ ...workshop, updatedAt: now.toISOString() });

/** The round the workshop is in: the last. */
export function currentRound(workshop: Workshop) {
  return workshop.rounds.at(-1)!;
}

/** The workshop with its title, date and facilitator replaced. */
export function withDetails(workshop: Workshop, details: Omit<WorkshopDetails, 'id'>, now: Date = new Date()): Workshop {
  return stamped({ ...workshop, title: details.title, date: details.date, facilitator: details.facilitator }, now);
}

/** The workshop with a participant added, or the one with the same id updated in its place. */
export function withParticipant(workshop: Workshop, participant: Participant, now: Date = new Date()): Workshop {
  const at = workshop.participants.findIndex((p) => p.id === participant.id);
  const participants = at < 0 ? [...workshop.participants, participant] : workshop.participants.map((p, i) => (i === at ? participant : p));
  return stamped({ ...workshop, participants }, now);
}

/** The workshop without a participant; refused once they have judgements in any round, which would be lost. */
export function withoutParticipant(workshop: Workshop, participantId: string, now: Date = new Date()): WorkshopChange {
  const rounds = workshop.rounds.filter((r) => own(r.ballots, participantId) !== undefined).map((r) => r.number);
  if (rounds.length > 0) return { ok: false, problems: [`${participantLabel(workshop, participantId)} has judgements in round ${rounds.join(', ')}; they stay with the workshop`] };
  return { ok: true, workshop: stamped({ ...workshop, participants: workshop.participants.filter((p) => p.id !== participantId) }, now) };
}

/** The workshop with names hidden (or shown) in every view and export. */
export function withAnonymous(workshop: Workshop, anonymous: boolean, now: Date = new Date()): Workshop {
  return stamped({ ...workshop, anonymous }, now);
}

/** The workshop with another way of combining the participants' weights in force. */
export function withAggregation(workshop: Workshop, aggregation: Aggregation, now: Date = new Date()): Workshop {
  return stamped({ ...workshop, aggregation }, now);
}

/** The workshop with the group's path through an option replaced. */
export function withPlanPath(workshop: Workshop, optionId: string, path: readonly Step[], now: Date = new Date()): Workshop {
  return stamped({ ...workshop, plan: { ...workshop.plan, progress: { ...workshop.plan.progress, [optionId]: [...path] } } }, now);
}

/** The workshop with the group's paths through every option replaced (the steps taken on Step through); notes on steps no longer taken stay, for when the group goes back. */
export function withPlanProgress(workshop: Workshop, progress: Readonly<Record<string, readonly Step[]>>, now: Date = new Date()): Workshop {
  return stamped({ ...workshop, plan: { ...workshop.plan, progress: Object.fromEntries(Object.entries(progress).map(([option, path]) => [option, [...path]])) } }, now);
}

/** The workshop with the group's note on the step taken in a state of an option; an empty note removes it. */
export function withStepNote(workshop: Workshop, optionId: string, stateId: string, note: string, now: Date = new Date()): Workshop {
  const kept = Object.entries(own(workshop.plan.notes, optionId) ?? {}).filter(([state]) => state !== stateId);
  const notes = Object.fromEntries(note === '' ? kept : [...kept, [stateId, note]]);
  const others = Object.entries(workshop.plan.notes).filter(([option]) => option !== optionId);
  return stamped({ ...workshop, plan: { ...workshop.plan, notes: Object.fromEntries(Object.keys(notes).length > 0 ? [...others, [optionId, notes]] : others) } }, now);
}

/**
 * The workshop with a participant's judgements set in the current round,
 * replacing any they had there. It checks nothing: ballots come in through
 * `acceptBallot`, which says why one cannot be taken.
 */
export function withBallot(workshop: Workshop, participantId: string, judgements: Judgements, now: Date = new Date()): Workshop {
  const round = currentRound(workshop);
  return stamped({ ...workshop, rounds: [...workshop.rounds.slice(0, -1), { ...round, ballots: { ...round.ballots, [participantId]: judgements } }] }, now);
}

/** The workshop without a participant's ballot in the current round; refused once the round is no longer collecting, since the group has seen it. */
export function withoutBallot(workshop: Workshop, participantId: string, now: Date = new Date()): WorkshopChange {
  const round = currentRound(workshop);
  if (workshop.flow !== 'collecting') return { ok: false, problems: [`round ${round.number} is no longer collecting ballots, so its ballots stay as the group saw them`] };
  if (own(round.ballots, participantId) === undefined) return { ok: false, problems: [`${participantLabel(workshop, participantId)} has no ballot in round ${round.number}`] };
  const ballots = Object.fromEntries(Object.entries(round.ballots).filter(([id]) => id !== participantId));
  return { ok: true, workshop: stamped({ ...workshop, rounds: [...workshop.rounds.slice(0, -1), { ...round, ballots }] }, now) };
}

/** The workshop with a new, empty round after the current one; earlier rounds are kept as they are. */
export function withRound(workshop: Workshop, now: Date = new Date()): Workshop {
  return stamped({ ...workshop, rounds: [...workshop.rounds, { number: workshop.rounds.length + 1, revealed: false, ballots: {} }] }, now);
}
