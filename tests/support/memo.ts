import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { buildMemo, type MemoDocument, type MemoInput } from '../../src/domain/memo';
import { scenarioContentHash, type Scenario } from '../../src/domain/scenario';
import { createSession, serialiseSession, type Memo, type Session } from '../../src/domain/session';
import type { Workshop } from '../../src/domain/workshop';
import { loadValid } from './files';

export const BRIEF = 'scenarios/iraq-pm-drone-strike-2021.yaml';
export const TWO_OPTIONS = 'tests/fixtures/valid/two-options.yaml';

/** The Monte Carlo the memo tests use: fewer samples than the command line's default, the same kind of draw. */
export const TEST_MONTE_CARLO = { samples: 2_000, settings: { seed: 7, weights: { kind: 'uniform' as const }, ranges: true } };

export interface MemoCase {
  scenario: Scenario;
  session: Session;
  /** SHA-256 of the session as saved, as the command line records it. */
  sessionHash: string;
  doc: MemoDocument;
}

/** A memo for a scenario file, from a fresh session changed by `change` (weights, steps, memo text), and from a workshop if given, as the app or the command line would make it. */
export function memoCase(
  file: string,
  change: (session: Session) => Session = (s) => s,
  { date = '2026-12-01', monteCarlo = TEST_MONTE_CARLO, workshop }: { date?: string; monteCarlo?: MemoInput['monteCarlo']; workshop?: Workshop } = {},
): MemoCase {
  const scenario = loadValid(file);
  const session = change(createSession(scenario, new Date(0)));
  const sessionHash = bytesToHex(sha256(utf8ToBytes(serialiseSession(session))));
  const doc = buildMemo({ scenario, scenarioHash: scenarioContentHash(scenario), session, sessionHash, date, monteCarlo, ...(workshop ? { workshop } : {}) });
  return { scenario, session, sessionHash, doc };
}

/** The session with its memo fields changed. */
export function withMemoText(memo: Partial<Memo>): (session: Session) => Session {
  return (session) => ({ ...session, memo: { ...session.memo, ...memo } });
}

/** HTML as a browser reads it, for tests in jsdom (`// @vitest-environment jsdom`): nothing in it runs. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
