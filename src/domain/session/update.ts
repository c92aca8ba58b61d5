import type { Step } from '../machine/steps';
import type { WeightInput } from '../scoring/weights';
import type { Memo, Session, Weighting } from './schema';

/** The session with new direct weights in force. */
export function withDirectWeights(session: Session, direct: WeightInput, now: Date = new Date()): Session {
  return { ...session, weighting: { ...session.weighting, active: 'direct', direct: { ...direct } }, updatedAt: now.toISOString() };
}

/** The session with a whole weighting (every method's inputs, and the one in force) replaced. */
export function withWeighting(session: Session, weighting: Weighting, now: Date = new Date()): Session {
  return { ...session, weighting, updatedAt: now.toISOString() };
}

/** The session with the group's memo text replaced. */
export function withMemo(session: Session, memo: Memo, now: Date = new Date()): Session {
  return { ...session, memo, updatedAt: now.toISOString() };
}

/** The session with an option's path replaced. */
export function withOptionPath(session: Session, optionId: string, path: readonly Step[], now: Date = new Date()): Session {
  return { ...session, progress: { ...session.progress, [optionId]: [...path] }, updatedAt: now.toISOString() };
}
