import { followPath, type PathCheck } from '../machine/steps';
import { scenarioContentHash } from '../scenario/content-hash';
import type { Option, Scenario } from '../scenario/schema';
import { plural } from '../text/format';
import type { Session } from './schema';

export type ReconcileResult = { ok: true; session: Session; notices: string[] } | { ok: false; problems: string[] };

/**
 * Fits a saved session to the scenario as it is now. Unchanged scenario: the
 * session as it was. Changed scenario: steps and weights that no longer apply
 * are dropped, each with a notice, and everything else is kept.
 */
export function reconcileSession(session: Session, scenario: Scenario, hash: string = scenarioContentHash(scenario)): ReconcileResult {
  if (session.scenario.id !== scenario.id) {
    return { ok: false, problems: [`this session belongs to scenario "${session.scenario.id}", not "${scenario.id}"`] };
  }
  if (session.scenario.hash === hash) return { ok: true, session, notices: [] };

  const notices: string[] = [`The scenario has changed since this session was saved (version ${session.scenario.version} → ${scenario.version}).`];
  const progress: Session['progress'] = {};
  for (const [optionId, path] of Object.entries(session.progress)) {
    const option = scenario.options.find((o) => o.id === optionId);
    if (!option) {
      notices.push(`Option "${optionId}" is no longer in the scenario; its ${plural(path.length, 'saved step')} were set aside.`);
      continue;
    }
    const check = followPath(option, path);
    progress[optionId] = check.valid;
    if (check.dropped) notices.push(describeDrop(option, path.length, check));
  }
  const direct: Record<string, number> = {};
  for (const criterion of scenario.criteria) {
    const kept = session.weighting.direct[criterion.id];
    direct[criterion.id] = kept ?? criterion.weight;
    if (kept === undefined) notices.push(`New criterion "${criterion.label}" takes its default weight ${criterion.weight}.`);
  }
  for (const id of Object.keys(session.weighting.direct)) {
    if (!scenario.criteria.some((c) => c.id === id)) notices.push(`Criterion "${id}" is no longer in the scenario; its weight was dropped.`);
  }
  if (Object.values(direct).every((w) => w === 0)) {
    notices.push('No criterion kept a positive weight, so the scenario defaults were restored.');
    for (const c of scenario.criteria) direct[c.id] = c.weight;
  }
  return {
    ok: true,
    notices,
    session: {
      ...session,
      scenario: { id: scenario.id, version: scenario.version, hash },
      weighting: { ...session.weighting, direct },
      progress,
    },
  };
}

/** Why a saved path was cut, in the words of the scenario rather than its ids. */
function describeDrop(option: Option, saved: number, check: PathCheck): string {
  const kept = check.valid.length;
  const here = option.machine.states[check.current];
  const question = here && here.kind !== 'outcome' ? `"${here.prompt}"` : `"${check.current}"`;
  const keptText = kept === 0 ? `none of its ${plural(saved, 'saved step')} could be kept` : `the first ${kept} of its ${plural(saved, 'saved step')} were kept`;
  const reason =
    check.dropped!.why === 'no-such-choice'
      ? `the answer saved at ${question} is no longer among its choices (it was recorded as "${check.dropped!.step.choice}")`
      : `the path now leads to ${question} instead of the question answered next`;
  return `${option.label}: ${keptText}; ${reason}. Step through it again from there.`;
}
