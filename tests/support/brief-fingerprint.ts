import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * What the tests need to know about a source brief without the repository
 * carrying its text: a hash of every run of RUN consecutive words (to catch
 * copying), the numbers it states (to check figures) and its headings (to
 * check citations). Made from the brief's text with
 * `npx tsx tests/support/brief-fingerprint.ts <brief.txt> "<heading>"... > fingerprint.json`.
 */
export interface BriefFingerprint {
  source: string;
  run: number;
  headings: string[];
  numbers: number[];
  runs: string[];
}

/** Runs of this many words may not be copied from the brief. */
export const RUN = 8;

/** Words as compared: HTML tags dropped, case folded, every mark that is not a letter or digit a break ("U.S." is "u s"). */
export function words(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

/** A short hash of one run of words: 64 bits, far from any chance collision among a few thousand runs. */
export function runHash(run: readonly string[]): string {
  return bytesToHex(sha256(utf8ToBytes(run.join(' ')))).slice(0, 16);
}

export function runHashes(text: string, run = RUN): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + run <= w.length; i++) out.push(runHash(w.slice(i, i + run)));
  return out;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The value of one number word, including tens and units run together ("fortythree") or hyphenated. */
function wordValue(word: string): number | undefined {
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  for (let t = 2; t < TENS.length; t++) {
    if (word === TENS[t]) return t * 10;
    if (word.startsWith(TENS[t]!)) {
      const rest = UNITS.indexOf(word.slice(TENS[t]!.length).replace(/^-/, ''));
      if (rest >= 1 && rest <= 9) return t * 10 + rest;
    }
  }
  return undefined;
}

/** Every number the text states, in digits (with thousands separators or a decimal point) or in words. */
export function statedNumbers(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) found.add(Number(m[0].replace(/,/g, '')));
  const tokens = text.toLowerCase().split(/[^a-z-]+/).flatMap((t) => (wordValue(t) === undefined ? t.split('-') : [t]));
  tokens.forEach((t, i) => {
    const v = wordValue(t);
    if (v === undefined) return;
    found.add(v);
    const next = wordValue(tokens[i + 1] ?? '');
    if (v >= 20 && v % 10 === 0 && next !== undefined && next >= 1 && next <= 9) found.add(v + next);
  });
  return [...found].sort((a, b) => a - b);
}

export function fingerprint(source: string, text: string, headings: string[]): BriefFingerprint {
  for (const h of headings) if (!text.includes(h)) throw new Error(`the heading "${h}" is not in the brief`);
  return { source, run: RUN, headings, numbers: statedNumbers(text), runs: [...new Set(runHashes(text))].sort() };
}

if (process.argv[1]?.endsWith('brief-fingerprint.ts')) {
  const [file, ...headings] = process.argv.slice(2);
  if (!file) throw new Error('usage: brief-fingerprint.ts <brief.txt> "<heading>"...');
  const name = file.split('/').at(-1)!;
  process.stdout.write(`${JSON.stringify(fingerprint(name, readFileSync(file, 'utf8'), headings), null, 1)}\n`);
}
