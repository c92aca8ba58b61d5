import { useRef } from 'react';
import { points } from '../../../domain/text/format';
import { isolate } from '../../components/ScenarioText';
import { fitText } from './fit-text';
import { GEOMETRY as G, type TreeNode } from './tree-layout';
import { branchMarks, describeNode, pathsText } from './tree-text';

const HALF = G.node / 2;

export interface TreeNodeSvgProps {
  node: TreeNode;
  parent: TreeNode | undefined;
  /** 1-based place among its siblings, for assistive technology. */
  position: number;
  /** The tree's one tab stop (roving tabindex). */
  tabStop: boolean;
  /** Whether the group has taken any step: only then is the stepped path spoken of. */
  stepped: boolean;
  nodeRef: (element: SVGGElement | null) => void;
  onClick: () => void;
  onFocus: () => void;
}

/**
 * One drawn node: the branch that leads to it (line, label, marks) and the
 * node itself (shape, value, what lies beyond). The treeitem holds the shape
 * only. Its label says in words all that is drawn, and the drawing is hidden
 * from assistive technology so it is not read twice; drawn text inside the
 * treeitem would also be a visible label that its name does not contain
 * (axe's label-content-name-mismatch). A click anywhere on the drawing acts
 * on the node, as a click on the shape does.
 */
export function TreeNodeSvg({ node, parent, position, tabStop, stepped, nodeRef, onClick, onFocus }: TreeNodeSvgProps) {
  const classes = ['tree-entry', node.branch?.plan ? 'plan' : '', node.onPath && parent ? 'stepped' : ''].filter(Boolean).join(' ');
  const item = useRef<SVGGElement | null>(null);
  return (
    <g
      className={classes}
      data-key={node.key}
      onClick={() => {
        item.current?.focus();
        onClick();
      }}
    >
      {parent ? (
        <g aria-hidden="true">
          <Branch node={node} parent={parent} />
        </g>
      ) : null}
      <g
        role="treeitem"
        className="tree-node"
        aria-level={node.depth + 1}
        aria-setsize={parent ? parent.children.length : 1}
        aria-posinset={position}
        aria-expanded={node.state.kind === 'outcome' ? undefined : node.expanded}
        aria-label={describeNode(node, stepped)}
        data-key={node.key}
        tabIndex={tabStop ? 0 : -1}
        ref={(element) => {
          item.current = element;
          nodeRef(element);
        }}
        onFocus={onFocus}
      >
        <NodeShape node={node} />
      </g>
      <g aria-hidden="true">
        <NodeText node={node} />
      </g>
    </g>
  );
}

/** An elbow from the parent, TreeAge style; the label above its last run, the marks below. */
function Branch({ node, parent }: { node: TreeNode; parent: TreeNode }) {
  const branch = node.branch!;
  const elbow = parent.x + HALF + G.stub;
  const line = `M ${parent.x + HALF} ${parent.y} H ${elbow} V ${node.y} H ${node.x - HALF}`;
  const left = elbow + G.gap;
  const width = node.x - HALF - G.gap - left;
  const marks = branchMarks(node);
  return (
    <>
      {node.onPath ? <path className="stepped-band" d={line} /> : null}
      <path className="branch-line" d={line} />
      <TextSlot className="branch-label" text={branch.choice.label} x={left} bottom={node.y - 4} width={width} lines={G.labelLines} bold={branch.plan !== undefined} />
      {marks.length > 0 ? (
        <text className="branch-marks" x={left} y={node.y + G.lineHeight} fontSize={G.fontMark}>
          {marks.join(' · ')}
        </text>
      ) : null}
    </>
  );
}

function NodeShape({ node }: { node: TreeNode }) {
  const { x, y, state } = node;
  const ring = HALF + 7;
  return (
    <>
      <rect className="focus-ring" x={x - ring} y={y - ring} width={2 * ring} height={2 * ring} rx={6} />
      {state.kind === 'decision' ? (
        <rect className="node-shape decision" x={x - HALF} y={y - HALF} width={G.node} height={G.node} />
      ) : state.kind === 'chance' ? (
        <circle className="node-shape chance" cx={x} cy={y} r={HALF + 1} />
      ) : (
        <polygon className="node-shape outcome" points={`${x - HALF},${y} ${x + HALF},${y - HALF} ${x + HALF},${y + HALF}`} />
      )}
    </>
  );
}

/** The node's glyph (+ or −), its value, and its outcome or the paths below it. */
function NodeText({ node }: { node: TreeNode }) {
  const { x, y, state } = node;
  return (
    <>
      {state.kind !== 'outcome' ? (
        <text className="node-glyph" x={x} y={y + 5} textAnchor="middle" fontSize={16}>
          {node.expanded ? '−' : '+'}
        </text>
      ) : null}
      <text className="node-value" x={x} y={y + HALF + G.lineHeight} textAnchor="middle" fontSize={G.fontLabel}>
        {points(node.value)}
      </text>
      {state.kind === 'outcome' ? (
        <TextSlot className="outcome-summary" text={state.summary} x={x + HALF + G.gap} bottom={y + 5 + 4} width={G.trailing - 2 * G.gap} lines={1} />
      ) : !node.expanded ? (
        <text className="node-more" x={x + HALF + G.gap} y={y + 5} fontSize={G.fontMark}>
          {pathsText(node.paths)} below
        </text>
      ) : null}
    </>
  );
}

/**
 * Scenario text in a box: fitted to the width, "…" and the full text as a
 * tooltip when cut, isolated for direction, and clipped by a nested <svg>
 * (which clips to its own box) in case the width estimate falls short.
 */
function TextSlot({ className, text, x, bottom, width, lines, bold = false }: { className: string; text: string; x: number; bottom: number; width: number; lines: number; bold?: boolean }) {
  const fitted = fitText(text, width / G.fontLabel, lines, { bold });
  const height = lines * G.lineHeight + 4;
  return (
    <svg x={x} y={bottom - height} width={width} height={height} className="text-slot">
      <text className={className} fontSize={G.fontLabel}>
        {fitted.truncated ? <title>{isolate(text)}</title> : null}
        {fitted.lines.map((line, i) => (
          <tspan key={i} x={0} y={height - 4 - (fitted.lines.length - 1 - i) * G.lineHeight}>
            {isolate(line)}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
