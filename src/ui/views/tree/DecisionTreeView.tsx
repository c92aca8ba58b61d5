import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TreeValues } from '../../../domain/analysis';
import { followPath, type Step } from '../../../domain/machine';
import type { Option, Scenario } from '../../../domain/scenario';
import { points } from '../../../domain/text/format';
import { isolate, ScenarioText } from '../../components/ScenarioText';
import { TreeLegend } from './TreeLegend';
import { TreeNodeSvg } from './TreeNodeSvg';
import { TreeOutline } from './TreeOutline';
import { defaultExpansion, NODE_CAP, toggleExpansion, type Expansion } from './tree-expansion';
import { GEOMETRY, layoutTree, type TreeNode } from './tree-layout';
import { drawnNodeFor, KEY_MOVES, neighbour } from './tree-navigation';
import { kindName, pathsText, stateText } from './tree-text';

export interface DecisionTreeViewProps {
  scenario: Scenario;
  option: Option;
  /** `treeValues(analysis.contexts.get(option.id)!)`. */
  values: TreeValues;
  /** The group's stepped path for this option. */
  path: readonly Step[];
  /** Called with the part of the stepped path that leads to a node on it. */
  onOpenInStepper: (path: Step[]) => void;
  /** In the scenario editor: the button (and `O`) goes to any node's state form instead of the stepper. */
  onShowState?: (stateId: string) => void;
}

/**
 * One option drawn as a decision tree, as decision analysts draw them: root
 * at the left, squares for decisions, circles for uncertain outcomes,
 * triangles for outcomes, the expected value at every node, the plan's
 * choices and the stepped path marked. Only part of the tree is ever drawn
 * (see tree-expansion.ts); nodes open and close by click or keyboard.
 */
export function DecisionTreeView({ scenario, option, values, path, onOpenInStepper, onShowState }: DecisionTreeViewProps) {
  const id = useId();
  const steps = useMemo(() => followPath(option, path).valid, [option, path]);
  // What the user opened or closed holds until the option or the stepped path changes; until then the view follows the plan as the weights change.
  const basis = `${option.id}:${steps.map((s) => s.choice).join('/')}`;
  const [chosen, setChosen] = useState<{ basis: string; expanded: Expansion }>();
  const expanded = useMemo(() => (chosen?.basis === basis ? chosen.expanded : defaultExpansion(option, values, steps)), [chosen, basis, option, values, steps]);
  const layout = useMemo(() => layoutTree(option, values, steps, expanded), [option, values, steps, expanded]);

  // Roving tabindex: one node is the tab stop. If it is closed away, its nearest drawn ancestor takes over.
  const [activeKey, setActiveKey] = useState('');
  const activeIndex = drawnNodeFor(layout, activeKey);
  const active = layout.nodes[activeIndex]!;
  const elements = useRef(new Map<string, SVGGElement>());
  const focusAfterRender = useRef(false);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    elements.current.get(active.key)?.focus();
  });

  // A tall tree starts scrolled to where the group stands (the root before any step), not to its empty top corner;
  // only when the option or the stepped path changes, so that opening and closing nodes never moves the view.
  const scrollBox = useRef<HTMLDivElement>(null);
  const here = layout.nodes.reduce((deepest, n) => (n.onPath && n.depth > deepest.depth ? n : deepest));
  useLayoutEffect(() => {
    const box = scrollBox.current;
    if (!box) return;
    // A third of the way down: on a short projector screen the top of the box is what is in view.
    box.scrollTop = Math.max(0, here.y - box.clientHeight / 3);
    box.scrollLeft = Math.max(0, here.x - GEOMETRY.column);
  }, [basis]);

  const setExpanded = (next: Expansion) => setChosen({ basis, expanded: next });
  const toggle = (node: TreeNode) => {
    setActiveKey(node.key);
    if (node.state.kind !== 'outcome') setExpanded(toggleExpansion(expanded, node.key));
  };
  const openInStepper = (node: TreeNode) => {
    if (onShowState) onShowState(node.stateId);
    else if (node.onPath) onOpenInStepper(steps.slice(0, node.depth));
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = Object.hasOwn(KEY_MOVES, event.key) ? KEY_MOVES[event.key] : undefined;
    if (event.key === 'Enter' || event.key === ' ') toggle(active);
    else if (event.key === 'o' || event.key === 'O') openInStepper(active);
    // As in a WAI-ARIA tree, → on a closed node opens it; a second → goes in.
    else if (move === 'child' && !active.expanded && active.state.kind !== 'outcome') toggle(active);
    else if (move) {
      const to = neighbour(layout, activeIndex, move);
      if (to !== undefined) setActiveKey(layout.nodes[to]!.key);
    } else return;
    event.preventDefault();
    focusAfterRender.current = true;
  };

  const actorId = active.state.kind === 'outcome' ? undefined : active.state.actor;
  const actor = actorId ? scenario.actors.find((a) => a.id === actorId) : undefined;
  const stepped = steps.length > 0;
  return (
    <section className="decision-tree" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Decision tree: <ScenarioText>{option.label}</ScenarioText>
      </h2>
      <div className="toolbar">
        <button type="button" onClick={() => setChosen(undefined)} title={`Open the stepped path and the plan's route again (up to ${NODE_CAP} nodes)`}>
          Expand plan
        </button>
        <button type="button" onClick={() => setExpanded(new Set())}>
          Collapse all
        </button>
        <button type="button" onClick={() => openInStepper(active)} disabled={!onShowState && !active.onPath} aria-keyshortcuts="O">
          {onShowState ? 'Show its form' : 'Open in the stepper'}
        </button>
        <span className="muted small">
          {layout.nodes.length} {layout.nodes.length === 1 ? 'node' : 'nodes'} drawn of {pathsText(layout.nodes[0]!.paths)} through this option.
        </span>
      </div>
      <TreeLegend />
      <div className="tree-scroll" ref={scrollBox}>
        <svg
          role="tree"
          className="tree-svg"
          aria-label={`Decision tree: ${isolate(option.label)}`}
          aria-describedby={`${id}-keys`}
          width={layout.width}
          height={layout.height}
          onKeyDown={onKeyDown}
        >
          {layout.nodes.map((node, i) => {
            const parent = node.parent >= 0 ? layout.nodes[node.parent] : undefined;
            return (
              <TreeNodeSvg
                key={node.key}
                node={node}
                parent={parent}
                position={parent ? parent.children.indexOf(i) + 1 : 1}
                tabStop={node === active}
                stepped={stepped}
                nodeRef={(element) => {
                  if (element) elements.current.set(node.key, element);
                  else elements.current.delete(node.key);
                }}
                onClick={() => toggle(node)}
                onFocus={() => setActiveKey(node.key)}
              />
            );
          })}
        </svg>
      </div>
      <p className="tree-selected">
        <span className="muted">Selected:</span> {kindName(active.state)}
        {actor ? (
          <>
            {' '}
            (<ScenarioText>{actor.name}</ScenarioText>)
          </>
        ) : null}
        : <ScenarioText>{stateText(active.state)}</ScenarioText>
        {active.branch ? (
          <>
            {' · reached by '}
            <ScenarioText>{active.branch.choice.label}</ScenarioText>
          </>
        ) : null}
        {' · '}
        <strong>{points(active.value)} points</strong> expected
        {active.state.kind !== 'outcome' ? ` · ${pathsText(active.paths)} from here` : ''}
      </p>
      <p className="muted small" id={`${id}-keys`}>
        Keys: arrows move (← parent, → child, ↑ ↓ along a column), Enter or Space opens or closes, O {onShowState ? "goes to the node's state form" : 'opens a node of the stepped path in the stepper'}.
      </p>
      <details className="tree-outline">
        <summary>The tree as text</summary>
        <TreeOutline layout={layout} />
      </details>
    </section>
  );
}
