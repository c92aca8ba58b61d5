import { closest, distance } from 'fastest-levenshtein';

/** Quote a name for a message: "name". */
export function q(name: string | number): string {
  return `"${String(name)}"`;
}

/** Quote a short list of names for a message, eliding long ones. */
export function qList(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map(q).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** ' (did you mean "x"?)' when a known name is close to the unknown one, else ''. */
export function didYouMean(unknown: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const best = closest(unknown, [...known]);
  const limit = Math.max(2, Math.floor(unknown.length / 3));
  return distance(unknown, best) <= limit ? ` (did you mean ${q(best)}?)` : '';
}
