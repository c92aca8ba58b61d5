import type { ReactNode } from 'react';
import type { Criterion } from '../../../domain/scenario';
import { percent } from '../../../domain/text/format';
import { ScenarioText } from '../../components/ScenarioText';
import { criterionFill } from '../../palette';

/** A criterion's colour (as in the ranking's key) and label. */
export function CriterionName({ criterion, index }: { criterion: Criterion; index: number }) {
  return (
    <>
      <span className="swatch" style={{ background: criterionFill(index) }} aria-hidden="true" /> <ScenarioText>{criterion.label}</ScenarioText>
    </>
  );
}

export function DirectionNote({ criterion }: { criterion: Criterion }) {
  return <div className="muted small">{criterion.direction === 'benefit' ? 'higher is better' : 'lower is better'}</div>;
}

/** A criterion's share of the weights in force (what the ranking uses): a bar and the percentage. */
export function ShareCell({ share, index }: { share: number; index: number }) {
  return (
    <td className="share">
      <span className="share-bar" style={{ width: `${share * 100}%`, background: criterionFill(index) }} aria-hidden="true" />
      <span className="num">{percent(share)}</span>
    </td>
  );
}

/** A criterion's name as the label of its field (the label's id is `${htmlFor}-label`, for a slider beside the field), and its direction. */
export function LabelledCriterion({ criterion, index, htmlFor }: { criterion: Criterion; index: number; htmlFor: string }) {
  return (
    <>
      <label id={`${htmlFor}-label`} htmlFor={htmlFor}>
        <CriterionName criterion={criterion} index={index} />
      </label>
      <DirectionNote criterion={criterion} />
    </>
  );
}

export interface CriterionTableProps {
  criteria: readonly Criterion[];
  normalised: readonly number[];
  /** The heading of the caller's column. */
  title: string;
  /** The caller's cell for each criterion. */
  value: (criterion: Criterion, index: number) => ReactNode;
  /** Each row's heading; the criterion's name unless given. */
  head?: (criterion: Criterion, index: number) => ReactNode;
  className?: string;
  /** For a column of figures: right-aligned. */
  numeric?: boolean;
  caption?: string;
  foot?: ReactNode;
}

/** One row a criterion, in criterion order: its name, a column of the caller's, and its share of the weights in force. */
export function CriterionTable({ criteria, normalised, title, value, head = (c, j) => <CriterionName criterion={c} index={j} />, className, numeric = false, caption, foot }: CriterionTableProps) {
  const align = numeric ? 'num' : undefined;
  return (
    <table className={className}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col" className={align}>
            {title}
          </th>
          <th scope="col">Share in force</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c, j) => (
          <tr key={c.id}>
            <th scope="row">{head(c, j)}</th>
            <td className={align}>{value(c, j)}</td>
            <ShareCell share={normalised[j]!} index={j} />
          </tr>
        ))}
      </tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
}
