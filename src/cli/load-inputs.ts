import { weightsInForce } from '../domain/mcda';
import { formatProblem, loadScenarioBytes, scenarioContentHash, type Scenario } from '../domain/scenario';
import { parseSession, reconcileSession, type Session } from '../domain/session';
import { q } from '../domain/text/quote';
import { parseWorkshop, type Workshop } from '../domain/workshop';
import { readInputFile } from './read-input';

export type Reader = typeof readInputFile;
type Refused = { ok: false; problems: string[] };

/** A scenario file, validated, with its content hash; or every problem with it, the last line saying what cannot be done (`purpose`). */
export function loadScenarioFile(file: string, purpose: string, read: Reader): { ok: true; scenario: Scenario; hash: string } | Refused {
  const input = read(file);
  if (!input.ok) return { ok: false, problems: [`${file}: cannot be read: ${input.why}`] };
  const loaded = loadScenarioBytes(input.bytes, file);
  if (!loaded.ok) return { ok: false, problems: [...loaded.problems.map(formatProblem), `${file}: the scenario has problems, so it cannot be ${purpose}`] };
  return { ok: true, scenario: loaded.scenario, hash: scenarioContentHash(loaded.scenario) };
}

/** A saved session file, read and checked on its own (before it is fitted to a scenario), with the bytes it was read from. */
export function readSessionFile(file: string, read: Reader): { ok: true; session: Session; bytes: Uint8Array } | Refused {
  const input = read(file);
  if (!input.ok) return { ok: false, problems: [`${file}: cannot be read: ${input.why}`] };
  const parsed = parseSession(new TextDecoder('utf-8').decode(input.bytes));
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => `${file}: ${p}`) };
  return { ok: true, session: parsed.session, bytes: input.bytes };
}

/** A saved workshop file, read and checked on its own (before it is matched with a scenario). */
export function readWorkshopFile(file: string, read: Reader): { ok: true; workshop: Workshop } | Refused {
  const input = read(file);
  if (!input.ok) return { ok: false, problems: [`${file}: cannot be read: ${input.why}`] };
  const parsed = parseWorkshop(new TextDecoder('utf-8').decode(input.bytes));
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((p) => `${file}: ${p}`) };
}

/**
 * Why the workshop cannot be reported with this scenario: it was run on
 * another scenario, another version or a changed copy. Unlike a session, it is
 * not fitted to a changed scenario: its ballots were judged against the one
 * it names, and a memo must not report them against another.
 */
export function workshopMismatch(file: string, workshop: Workshop, scenario: Scenario, hash: string): string[] {
  const on = workshop.scenario;
  if (on.id !== scenario.id) return [`${file}: this workshop was run on scenario ${q(on.id)}, not ${q(scenario.id)}`];
  if (on.version !== scenario.version) return [`${file}: this workshop was run on version ${q(on.version)} of the scenario, not version ${q(scenario.version)}`];
  if (on.hash !== hash) return [`${file}: this workshop was run on another copy of the scenario: version ${q(on.version)} as here, but with other content`];
  return [];
}

/** A session fitted to the scenario, with notices (each naming the file) about what no longer applies. */
export function fitSession(file: string, session: Session, scenario: Scenario, hash: string): { ok: true; session: Session; notices: string[] } | Refused {
  const fitted = reconcileSession(session, scenario, hash);
  if (!fitted.ok) return { ok: false, problems: fitted.problems.map((p) => `${file}: ${p}`) };
  return { ok: true, session: fitted.session, notices: fitted.notices.map((n) => `${file}: ${n}`) };
}

/** A notice when the session's weighting method cannot give weights yet, and the direct weights stand in. */
export function weightsNotice(file: string, session: Session, scenario: Scenario): string[] {
  const inForce = weightsInForce(session.weighting, scenario.criteria);
  // The reason names the method ("the ranking does not place every criterion yet").
  return inForce.fallback ? [`${file}: ${inForce.fallback}, so the direct weights are used instead.`] : [];
}
