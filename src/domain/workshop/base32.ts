import { q } from '../text/quote';

/**
 * Crockford's base 32: digits and capital letters without I, L, O and U, so a
 * code read aloud or copied by hand is not mistaken (and says nothing rude).
 * Reading is forgiving as Crockford specifies: any case, O for 0, I and L for
 * 1, and spaces and hyphens between groups ignored.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VALUE = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));
for (const [alias, digit] of [['O', '0'], ['I', '1'], ['L', '1']] as const) VALUE.set(alias, VALUE.get(digit)!);

export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let buffer = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return bits > 0 ? out + ALPHABET[(buffer << (5 - bits)) & 31] : out;
}

/** The bytes of a code, or what keeps it from being one. */
export function fromBase32(code: string): { ok: true; bytes: Uint8Array } | { ok: false; problem: string } {
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  const characters = [...code];
  for (let i = 0; i < characters.length; i++) {
    const ch = characters[i]!;
    if (/[\s-]/.test(ch)) continue;
    const value = VALUE.get(ch.toUpperCase());
    if (value === undefined) return { ok: false, problem: `character ${i + 1} of the code, ${q(ch)}, cannot be in a code (it uses the digits and the letters other than I, L, O and U)` };
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // What is left over is the padding of the last character: zero in a whole code.
  if (bits >= 5 || buffer !== 0) return { ok: false, problem: 'the code has a character missing or one too many at its end' };
  return { ok: true, bytes: Uint8Array.from(bytes) };
}

/** The code in groups of `size` characters joined by hyphens, for reading aloud. */
export function grouped(code: string, size = 4): string {
  return (code.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join('-');
}
