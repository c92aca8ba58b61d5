import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../text/canonical-json';
import type { Workshop } from './schema';

/**
 * SHA-256 of the workshop's content, however its file is laid out: what a
 * memo records so that a reader can tell they hold the workshop it was made
 * from (the app keeps the workshop as data, not as the bytes of a file).
 */
export function workshopContentHash(workshop: Workshop): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(workshop))));
}
