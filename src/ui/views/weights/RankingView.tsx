import { weightsFromRanks, type RankMethod } from '../../../domain/mcda';
import { own } from '../../../domain/records/own';
import { percent } from '../../../domain/text/format';
import { CriterionName } from './criterion-cells';
import { numbersById } from './form-schemas';
import type { MethodProps } from './method-props';
import { OrderTable } from './OrderTable';
import { move, ranksFromTiers, setTiedWithAbove, tiersFromRanks, type Tiers } from './ranking-order';

export interface RankingViewProps extends MethodProps<Record<string, number>> {
  /** Rank by criterion id (1 most important, equal ranks tied); none until the group has ranked. */
  ranking: Record<string, number> | undefined;
}

const METHODS: readonly { method: RankMethod; title: string }[] = [
  { method: 'centroid', title: 'Rank-order centroid (used)' },
  { method: 'sum', title: 'Rank sum' },
  { method: 'reciprocal', title: 'Reciprocal rank' },
];

/** Weights from an order of importance alone: the group orders the criteria (ties allowed), the rank-order centroid gives the weights. */
export function RankingView({ criteria, ranking, normalised, onCommit }: RankingViewProps) {
  const ranks = criteria.map((c) => own(ranking ?? {}, c.id));
  const tiers = tiersFromRanks(ranks);
  const complete = ranks.every((r) => r !== undefined);
  const commit = (next: Tiers) => onCommit(numbersById(criteria, ranksFromTiers(next)));
  const order = ranksFromTiers(tiers);
  const weights = METHODS.map(({ method }) => weightsFromRanks(order, method));

  return (
    <div className="ranking-method">
      <p className="method-help">
        Order the criteria, most important first; criteria that matter as much as each other share a rank. The weights come from the order alone, by the rank-order centroid (Barron and Barrett 1996); rank-sum and
        reciprocal-rank weights are below for comparison.
      </p>
      {complete ? null : (
        <div className="toolbar">
          <p className="muted">Not every criterion is ranked yet. Move them into order, or take the order below as it stands:</p>
          <button type="button" onClick={() => commit(tiers)}>
            Use this order
          </button>
        </div>
      )}
      <OrderTable
        criteria={criteria}
        tiers={tiers}
        normalised={normalised}
        label="Criteria in order of importance"
        onMove={(item, direction) => commit(move(tiers, item, direction))}
        onTie={(item, tied) => commit(setTiedWithAbove(tiers, item, tied))}
      />
      <table className="rank-weights">
        <caption>{complete ? 'Weights from this order' : 'Weights this order would give'}</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {METHODS.map(({ method, title }) => (
              <th key={method} scope="col" className="num">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tiers.flat().map((item) => (
            <tr key={criteria[item]!.id}>
              <th scope="row">
                <CriterionName criterion={criteria[item]!} index={item} />
              </th>
              {weights.map((w, m) => (
                <td key={METHODS[m]!.method} className="num">
                  {percent(w[item]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
