import { projectSource, rawRange } from './projection';

/** The tool is for paraphrase with citation: this many consecutive words of the source in a fact are a copy. */
export const COPIED_WORDS = 8;

interface Word {
  key: string;
  start: number;
  end: number;
}

/** A word: letters and digits, with apostrophes inside it dropped ("Iran's" is "irans"); anything else separates words. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;

/** The words of a text, with markup gone, compared case-insensitively, and offsets into the text as given. */
function wordsOf(text: string): Word[] {
  const projection = projectSource(text);
  return Array.from(projection.text.matchAll(WORD), (m) => ({
    key: m[0].replace(/['\u2019]/g, '').normalize('NFKC').toLowerCase(),
    ...rawRange(projection, m.index, m.index + m[0].length),
  }));
}

/** A hash of `n` word ids from `at`, modulo a prime so the sums stay exact in a double. */
function gramHash(ids: Int32Array, at: number, n: number): number {
  let h = 0;
  for (let k = 0; k < n; k++) h = (h * 1_000_003 + ids[at + k]!) % 2_147_483_647;
  return h;
}

/** A source's words as ids, and where each hash of `n` consecutive ids starts. */
interface SourceIndex {
  source: string;
  n: number;
  idOf: Map<string, number>;
  ids: Int32Array;
  grams: Map<number, number[]>;
}

function indexSource(source: string, n: number): SourceIndex {
  const idOf = new Map<string, number>();
  const ids = Int32Array.from(wordsOf(source), (w) => {
    let id = idOf.get(w.key);
    if (id === undefined) idOf.set(w.key, (id = idOf.size + 1));
    return id;
  });
  const grams = new Map<number, number[]>();
  for (let i = 0; i + n <= ids.length; i++) {
    const h = gramHash(ids, i, n);
    const at = grams.get(h);
    if (at) at.push(i);
    else grams.set(h, [i]);
  }
  return { source, n, idOf, ids, grams };
}

// Every fact is checked against the same source: its index is kept until another source comes.
let lastIndex: SourceIndex | undefined;

/**
 * Runs of at least `minWords` consecutive words of `text` that also stand
 * consecutively in `source` (case, punctuation and markup such as `<u>…</u>`
 * aside), with offsets into `text`. Runs that share a word are merged; runs
 * that only touch are not. Time is linear in the words of both texts times
 * `minWords`: the source's n-grams are hashed once (and kept for the next call
 * with the same source), and each hit is checked word by word, so a collision
 * of hashes never flags anything.
 */
export function copiedRuns(text: string, source: string, minWords = COPIED_WORDS): Array<{ start: number; end: number; words: number }> {
  const n = Math.max(1, Math.floor(minWords));
  const textWords = wordsOf(text);
  if (textWords.length < n) return [];
  if (lastIndex?.source !== source || lastIndex.n !== n) lastIndex = indexSource(source, n);
  const { idOf, ids: sourceIds, grams } = lastIndex;
  const textIds = Int32Array.from(textWords, (w) => idOf.get(w.key) ?? 0);
  const sameAt = (i: number, j: number) => {
    for (let k = 0; k < n; k++) if (textIds[i + k] !== sourceIds[j + k]) return false;
    return true;
  };

  const runs: Array<{ start: number; end: number; words: number }> = [];
  let first = -1;
  let last = -1;
  const finish = () => {
    if (first >= 0) runs.push({ start: textWords[first]!.start, end: textWords[last]!.end, words: last - first + 1 });
  };
  for (let i = 0; i + n <= textIds.length; i++) {
    if (textIds.subarray(i, i + n).includes(0)) continue;
    if (!grams.get(gramHash(textIds, i, n))?.some((j) => sameAt(i, j))) continue;
    if (first >= 0 && i <= last) last = i + n - 1;
    else {
      finish();
      first = i;
      last = i + n - 1;
    }
  }
  finish();
  return runs;
}
