import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../text/canonical-json';
import type { Scenario } from './schema';

/**
 * SHA-256 of the scenario's validated content, so comments, layout and key
 * order in the file do not change it but any change of meaning does.
 * Sessions record it to tell whether the scenario changed under them.
 */
export function scenarioContentHash(scenario: Scenario): string {
  const { $schema: _editorHint, ...content } = scenario;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content, withoutEmptyRanges))));
}

/** A choice with no ranges hashes as it did before ranges existed, so that adding the feature changed no scenario's hash. */
function withoutEmptyRanges(key: string, value: unknown): unknown {
  return key === 'effectRanges' && value !== null && typeof value === 'object' && Object.keys(value).length === 0 ? undefined : value;
}
