import type { TreeLayout } from './tree-layout';

/**
 * Moves between drawn nodes as the tree is laid out: the root at the left,
 * each level a column. Left and right go to the parent and the first child;
 * up and down to the next node in the same column (a sibling, or a cousin
 * across the gap), so the arrows follow what the eye sees.
 */
export type TreeMove = 'parent' | 'child' | 'up' | 'down' | 'first' | 'last';

export const KEY_MOVES: Readonly<Record<string, TreeMove>> = {
  ArrowLeft: 'parent',
  ArrowRight: 'child',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

/** The node a move leads to from node `from`, or undefined when there is none. */
export function neighbour(layout: TreeLayout, from: number, move: TreeMove): number | undefined {
  const { nodes } = layout;
  const node = nodes[from]!;
  switch (move) {
    case 'parent':
      return node.parent >= 0 ? node.parent : undefined;
    case 'child':
      return node.children[0];
    case 'first':
      return 0;
    case 'last':
      return nodes.length - 1;
    case 'up':
      // Depth first order lists each column top to bottom, so the nearest node above comes last before this one.
      for (let i = from - 1; i >= 0; i--) if (nodes[i]!.depth === node.depth) return i;
      return undefined;
    case 'down':
      for (let i = from + 1; i < nodes.length; i++) if (nodes[i]!.depth === node.depth) return i;
      return undefined;
  }
}

/** The drawn node for a key that may have been closed away: the key itself, or its nearest drawn ancestor. */
export function drawnNodeFor(layout: TreeLayout, key: string): number {
  let k = key;
  for (;;) {
    const i = layout.index.get(k);
    if (i !== undefined) return i;
    const cut = k.lastIndexOf('/');
    k = cut < 0 ? '' : k.slice(0, cut);
  }
}
