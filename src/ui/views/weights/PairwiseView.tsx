import { memo, useMemo, type ReactNode } from 'react';
import { ahpIncomplete, CR_LIMIT, indexedJudgements, mostInconsistent, unlinkedItems, type IncompleteAhpResult, type Judgement } from '../../../domain/mcda';
import type { Criterion } from '../../../domain/scenario';
import { number, percent, plural } from '../../../domain/text/format';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { CriterionName, CriterionTable } from './criterion-cells';
import type { MethodProps } from './method-props';
import { choiceFor, judgementOf, SCALE, valueOfCode, withJudgement, type ScaleChoice, type StoredJudgement } from './saaty-scale';
import { useWeightsIds } from './ids';

export interface PairwiseViewProps extends MethodProps<StoredJudgement[]> {
  judgements: readonly StoredJudgement[] | undefined;
}

const NONE: readonly StoredJudgement[] = [];

/**
 * The analytic hierarchy process: a judgement on Saaty's 1–9 scale for each
 * pair of criteria (some may be left out while the rest link every criterion),
 * the weights from them, and how consistent they are.
 */
export function PairwiseView({ criteria, judgements = NONE, normalised, onCommit }: PairwiseViewProps) {
  const n = criteria.length;
  const indexed = useMemo(() => indexedJudgements(judgements, criteria), [judgements, criteria]);
  const unlinked = useMemo(() => unlinkedItems(n, indexed), [n, indexed]);
  const result = useMemo(() => (unlinked.length === 0 ? ahpIncomplete(n, indexed) : undefined), [n, indexed, unlinked]);
  const missing = useMemo(() => {
    const judged = new Set(indexed.map(({ a, b }) => `${Math.min(a, b)} ${Math.max(a, b)}`));
    return criteria.flatMap((_, i) => criteria.slice(i + 1).flatMap((__, k) => (judged.has(`${i} ${i + 1 + k}`) ? [] : [[i, i + 1 + k] as const])));
  }, [criteria, indexed]);
  const name = (i: number) => (
    <strong>
      <ScenarioText>{criteria[i]!.label}</ScenarioText>
    </strong>
  );

  if (n < 2) return <p>With a single criterion there is nothing to compare.</p>;
  return (
    <div className="pairwise">
      <p className="method-help">
        For each pair, say which criterion matters more and how much, on Saaty's scale from 1 (equal) to 9 (extremely more important). A pair may be left out while the others still link every criterion.
      </p>
      <div className="ahp-summary" aria-live="polite">
        {result ? <Consistency result={result} indexed={indexed} name={name} /> : null}
        {indexed.length === 0 ? (
          <p className="warning">No pair is compared yet.</p>
        ) : unlinked.length > 0 ? (
          <p className="warning">
            Nothing links {list(unlinked.map(name))} to {name(0)} yet: compare {unlinked.length === 1 ? 'it' : 'each of them'} with any criterion that is linked.
          </p>
        ) : null}
        {missing.length > 0 && indexed.length > 0 ? <MissingPairs missing={missing} of={(n * (n - 1)) / 2} name={name} /> : null}
      </div>
      <PairList criteria={criteria} judgements={judgements} onCommit={onCommit} />
      <CriterionTable caption="Weights" criteria={criteria} normalised={normalised} title="From the comparisons" numeric value={(_, j) => (result ? percent(result.weights[j]!) : '–')} />
    </div>
  );
}

/** λmax, CI and CR; above Saaty's limit, the judgements most out of line with the rest, in words. */
function Consistency({ result, indexed, name }: { result: IncompleteAhpResult; indexed: readonly Judgement[]; name: (i: number) => ReactNode }) {
  const figures = (
    <p className="ahp-figures">
      λ<sub>max</sub> {number(result.lambdaMax, 3)} · consistency index {number(result.ci, 3)} · consistency ratio {number(result.cr, 3)}
    </p>
  );
  if (result.cr <= CR_LIMIT) {
    return (
      <>
        {figures}
        <p className="muted">Consistent enough: the ratio is at most {CR_LIMIT.toFixed(2)}.</p>
      </>
    );
  }
  const worst = mostInconsistent(indexed, result.weights).filter((j) => j.factor > 1 + 1e-6);
  return (
    <div className="warning">
      {figures}
      <p>
        <strong>These judgements are not consistent enough</strong>: the consistency ratio is {number(result.cr, 2)}, above {CR_LIMIT.toFixed(2)}, where Saaty advises looking at them again. The most out of line with the rest:
      </p>
      <ul>
        {worst.map((j) => (
          <li key={`${j.a}-${j.b}`}>
            <OutOfLine judgement={j} name={name} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "You rated A 5× more important than B, but your other judgements imply about 1.3×." */
function OutOfLine({ judgement: { a, b, value, implied }, name }: { judgement: Judgement & { implied: number }; name: (i: number) => ReactNode }) {
  if (Math.abs(value - 1) < 1e-9) {
    return (
      <>
        You rated {name(a)} and {name(b)} equally important, but your other judgements imply {morePhrase(a, b, implied, name)}.
      </>
    );
  }
  // Put the criterion the judgement favours first.
  const [more, less, said, ratio] = value > 1 ? [a, b, value, implied] : [b, a, 1 / value, 1 / implied];
  return (
    <>
      You rated {name(more)} {number(said, 2)}× more important than {name(less)}, but your other judgements imply {ratio >= 1 ? <>about {number(ratio, 1)}×</> : <>the opposite: {morePhrase(more, less, ratio, name)}</>}.
    </>
  );
}

/** "A about 2× more important than B" for a ratio of A's weight to B's, turned round when B is the more important. */
function morePhrase(x: number, y: number, ratio: number, name: (i: number) => ReactNode) {
  const [more, less, times] = ratio >= 1 ? [x, y, ratio] : [y, x, 1 / ratio];
  return (
    <>
      {name(more)} about {number(times, 1)}× more important than {name(less)}
    </>
  );
}

/** Up to this many pairs not compared are listed at once; more fold away, so that they do not push the pairs themselves off the screen. */
const MISSING_SHOWN = 6;

/** The pairs not compared yet (each also says "Not compared" where it is judged). */
function MissingPairs({ missing, of, name }: { missing: readonly (readonly [number, number])[]; of: number; name: (i: number) => ReactNode }) {
  const heading = `Not compared yet: ${plural(missing.length, 'pair')} of ${of}.`;
  const pairs = (
    <ul>
      {missing.map(([i, j]) => (
        <li key={`${i}-${j}`}>
          {name(i)} and {name(j)}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="missing-pairs">
      {missing.length <= MISSING_SHOWN ? (
        <>
          <p>{heading}</p>
          {pairs}
        </>
      ) : (
        <details>
          <summary>{heading}</summary>
          {pairs}
        </details>
      )}
    </div>
  );
}

/** "A", "A and B", "A, B and C". */
function list(items: ReactNode[]): ReactNode {
  return items.map((item, k) => (
    <span key={k}>
      {k === 0 ? null : k === items.length - 1 ? ' and ' : ', '}
      {item}
    </span>
  ));
}

/**
 * A select per pair, grouped by the pair's first criterion, so that even 45
 * or more pairs stay easy to find. Memoised: it depends only on the
 * judgements, so a dragged slider elsewhere does not redraw it.
 */
const PairList = memo(function PairList({ criteria, judgements, onCommit }: { criteria: readonly Criterion[]; judgements: readonly StoredJudgement[]; onCommit: (judgements: StoredJudgement[]) => void }) {
  const ids = useWeightsIds();
  return (
    <div className="pair-groups">
      {criteria.slice(0, -1).map((a, i) => (
        <fieldset key={a.id} className="pair-group">
          <legend>
            <CriterionName criterion={a} index={i} /> against…
          </legend>
          {criteria.slice(i + 1).map((b, k) => {
            const j = i + 1 + k;
            const value = judgementOf(judgements, a.id, b.id);
            const current = value === undefined ? undefined : choiceFor(value);
            const id = ids(`pair-${i}-${j}`);
            return (
              <div key={b.id} className="pair">
                <label htmlFor={id}>
                  <CriterionName criterion={b} index={j} />
                </label>
                <select id={id} value={current?.code ?? ''} aria-label={`${isolate(a.label)} against ${isolate(b.label)}`} onChange={(e) => onCommit(withJudgement(judgements, a.id, b.id, valueOfCode(e.target.value)))}>
                  <option value="">Not compared</option>
                  {SCALE.map((choice) => (
                    <option key={choice.code} value={choice.code}>
                      {choiceText(choice, a, b)}
                    </option>
                  ))}
                  {current && !SCALE.includes(current) ? <option value={current.code}>{choiceText(current, a, b)}</option> : null}
                </select>
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
});

/** An option's words: "Safety 5× more important (strong)", or "Equal". */
function choiceText(choice: ScaleChoice, a: Criterion, b: Criterion): string {
  if (!choice.favours) return 'Equal';
  return `${isolate((choice.favours === 'a' ? a : b).label)} ${number(choice.times, 2)}× more important (${choice.words})`;
}
