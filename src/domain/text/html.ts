import { oneLine } from './controls';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values: no tag, entity or attribute can start in it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Text from a scenario or a user for one line of HTML: line breaks folded, controls shown as escapes, then HTML-escaped. */
export function htmlText(text: string): string {
  return escapeHtml(oneLine(text));
}

/**
 * Text as a quoted CSS string, for `content:` in a stylesheet. Everything but
 * letters, digits, spaces and a little punctuation becomes a six-digit hex
 * escape, so neither a quote, a backslash, a line break nor `</style>` can end
 * the string or the style element. Each escape ends in a space, which CSS
 * takes as part of the escape: a space that follows in the text is kept.
 */
export function cssString(text: string): string {
  const escaped = Array.from(oneLine(text), (ch) => (/^[A-Za-z0-9 .,_-]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(6, '0')} `)).join('');
  return `"${escaped}"`;
}

/** Longest run of characters without a break opportunity in `htmlWrappable` text. */
const LONGEST_UNBROKEN = 24;

/**
 * As `htmlText`, with a `<wbr>` every few characters inside very long words:
 * a 5,000-character string wraps within the page, while ordinary words are
 * never split (which `overflow-wrap: anywhere` would do to narrow table columns).
 */
export function htmlWrappable(text: string): string {
  return oneLine(text).replace(/\S+/g, (word) => {
    const chars = Array.from(word);
    if (chars.length <= LONGEST_UNBROKEN) return escapeHtml(word);
    const pieces: string[] = [];
    for (let k = 0; k < chars.length; k += LONGEST_UNBROKEN) pieces.push(escapeHtml(chars.slice(k, k + LONGEST_UNBROKEN).join('')));
    return pieces.join('<wbr>');
  });
}
