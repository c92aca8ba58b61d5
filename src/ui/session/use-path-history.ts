import { useCallback, useState } from 'react';
import type { Step } from '../../domain/machine';

/** How many earlier paths of each option can be restored. */
const DEPTH = 50;

export interface PathHistory {
  /** Records `previous` as restorable before a change of the option's path. */
  record(optionId: string, previous: readonly Step[]): void;
  /** The path before the last change, if any, and forgets it. */
  takeLast(optionId: string): readonly Step[] | undefined;
  /** How many steps the last change removed (0 when it removed none), for the Undo button's label. */
  lastUndoes(optionId: string, current: readonly Step[]): { available: boolean; steps: number };
}

/**
 * Earlier paths per option for this visit (not saved with the session):
 * Change, Back, Reset and marking outcomes known can all be undone, so going
 * back to step 3 of 7 never silently loses four answers.
 */
export function usePathHistory(): PathHistory {
  const [stacks, setStacks] = useState<ReadonlyMap<string, ReadonlyArray<readonly Step[]>>>(new Map());
  const record = useCallback((optionId: string, previous: readonly Step[]) => {
    setStacks((all) => new Map(all).set(optionId, [...(all.get(optionId) ?? []), previous].slice(-DEPTH)));
  }, []);
  const takeLast = (optionId: string) => {
    const stack = stacks.get(optionId) ?? [];
    const last = stack.at(-1);
    if (last) setStacks((all) => new Map(all).set(optionId, stack.slice(0, -1)));
    return last;
  };
  const lastUndoes = (optionId: string, current: readonly Step[]) => {
    const last = stacks.get(optionId)?.at(-1);
    return { available: last !== undefined, steps: last ? Math.max(0, last.length - current.length) : 0 };
  };
  return { record, takeLast, lastUndoes };
}
