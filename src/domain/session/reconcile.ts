import { followPath, type PathCheck } from '../machine/steps';
import { own } from '../records/own';
import { scenarioContentHash } from '../scenario/content-hash';
import type { Option, Scenario } from '../scenario/schema';
import { plural } from '../text/format';
import { q } from '../text/quote';
import type { Memo, Session, Weighting } from './schema';

export type ReconcileResult = { ok: true; session: Session; notices: string[] } | { ok: false; problems: string[] };

/**
 * Fits a saved session to the scenario as it is now, whether or not the
 * scenario changed (a session can be damaged, or written by hand, under an
 * unchanged hash): steps that no longer apply and weights for criteria that do
 * not exist are dropped, missing weights take the scenario's defaults, weights
 * that leave nothing to compare are reset, and each change gets a notice.
 * Everything else is kept. With nothing to change, the session is returned as it was.
 */
export function reconcileSession(session: Session, scenario: Scenario, hash: string = scenarioContentHash(scenario)): ReconcileResult {
  if (session.scenario.id !== scenario.id) {
    return { ok: false, problems: [`this session belongs to scenario ${q(session.scenario.id)}, not ${q(scenario.id)}`] };
  }
  const notices: string[] = [];
  const changed = session.scenario.hash !== hash;
  if (changed) notices.push(`The scenario has changed since this session was saved (version ${session.scenario.version} → ${scenario.version}).`);

  const options = new Map(scenario.options.map((o) => [o.id, o]));
  const progress: Session['progress'] = {};
  for (const [optionId, path] of Object.entries(session.progress)) {
    const option = options.get(optionId);
    if (!option) {
      if (path.length > 0) notices.push(`Option ${q(optionId)} is not in the scenario; its ${plural(path.length, 'saved step')} were set aside.`);
      continue;
    }
    const check = followPath(option, path);
    progress[optionId] = check.valid.map((step) => {
      if (!step.known || own(option.machine.states, step.state)?.kind === 'chance') return step;
      notices.push(`${option.label}: the step at ${q(step.state)} was marked as a known outcome, but it is a decision; it is kept as a decision.`);
      return { state: step.state, choice: step.choice };
    });
    if (check.dropped) notices.push(describeDrop(option, path.length, check, changed));
  }

  const direct: Record<string, number> = {};
  for (const criterion of scenario.criteria) {
    const kept = own(session.weighting.direct, criterion.id);
    direct[criterion.id] = kept ?? criterion.weight;
    if (kept === undefined) {
      notices.push(changed ? `New criterion "${criterion.label}" takes its default weight ${criterion.weight}.` : `Criterion "${criterion.label}" had no saved weight; it takes its default weight ${criterion.weight}.`);
    }
  }
  const criterionIds = new Set(scenario.criteria.map((c) => c.id));
  for (const id of Object.keys(session.weighting.direct)) {
    if (!criterionIds.has(id)) notices.push(`Criterion ${q(id)} is not in the scenario; its weight was dropped.`);
  }
  if (Object.values(direct).every((w) => w === 0)) {
    notices.push('No criterion had a weight above 0, which leaves nothing to compare, so the scenario default weights were restored.');
    for (const c of scenario.criteria) direct[c.id] = c.weight;
  }
  const weighting = fitMethods({ ...session.weighting, direct }, criterionIds, notices);
  const memo = fitMemo(session.memo, options, notices);
  if (notices.length === 0) return { ok: true, session, notices };
  return {
    ok: true,
    notices,
    session: {
      ...session,
      scenario: { id: scenario.id, version: scenario.version, hash },
      weighting,
      progress,
      memo,
    },
  };
}

const METHOD_NAMES: Record<Exclude<Weighting['active'], 'direct'>, string> = { points: 'The 100-point allocation', ranking: 'The ranking', swing: 'The swing ratings', ahp: 'The pairwise comparisons' };

/**
 * Each weighting method's inputs kept only for criteria the scenario has,
 * with a notice for what was dropped. If the method in force can then no
 * longer give weights (a new criterion has no points, rank or rating yet),
 * `weightsInForce` falls back to the direct weights and says why.
 */
function fitMethods(weighting: Weighting, criterionIds: ReadonlySet<string>, notices: string[]): Weighting {
  const fitted: Weighting = { ...weighting };
  for (const method of ['points', 'ranking', 'swing'] as const) {
    const record = weighting[method];
    if (!record) continue;
    const unknown = Object.keys(record).filter((id) => !criterionIds.has(id));
    if (unknown.length > 0) {
      fitted[method] = Object.fromEntries(Object.entries(record).filter(([id]) => criterionIds.has(id)));
      notices.push(`${METHOD_NAMES[method]} named ${unknown.map((id) => q(id)).join(', ')}, no longer a criterion; ${unknown.length === 1 ? 'it was' : 'they were'} dropped.`);
    }
  }
  if (weighting.ahp) {
    const kept = weighting.ahp.filter((j) => criterionIds.has(j.a) && criterionIds.has(j.b));
    if (kept.length < weighting.ahp.length) {
      fitted.ahp = kept;
      notices.push(`${METHOD_NAMES.ahp}: ${plural(weighting.ahp.length - kept.length, 'judgement')} about criteria no longer in the scenario were dropped.`);
    }
  }
  return fitted;
}

/** The memo's notes and dissent kept only for options the scenario has; what is dropped is named. */
function fitMemo(memo: Memo, options: ReadonlyMap<string, Option>, notices: string[]): Memo {
  const keep = (record: Record<string, string>, what: string) => {
    const gone = Object.keys(record).filter((id) => !options.has(id) && record[id] !== '');
    if (gone.length > 0) notices.push(`The memo's ${what} on ${gone.map((id) => q(id)).join(', ')} were set aside: ${gone.length === 1 ? 'it is no longer an option' : 'they are no longer options'}.`);
    return Object.fromEntries(Object.entries(record).filter(([id]) => options.has(id)));
  };
  return { ...memo, notes: keep(memo.notes, 'notes'), dissent: keep(memo.dissent, 'dissent') };
}

/** Why a saved path was cut, in the words of the scenario rather than its ids. */
function describeDrop(option: Option, saved: number, check: PathCheck, scenarioChanged: boolean): string {
  const kept = check.valid.length;
  const here = own(option.machine.states, check.current);
  const question = here && here.kind !== 'outcome' ? `"${here.prompt}"` : `"${check.current}"`;
  const keptText = kept === 0 ? `none of its ${plural(saved, 'saved step')} could be kept` : `the first ${kept} of its ${plural(saved, 'saved step')} were kept`;
  const { why, step } = check.dropped!;
  const reason =
    why === 'no-such-choice'
      ? `the answer saved at ${question} is ${scenarioChanged ? 'no longer ' : 'not '}among its choices (it was recorded as ${q(step.choice)})`
      : scenarioChanged
        ? `the path now leads to ${question} instead of the question answered next`
        : `the next saved step (at ${q(step.state)}) does not follow from ${question}`;
  return `${option.label}: ${keptText}; ${reason}. Step through it again from there.`;
}
