/** A loop found by `depthFirst`: the states around it, and the choice that closes it. */
export interface Loop {
  states: string[];
  from: string;
  choiceIndex: number;
}

/**
 * One depth-first walk from `initial` over the states that `targetsOf` names,
 * with an explicit stack, so that a chain of thousands of states cannot
 * overflow the call stack: the states reached in topological order (every
 * state before the states it leads to), or the first loop met.
 * `targetsOf` must know every state it is given.
 */
export function depthFirst(initial: string, targetsOf: (state: string) => readonly string[]): { order: string[]; loop?: Loop } {
  const postOrder: string[] = [];
  const done = new Set<string>();
  const onPath = new Map<string, number>();
  const path: Array<{ id: string; targets: readonly string[]; next: number }> = [];
  const enter = (id: string) => {
    onPath.set(id, path.length);
    path.push({ id, targets: targetsOf(id), next: 0 });
  };
  enter(initial);
  while (path.length > 0) {
    const top = path.at(-1)!;
    if (top.next < top.targets.length) {
      const choiceIndex = top.next++;
      const target = top.targets[choiceIndex]!;
      if (done.has(target)) continue;
      const loopStart = onPath.get(target);
      if (loopStart !== undefined) return { order: [], loop: { states: [...path.slice(loopStart).map((p) => p.id), target], from: top.id, choiceIndex } };
      enter(target);
    } else {
      path.pop();
      onPath.delete(top.id);
      done.add(top.id);
      postOrder.push(top.id);
    }
  }
  return { order: postOrder.reverse() };
}
