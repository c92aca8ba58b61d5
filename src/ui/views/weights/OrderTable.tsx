import { useEffect, useRef, type ReactNode } from 'react';
import type { Criterion } from '../../../domain/scenario';
import { rankLabel } from '../../../domain/text/format';
import { isolate } from '../../components/ScenarioText';
import { CriterionName, ShareCell } from './criterion-cells';
import { move, ranksFromTiers, tiedWithAbove, type Direction, type Tiers } from './ranking-order';

export interface OrderTableProps {
  criteria: readonly Criterion[];
  tiers: Tiers;
  normalised: readonly number[];
  /** The table's name for assistive technology. */
  label: string;
  onMove: (item: number, direction: Direction) => void;
  /** Given when ties are allowed: a criterion can share the rank of the one above it. */
  onTie?: (item: number, tied: boolean) => void;
  /** The criterion's label, wrapped as the caller needs (a <label> for a field in `extra`). */
  name?: (item: number, name: ReactNode) => ReactNode;
  /** Said under a criterion's name (a swing's levels). */
  describe?: (item: number) => ReactNode;
  /** A column of the caller's own, before the shares. */
  extra?: { title: string; cell: (item: number, position: number) => ReactNode };
}

const other = (d: Direction): Direction => (d === 'up' ? 'down' : 'up');

/** Criteria in order of importance, with buttons to move each up or down (and tie it with the one above), and the shares in force. */
export function OrderTable({ criteria, tiers, normalised, label, onMove, onTie, name = (_, n) => n, describe, extra }: OrderTableProps) {
  const ranks = ranksFromTiers(tiers);
  const inTie = new Set(tiers.filter((t) => t.length > 1).flat());
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // A moved row may be taken out of the page and put back, which drops focus: put it back on the button pressed
  // (or, at the end of the list where that one is now disabled, on its partner), so the keys can go on moving it.
  const refocus = useRef<{ item: number; direction: Direction }>(undefined);
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = undefined;
    const same = buttons.current.get(`${wanted.item}-${wanted.direction}`);
    (same && !same.disabled ? same : buttons.current.get(`${wanted.item}-${other(wanted.direction)}`))?.focus();
  });
  const press = (item: number, direction: Direction) => {
    refocus.current = { item, direction };
    onMove(item, direction);
  };

  return (
    <table className="order-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Criterion</th>
          <th scope="col">Order</th>
          {extra ? <th scope="col">{extra.title}</th> : null}
          <th scope="col">Share in force</th>
        </tr>
      </thead>
      <tbody>
        {tiers.flat().map((item, position) => {
          const c = criteria[item]!;
          const button = (direction: Direction, arrow: string) => (
            <button
              type="button"
              ref={(el) => {
                if (el) buttons.current.set(`${item}-${direction}`, el);
                else buttons.current.delete(`${item}-${direction}`);
              }}
              aria-label={`Move ${isolate(c.label)} ${direction}`}
              title={`Move ${direction}`}
              disabled={move(tiers, item, direction) === tiers}
              onClick={() => press(item, direction)}
            >
              <span aria-hidden="true">{arrow}</span>
            </button>
          );
          return (
            <tr key={c.id}>
              <td className="num rank-cell">{rankLabel(ranks[item]!, inTie.has(item))}</td>
              <th scope="row">
                {name(item, <CriterionName criterion={c} index={item} />)}
                {describe?.(item)}
              </th>
              <td>
                <div className="order-controls">
                  <span className="move-buttons">
                    {button('up', '↑')}
                    {button('down', '↓')}
                  </span>
                  {onTie && position > 0 ? (
                    <label className="small tie">
                      <input type="checkbox" checked={tiedWithAbove(tiers, item)} aria-label={`${isolate(c.label)}: tied with the one above`} onChange={(e) => onTie(item, e.target.checked)} /> tie with above
                    </label>
                  ) : null}
                </div>
              </td>
              {extra ? <td>{extra.cell(item, position)}</td> : null}
              <ShareCell share={normalised[item]!} index={item} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
