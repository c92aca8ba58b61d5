import { points } from '../../../domain/text/format';
import { ScenarioText } from '../../components/ScenarioText';
import type { TreeLayout } from './tree-layout';
import { branchMarks, kindName, pathsText, stateText } from './tree-text';

/** The drawn nodes as a nested list with their values: the text alternative to the drawing, and full text where the drawing cuts labels short. */
export function TreeOutline({ layout }: { layout: TreeLayout }) {
  return (
    <ul className="tree-outline-list">
      <OutlineItem layout={layout} index={0} />
    </ul>
  );
}

function OutlineItem({ layout, index }: { layout: TreeLayout; index: number }) {
  const node = layout.nodes[index]!;
  const marks = branchMarks(node);
  const kind = kindName(node.state);
  return (
    <li data-key={node.key}>
      {node.branch ? (
        <>
          <strong>
            <ScenarioText>{node.branch.choice.label}</ScenarioText>
          </strong>
          {marks.length > 0 ? ` (${marks.join(' · ')})` : ''}, then {kind.toLowerCase()}:{' '}
        </>
      ) : (
        `${kind}: `
      )}
      <ScenarioText>{stateText(node.state)}</ScenarioText> <span className="outline-value">{points(node.value)} points</span>
      {node.state.kind !== 'outcome' && !node.expanded ? <span className="muted"> (closed: {pathsText(node.paths)} below)</span> : null}
      {node.children.length > 0 ? (
        <ul>
          {node.children.map((c) => (
            <OutlineItem key={layout.nodes[c]!.key} layout={layout} index={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
