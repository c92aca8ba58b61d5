/**
 * Characters that must not reach a terminal or an exported file raw: C0 and
 * C1 controls (ESC clears screens, NUL ends strings), DEL, the bidirectional
 * embeddings, overrides and isolates (an unclosed U+202E reverses everything
 * after it), and the Unicode line and paragraph separators. Plain right-to-left
 * text and the invisible direction marks (LRM, RLM, ALM) are left alone.
 * Tab and line feed are kept here; callers that need one line fold them too.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_OR_BREAK = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** Shows each unsafe character as a visible escape such as `\u{1B}`, so that nothing is hidden and nothing acts. */
export function escapeControls(text: string, { keepLineBreaks = true }: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(keepLineBreaks ? UNSAFE : UNSAFE_OR_BREAK, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(2, '0')}}`);
}

/** Text for one line of an export: line breaks and tabs folded to spaces, every other unsafe character a visible escape. */
export function oneLine(text: string): string {
  return escapeControls(text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' '));
}

/** Whether the text holds a character `escapeControls` would escape (line breaks and tabs aside). */
export function hasControls(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}
