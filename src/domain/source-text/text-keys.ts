/**
 * Text as a reader sees it, and as two texts are compared: Markdown's
 * emphasis marks are not words, typographic quotes and dashes are the same as
 * typed ones, and case and spacing do not matter.
 */

/** A line or block without Markdown emphasis and code marks, its whitespace folded to single spaces. */
export function readable(text: string): string {
  return text
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s([{"'])[*_]+(?=\S)/g, '$1')
    .replace(/(\S)[*_]+(?=$|[\s)\]}.,;:!?"'])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What two headings are compared by: case, spacing, markup and typographic quotes and dashes aside. */
export function headingKey(heading: string): string {
  return readable(heading.normalize('NFKC'))
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}
