import type { Problem, Scenario } from '../../domain/scenario';

/** A scenario file the app knows of: loaded, or refused with its problems. */
export type ScenarioEntry =
  | { origin: 'bundled' | 'opened'; file: string; ok: true; scenario: Scenario; hash: string }
  | { origin: 'bundled' | 'opened'; file: string; ok: false; problems: Problem[] };
