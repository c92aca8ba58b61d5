import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { keys } from './keys';

/**
 * Copies saved text aside under a key named by its content, so that doing it
 * twice is harmless, before anything replaces it. Returns the key, or
 * undefined when the browser refuses to store it.
 */
export function setAside(storage: Storage, workspace: string, text: string): string | undefined {
  const key = keys.setAside(workspace, contentDigest(text));
  try {
    storage.setItem(key, text);
    return key;
  } catch {
    return undefined;
  }
}

/** A short name for a text, the same for the same text. */
export function contentDigest(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 16);
}
