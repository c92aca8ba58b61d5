import { q } from '../text/quote';
import type { Workshop } from './schema';

/**
 * How a participant is named in views, exports and messages: their name, or in
 * anonymous mode "Participant n" by their place in the list, so that no name
 * reaches a projected screen or a file. An id no participant has is quoted as
 * it is, for messages about ballots that name one.
 */
export function participantLabel(workshop: Workshop, participantId: string): string {
  const at = workshop.participants.findIndex((p) => p.id === participantId);
  if (at < 0) return `participant ${q(participantId)}`;
  return workshop.anonymous ? `Participant ${at + 1}` : workshop.participants[at]!.name;
}
