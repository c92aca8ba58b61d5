import { inflateSync } from 'node:zlib';

/**
 * Just enough of a PDF reader for the PDFs Chromium (Skia) writes, to check
 * printed pages without a PDF library or a rasteriser: each page's text, in
 * drawing order, and the solid fill colours drawn anywhere in the file.
 * Skia writes plain (uncompressed) object dictionaries, Flate-compressed
 * streams, and text in Type0 fonts (two-byte glyph codes) with ToUnicode maps.
 */
export interface PdfPage {
  text: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

export function readPdf(bytes: Uint8Array): { pages: PdfPage[]; fills: Set<string> } {
  const objects = parseObjects(Buffer.from(bytes));
  const get = (ref: string | undefined) => (ref === undefined ? undefined : objects.get(Number(ref)));
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict))!;
  const pages: PdfPage[] = [];
  const walk = (node: PdfObject) => {
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)![1]!;
      for (const [, ref] of kids.matchAll(/(\d+) 0 R/g)) walk(get(ref)!);
    } else pages.push({ text: pageText(node, get) });
  };
  walk(get(/\/Pages (\d+) 0 R/.exec(catalog.dict)![1])!);
  const fills = new Set<string>();
  for (const object of objects.values()) {
    if (!object.stream) continue;
    for (const [, r, g, b] of object.stream.toString('latin1').matchAll(/(?:^|\s)([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)) fills.add(hex([r, g, b].map(Number)));
  }
  return { pages, fills };
}

function hex(rgb: number[]): string {
  return `#${rgb.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    const streamAt = text.indexOf('stream', start);
    if (streamAt === -1 || streamAt > end) {
      objects.set(Number(m[1]), { dict: text.slice(start, end) });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    const dataStart = streamAt + 'stream'.length + (text.startsWith('\r\n', streamAt + 6) ? 2 : 1);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

/** The page's text: every string it shows, decoded through its font's ToUnicode map, in drawing order. */
function pageText(page: PdfObject, get: (ref: string | undefined) => PdfObject | undefined): string {
  const resources = /\/Resources (\d+) 0 R/.exec(page.dict) ? get(/\/Resources (\d+) 0 R/.exec(page.dict)![1])!.dict : page.dict;
  const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '';
  const fonts = new Map([...fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)].map(([, name, ref]) => [name!, unicodeMap(get(ref)!, get)]));
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)![1]!;
  const stream = [...contents.matchAll(/(\d+) 0 R/g)].map(([, ref]) => get(ref)!.stream!.toString('latin1')).join('\n');
  let font: Map<number, string> | undefined;
  let out = '';
  for (const [, name, shown] of stream.matchAll(/\/(\S+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g)) {
    if (name !== undefined) font = fonts.get(name);
    else for (const [, hexCodes] of shown!.matchAll(/<([0-9A-Fa-f]*)>/g)) for (let k = 0; k + 4 <= hexCodes!.length; k += 4) out += font?.get(parseInt(hexCodes!.slice(k, k + 4), 16)) ?? '\uFFFD';
  }
  return out;
}

/** A Type0 font's glyph codes to the text they stand for, from its ToUnicode CMap (bfchar and bfrange). */
function unicodeMap(font: PdfObject, get: (ref: string | undefined) => PdfObject | undefined): Map<number, string> {
  const map = new Map<number, string>();
  const cmap = get(/\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1])?.stream?.toString('latin1') ?? '';
  const utf16 = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const [, code, to] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code!, 16), utf16(to!));
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to] of block!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const base = parseInt(to!, 16);
      for (let code = parseInt(lo!, 16); code <= parseInt(hi!, 16); code++) map.set(code, String.fromCodePoint(base + code - parseInt(lo!, 16)));
    }
  }
  return map;
}
