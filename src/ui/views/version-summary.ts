import { parseSession } from '../../domain/session';
import { parseWorkshop, type FlowState } from '../../domain/workshop';
import { isolate } from '../components/ScenarioText';
import { METHOD_LABELS } from './weights/method-labels';

/** One line on a saved version, or why it can no longer be read. */
export type VersionSummary = { readable: true; line: string } | { readable: false; problem: string };

/** A session: the weighting method in force and how many options were stepped. */
export function sessionSummary(text: string): VersionSummary {
  const read = parseSession(text);
  if (!read.ok) return { readable: false, problem: read.problems.join('; ') };
  const stepped = Object.values(read.session.progress).filter((path) => path.length > 0).length;
  return { readable: true, line: `${METHOD_LABELS[read.session.weighting.active]} weights, ${stepped === 0 ? 'no option' : stepped === 1 ? '1 option' : `${stepped} options`} stepped` };
}

const PHASES: Record<FlowState, string> = { setup: 'set-up', collecting: 'collecting ballots', reveal: 'reveal', discussion: 'discussion', decided: 'decided' };

/** A workshop: its title, how many take part, the round and the phase. */
export function workshopSummary(text: string): VersionSummary {
  const read = parseWorkshop(text);
  if (!read.ok) return { readable: false, problem: read.problems.join('; ') };
  const { title, participants, rounds, flow } = read.workshop;
  return { readable: true, line: `“${isolate(title)}”, ${participants.length === 1 ? '1 participant' : `${participants.length} participants`}, round ${rounds.length}, ${PHASES[flow]}` };
}
