import type { ReactNode } from 'react';

/** What the shapes, lines and marks of the tree mean; the icons use the drawing's own classes, so they look the same. */
export function TreeLegend() {
  return (
    <ul className="tree-legend" aria-label="Legend">
      <li>
        <Icon>
          <rect className="node-shape decision" x={4} y={4} width={16} height={16} />
        </Icon>
        <span>Decision</span>
      </li>
      <li>
        <Icon>
          <circle className="node-shape chance" cx={12} cy={12} r={8.5} />
        </Icon>
        <span>Uncertain outcome</span>
      </li>
      <li>
        <Icon>
          <polygon className="node-shape outcome" points="4,12 20,4 20,20" />
        </Icon>
        <span>Outcome</span>
      </li>
      <li className="plan">
        <Icon wide>
          <path className="branch-line" d="M 2 12 H 38" />
        </Icon>
        <span>Plan&apos;s choice: <strong>yours</strong> (the group decided) or <strong>best</strong> (by expected value; <strong>tie</strong> if equal)</span>
      </li>
      <li className="stepped">
        <Icon wide>
          <path className="stepped-band" d="M 2 12 H 38" />
          <path className="branch-line" d="M 2 12 H 38" />
        </Icon>
        <span>Stepped path (<strong>here</strong>: where it has got to; <strong>known</strong>: an outcome known to have happened)</span>
      </li>
      <li>
        <span>
          <strong>+</strong> closed, <strong>−</strong> open; under each node, its expected value in points out of 100 under the plan
        </span>
      </li>
    </ul>
  );
}

function Icon({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <svg className="legend-icon" width={wide ? 40 : 24} height={24} viewBox={`0 0 ${wide ? 40 : 24} 24`} aria-hidden="true">
      {children}
    </svg>
  );
}
