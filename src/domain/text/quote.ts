import { closest, distance } from 'fastest-levenshtein';
import { escapeControls } from './controls';

/** Names longer than this are cut in messages: a message must stay one readable line. */
const SHOWN_NAME_LENGTH = 60;

/** Text from a file for one line of a message: controls shown as escapes, cut short with "…" when long. */
export function shorten(text: string, max = SHOWN_NAME_LENGTH): string {
  // A cut never halves a surrogate pair, which would leave a character that is not a character.
  const cut = text.length > max ? `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : text;
  return escapeControls(cut, { keepLineBreaks: false });
}

/** Quote a name for a message: "name", as `shorten` gives it. */
export function q(name: string | number): string {
  return `"${shorten(String(name))}"`;
}

/** Quote a short list of names for a message, eliding long ones. */
export function qList(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map(q).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/**
 * ' (did you mean "x"?)' when a known name is close to the unknown one, else ''.
 * Edit distance is quadratic in length, so it is not tried on names no one
 * would have typed, nor against thousands of candidates.
 */
export function didYouMean(unknown: string, known: readonly string[]): string {
  if (known.length === 0 || known.length > 2000 || unknown.length > 100) return '';
  const best = closest(unknown, [...known]);
  if (best.length > 100) return '';
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  return distance(unknown, best) <= limit ? ` (did you mean ${q(best)}?)` : '';
}
