import type { Migration } from '../format/versioned';
import { EMPTY_MEMO } from './schema';

/** Every change of the session format, oldest first (see `Migration`). */
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
