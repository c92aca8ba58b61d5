import { EMPTY_MEMO } from './schema';

/**
 * Every change of the session format, oldest first. A migration takes the
 * plain data of one version (already known to be an object with that version
 * number) and returns the data of the next; it must not fail on data the older
 * schema allowed. Each has its own test with a file saved by the older version.
 */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for people reading old files. */
  change: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    change: 'A step at an uncertain outcome may be marked "known": the group knows it happened, and the analysis conditions on it. Version 1 steps are all assumptions.',
    up: (v1) => ({ ...v1, version: 2 }),
  },
  {
    from: 2,
    to: 3,
    change: 'The weighting may keep the inputs of every method (points, ranking, swing, AHP) beside the direct weights; a version 2 session had direct weights only, which stay in force.',
    up: (v2) => ({ ...v2, version: 3 }),
  },
  {
    from: 3,
    to: 4,
    change: 'The session keeps what the group writes for its decision memo (heading, marking, edited bottom line, notes, dissent, open questions); a version 3 session starts with an empty memo.',
    up: (v3) => ({ ...v3, version: 4, memo: EMPTY_MEMO }),
  },
];

/** The data brought up to `target` one migration at a time, or why it cannot be. */
export function migrate(data: Record<string, unknown>, from: number, target: number): { ok: true; data: Record<string, unknown> } | { ok: false; problem: string } {
  let current = data;
  for (let version = from; version < target; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) return { ok: false, problem: `there is no way to read session format ${version} (this version of policy-options reads 1 to ${target})` };
    current = step.up(current);
  }
  return { ok: true, data: current };
}
