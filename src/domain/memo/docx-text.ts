import { TextRun } from 'docx';
import { escapeControls } from '../text/controls';

/**
 * Characters XML 1.0 cannot hold at all, not even as `&#…;` references, which
 * would make Word refuse the whole file: the two non-characters U+FFFE and
 * U+FFFF and unpaired surrogates. (C0 and C1 controls are handled by
 * `escapeControls`, with the bidi overrides and the line separators.)
 */
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text from a scenario or a user made safe for a Word text run: every unsafe character shown as a visible escape such as `\u{1B}`, as in the other formats. */
export function wordText(text: string): string {
  return escapeControls(text).replace(NOT_XML, (ch) => `\\u{${ch.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/**
 * Plain text as Word runs: docx escapes `<`, `&` and quotes, and a run is
 * never read as a field, a hyperlink or a formula, whatever it says. A line
 * break in the text (a note typed over several lines) becomes a break in the
 * paragraph.
 */
export function textRuns(text: string, { bold, size }: { bold?: boolean | undefined; size?: number | undefined } = {}): TextRun[] {
  return wordText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(bold ? { bold } : {}), ...(size ? { size } : {}), ...(i > 0 ? { break: 1 } : {}) }));
}
