/** Twips a table cell's left and right margins take (Word's default 0.08 inch each side). */
const CELL_MARGINS = 216;
/**
 * Rough twips per character, generous enough for digits, capitals and bold,
 * at 11 pt and at 9 pt, in Calibri and in the wider fonts a reader without
 * it gets instead (LibreOffice's DejaVu Sans).
 */
const CHAR_WIDTH = { normal: 150, small: 125 };

/**
 * Column widths in twips for a table `total` wide, written into its grid
 * (LibreOffice and Google Docs lay a table out from the grid alone, and Word
 * starts from it). Each column gets a share in proportion to what it holds
 * (its longest cell or its header's longest word, a number column at most 8
 * characters' worth), but never less than its numbers and its header's
 * longest word need on one line (so that neither breaks mid-word); what that
 * costs comes out of the columns with room to spare.
 */
export function columnWidths(header: string[], rows: string[][], numeric: boolean[], total: number, small: boolean): number[] {
  const charWidth = small ? CHAR_WIDTH.small : CHAR_WIDTH.normal;
  const longest = (c: number) => Math.max(0, ...rows.map((row) => row[c]?.length ?? 0));
  const headerWord = (c: number) => Math.max(0, ...(header[c] ?? '').split(/\s+/).map((word) => word.length));
  const want = header.map((_, c) => Math.min(numeric[c] ? 8 : 40, Math.max(3, longest(c), headerWord(c))));
  // Headers are bold, about a seventh wider.
  const least = header.map((_, c) => CELL_MARGINS + charWidth * Math.max(3, Math.ceil(headerWord(c) * 1.15), numeric[c] ? longest(c) : 0));
  const sum = want.reduce((a, b) => a + b, 0);
  const widths = want.map((w, c) => Math.max(least[c]!, (total * w) / sum));
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  const slack = widths.map((w, c) => w - least[c]!);
  const slackSum = slack.reduce((a, b) => a + b, 0);
  return widths.map((w, c) => Math.floor(excess > 0 && slackSum > 0 ? w - (excess * slack[c]!) / slackSum : w));
}
