import { crc32 } from 'node:zlib';
import { unzlibSync } from 'fflate';

export interface DecodedPng {
  width: number;
  height: number;
  /** The pixel at (x, y) as "#RRGGBB". */
  colour(x: number, y: number): string;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads back the PNGs the memo writes (8-bit RGB, no interlace, filter 0 on
 * every line), checking on the way what a strict reader checks: the
 * signature, each chunk's CRC (with Node's own CRC-32, not the encoder's),
 * IHDR first and IEND last, and the inflated size.
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Array<{ type: string; data: Uint8Array }> = [];
  for (let at = 8; at < bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (view.getUint32(at + 8 + length) !== crc32(bytes.subarray(at + 4, at + 8 + length))) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') throw new Error(`chunks out of order: ${chunks.map((c) => c.type).join(' ')}`);
  const header = new DataView(chunks[0].data.buffer, chunks[0].data.byteOffset, 13);
  const width = header.getUint32(0);
  const height = header.getUint32(4);
  if ([...chunks[0].data.subarray(8)].join() !== '8,2,0,0,0') throw new Error('not 8-bit RGB without interlace');
  const idat = chunks.filter((c) => c.type === 'IDAT').map((c) => c.data);
  const raw = unzlibSync(Uint8Array.from(idat.flatMap((d) => [...d])));
  const stride = width * 3 + 1;
  if (raw.length !== stride * height) throw new Error(`inflated to ${raw.length} bytes, not ${stride * height}`);
  for (let y = 0; y < height; y++) if (raw[y * stride] !== 0) throw new Error(`line ${y} uses filter ${raw[y * stride]}`);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  return {
    width,
    height,
    colour(x, y) {
      const at = y * stride + 1 + x * 3;
      return `#${hex(raw[at]!)}${hex(raw[at + 1]!)}${hex(raw[at + 2]!)}`;
    },
  };
}
