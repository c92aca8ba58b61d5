import type { Scenario } from '../../../domain/scenario';
import { importBallotCode, importBallotFile, participantLabel, type Workshop } from '../../../domain/workshop';
import { readTextFile } from '../../read-text-file';

/** A ballot file is a few kilobytes: anything far larger is refused before it is read. */
export const BALLOT_FILE_BYTES = 256 * 1024;
/** Longer than any code the app writes (a full AHP ballot on fifteen criteria with reasons is a few thousand characters). */
export const BALLOT_CODE_CHARACTERS = 40_000;

/** What became of one ballot brought in: taken, already there, or refused with every reason. */
export interface BallotOutcome {
  source: string;
  status: 'taken' | 'unchanged' | 'refused';
  message: string;
  problems: string[];
}

/**
 * Takes ballots in one after another (files, or a pasted code), each against
 * the workshop as the ones before it left it, so that the same participant's
 * ballot twice in one batch is caught. Returns the workshop after all of them
 * and what became of each.
 */
export async function importBallots(workshop: Workshop, scenario: Scenario, sources: ReadonlyArray<{ name: string; file?: File; code?: string }>): Promise<{ workshop: Workshop; outcomes: BallotOutcome[] }> {
  let current = workshop;
  const outcomes: BallotOutcome[] = [];
  for (const source of sources) {
    let result;
    if (source.file) {
      const read = await readTextFile(source.file, 'ballot', BALLOT_FILE_BYTES);
      result = read.ok ? importBallotFile(current, scenario, read.text) : read;
    } else {
      const code = source.code ?? '';
      result = code.length > BALLOT_CODE_CHARACTERS ? { ok: false as const, problems: [`the code has ${code.length} characters; a ballot code has at most ${BALLOT_CODE_CHARACTERS}`] } : importBallotCode(current, scenario, code);
    }
    if (!result.ok) {
      outcomes.push({ source: source.name, status: 'refused', message: `${source.name} was not taken in; nothing changed.`, problems: result.problems });
      continue;
    }
    const who = participantLabel(result.workshop, result.ballot.participant);
    outcomes.push(
      result.unchanged
        ? { source: source.name, status: 'unchanged', message: `${source.name}: ${who}'s ballot was already in, the same; nothing changed.`, problems: [] }
        : { source: source.name, status: 'taken', message: `${source.name}: ${who}'s ballot for round ${result.ballot.round} is in.`, problems: [] },
    );
    current = result.workshop;
  }
  return { workshop: current, outcomes };
}
