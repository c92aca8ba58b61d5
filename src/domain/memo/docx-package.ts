import { unzipSync, zipSync } from 'fflate';

const CORE = 'docProps/core.xml';

/**
 * Makes a packed .docx the same bytes for the same memo. docx stamps the
 * document's created and modified times with the clock, and its zip writer
 * the time of every entry; both become the memo's date.
 */
export function fixPackageDates(packed: Uint8Array, date: string): Uint8Array {
  const [year, month, day] = memoDay(date);
  const files = unzipSync(packed);
  const core = files[CORE];
  if (core) {
    const stamp = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`;
    const xml = new TextDecoder().decode(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    files[CORE] = new TextEncoder().encode(xml);
  }
  // Zip times are wall-clock fields without a zone, which fflate reads from a Date in the machine's zone: a Date made
  // from local fields gives the same fields back in any zone. Noon, so that no daylight-saving jump can move the day.
  return zipSync(files, { level: 6, mtime: new Date(year, month - 1, day, 12) });
}

/** The memo's date as year, month and day; 1 January 1980 if it is not a date a zip file can hold (1980 to 2099). */
function memoDay(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const real = new Date(Date.UTC(year, month - 1, day));
    if (year >= 1980 && year <= 2099 && real.getUTCMonth() === month - 1 && real.getUTCDate() === day) return [year, month, day];
  }
  return [1980, 1, 1];
}
