import type { Step } from '../machine/steps';
import type { WeightInput } from '../scoring/weights';
import type { Session } from './schema';

/** The session with new direct weights in force. */
export function withDirectWeights(session: Session, direct: WeightInput, now: Date = new Date()): Session {
  return { ...session, weighting: { ...session.weighting, active: 'direct', direct: { ...direct } }, updatedAt: now.toISOString() };
}

/** The session with an option's path replaced. */
export function withOptionPath(session: Session, optionId: string, path: readonly Step[], now: Date = new Date()): Session {
  return { ...session, progress: { ...session.progress, [optionId]: [...path] }, updatedAt: now.toISOString() };
}
