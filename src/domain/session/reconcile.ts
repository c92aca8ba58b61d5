import { followPath } from '../machine/steps';
import { scenarioContentHash } from '../scenario/content-hash';
import type { Scenario } from '../scenario/schema';
import type { Session } from './schema';

export type ReconcileResult = { ok: true; session: Session; notices: string[] } | { ok: false; problems: string[] };

/**
 * Fits a saved session to the scenario as it is now. Unchanged scenario: the
 * session as it was. Changed scenario: steps and weights that no longer apply
 * are dropped, each with a notice, and everything else is kept.
 */
export function reconcileSession(session: Session, scenario: Scenario): ReconcileResult {
  if (session.scenario.id !== scenario.id) {
    return { ok: false, problems: [`this session belongs to scenario "${session.scenario.id}", not "${scenario.id}"`] };
  }
  const hash = scenarioContentHash(scenario);
  if (session.scenario.hash === hash) return { ok: true, session, notices: [] };

  const notices: string[] = [`The scenario has changed since this session was saved (version ${session.scenario.version} → ${scenario.version}).`];
  const progress: Session['progress'] = {};
  for (const [optionId, path] of Object.entries(session.progress)) {
    const option = scenario.options.find((o) => o.id === optionId);
    if (!option) {
      notices.push(`Option "${optionId}" is no longer in the scenario; its ${path.length} step(s) were dropped.`);
      continue;
    }
    const check = followPath(option, path);
    progress[optionId] = check.valid;
    if (check.dropped) notices.push(`${option.label}: kept the first ${check.valid.length} step(s); ${check.dropped.reason}.`);
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
