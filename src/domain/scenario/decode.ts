import { lineLocator } from '../text/line-position';
import { LIMITS } from './limits';

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

/** The words a decoding message uses for the kind of file being read. */
export interface TextKind {
  /** e.g. "a scenario" */
  name: string;
  /** What such a file is, said after a NUL byte shows it is not text. */
  isText: string;
  /** A note on the usual size, said after a file is refused as too big. */
  usualSize?: string;
}

const SCENARIO: TextKind = { name: 'a scenario', isText: 'a scenario is a YAML or JSON text file', usualSize: 'a scenario is usually under 1 MB' };

/**
 * A scenario file's bytes as text. A scenario is UTF-8; any other encoding is
 * named, with the place where it shows, rather than turned silently into
 * replacement characters. A U+FFFD written in the file is an ordinary character.
 */
export function decodeScenarioBytes(bytes: Uint8Array): DecodeResult {
  return decodeTextBytes(bytes, SCENARIO);
}

/** A text file's bytes as text, by the scenario's rules (size, UTF-8, no NUL), the messages naming `kind`. */
export function decodeTextBytes(bytes: Uint8Array, kind: TextKind): DecodeResult {
  if (bytes.length > LIMITS.fileBytes) {
    return { ok: false, line: 1, column: 1, message: `the file is ${megabytes(bytes.length)}, more than the ${megabytes(LIMITS.fileBytes)} ${kind.name} may be${kind.usualSize ? `; ${kind.usualSize}` : ''}` };
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, line: 1, column: 1, message: `the file is encoded as ${utf16}; save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)` };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, ...positionAfter(bytes.subarray(0, nul)), message: `the file holds a NUL byte here, so it is not a text file (a picture or a word-processor file, say); ${kind.isText}` };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    const { line, column } = positionAfter(bytes.subarray(0, bad));
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      column,
      message: `the byte 0x${byte} here is not valid UTF-8: the file seems to be in another encoding (such as Latin-1 or Windows-1252); save it as UTF-8`,
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

/** "UTF-16 (little-endian)" and the like when the bytes say so by a byte-order mark or by NULs in every other byte. */
function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes[2] === 0 && bytes[3] === 0 ? 'UTF-32' : 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32';
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = sample / 2;
  if (oddZeros > half * 0.4 && evenZeros === 0) return 'UTF-16 (little-endian, without a byte-order mark)';
  if (evenZeros > half * 0.4 && oddZeros === 0) return 'UTF-16 (big-endian, without a byte-order mark)';
  return undefined;
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (RFC 3629), if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return undefined;
}

/** Line and column (1-based, in characters) just after some valid UTF-8 bytes. */
function positionAfter(prefix: Uint8Array): { line: number; column: number } {
  const text = new TextDecoder('utf-8').decode(prefix);
  return lineLocator(text)(text.length);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
