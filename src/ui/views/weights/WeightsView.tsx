import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WeightsInForce } from '../../../domain/mcda';
import type { Criterion, WeightPreset } from '../../../domain/scenario';
import type { WeightInput } from '../../../domain/scoring';
import { WEIGHTING_METHODS, type Weighting, type WeightingMethod } from '../../../domain/session';
import { METHOD_LABELS } from './method-labels';
import { PairwiseView } from './PairwiseView';
import { PointsForm } from './PointsForm';
import { RankingView } from './RankingView';
import type { StoredJudgement } from './saaty-scale';
import { SwingForm } from './SwingForm';
import { WeightsForm } from './WeightsForm';
import { useWeightsIds } from './ids';

export interface WeightsViewProps {
  criteria: readonly Criterion[];
  weighting: Weighting;
  /** The weights in force, normalised, in criterion order. */
  normalised: readonly number[];
  inForce: WeightsInForce;
  /** Named sets of weights the scenario offers (e.g. "as the brief argues"), for the direct method. */
  presets?: readonly WeightPreset[];
  onChange: (weighting: Weighting) => void;
  /** Told whether the active method's fields hold something the ranking cannot use. */
  onPendingChange?: (pending: boolean) => void;
}

/**
 * The weights tab: five ways to weigh the criteria. Each method keeps its own
 * inputs in the session, so switching method loses nothing; the one chosen is
 * in force, or the direct weights while its inputs cannot give weights yet.
 */
export function WeightsView({ criteria, weighting, normalised, inForce, presets = [], onChange, onPendingChange }: WeightsViewProps) {
  const id = useWeightsIds();
  const { commit, generation } = useWeightingEdits(weighting, onChange);
  const active = weighting.active;
  const [pending, setPending] = useState<Partial<Record<WeightingMethod, boolean>>>({});
  useEffect(() => onPendingChange?.(pending[active] ?? false), [pending, active, onPendingChange]);
  const reportPending = useMemo(
    () => Object.fromEntries(WEIGHTING_METHODS.map((m) => [m, (p: boolean) => setPending((s) => (s[m] === p ? s : { ...s, [m]: p }))])) as Record<WeightingMethod, (pending: boolean) => void>,
    [],
  );
  const setDirect = useCallback((direct: WeightInput) => commit((w) => ({ ...w, direct })), [commit]);
  const setPoints = useCallback((points: Record<string, number> | undefined) => commit((w) => ({ ...w, points })), [commit]);
  const setRanking = useCallback((ranking: Record<string, number>) => commit((w) => ({ ...w, ranking })), [commit]);
  const setSwing = useCallback((swing: Record<string, number> | undefined) => commit((w) => ({ ...w, swing })), [commit]);
  const setAhp = useCallback((ahp: StoredJudgement[]) => commit((w) => ({ ...w, ahp })), [commit]);

  // Every method's view stays mounted, hidden when another is chosen, so that even a half-typed entry survives a switch.
  const panel = (method: WeightingMethod, content: ReactNode) => (
    <div className="method-panel" role="group" aria-label={`${METHOD_LABELS[method]} weighting`} hidden={method !== active}>
      {content}
    </div>
  );
  return (
    <div className="weights-view">
      <fieldset className="method-switcher">
        <legend>Method</legend>
        {WEIGHTING_METHODS.map((m) => (
          <label key={m}>
            <input type="radio" name={id('weighting-method')} value={m} checked={m === active} onChange={() => commit((w) => ({ ...w, active: m }))} /> {METHOD_LABELS[m]}
          </label>
        ))}
      </fieldset>
      {inForce.fallback ? (
        <p className="warning" role="status">
          <strong>The direct weights are in force meanwhile</strong>, because {inForce.fallback}.
        </p>
      ) : null}
      <div key={generation}>
        {panel('direct', <WeightsForm criteria={criteria} weights={weighting.direct} normalised={normalised} presets={presets} onCommit={setDirect} onPendingChange={reportPending.direct} />)}
        {panel('points', <PointsForm criteria={criteria} points={weighting.points} normalised={normalised} onCommit={setPoints} onPendingChange={reportPending.points} />)}
        {panel('ranking', <RankingView criteria={criteria} ranking={weighting.ranking} normalised={normalised} onCommit={setRanking} />)}
        {panel('swing', <SwingForm criteria={criteria} swing={weighting.swing} normalised={normalised} onCommit={setSwing} onPendingChange={reportPending.swing} />)}
        {panel('ahp', <PairwiseView criteria={criteria} judgements={weighting.ahp} normalised={normalised} onCommit={setAhp} />)}
      </div>
    </div>
  );
}

/**
 * Changes to the weighting, each made to the latest one (a form may commit
 * twice before the parent renders again), and a generation that moves on when
 * the weighting is replaced from outside (a session file opened), so that the
 * forms start again from what it holds.
 */
function useWeightingEdits(weighting: Weighting, onChange: (weighting: Weighting) => void) {
  const latest = useRef(weighting);
  const ours = useRef(new WeakSet([weighting]));
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (ours.current.has(weighting)) return;
    ours.current.add(weighting);
    latest.current = weighting;
    setGeneration((g) => g + 1);
  }, [weighting]);
  const commit = useCallback(
    (change: (w: Weighting) => Weighting) => {
      const next = change(latest.current);
      latest.current = next;
      ours.current.add(next);
      onChange(next);
    },
    [onChange],
  );
  return { commit, generation };
}
