/**
 * Line and column (1-based, in UTF-16 code units) of offsets in a text, from
 * the text's own line breaks: LF, CR LF or a lone CR each end a line. Built
 * once per text; each lookup is a binary search.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    const line = lineAt(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

/** The 0-based line an offset is on, given the ascending offsets where lines start (the first is 0): a binary search. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
