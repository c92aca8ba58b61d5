/**
 * Characters that end a paragraph for the bidirectional algorithm (and the
 * line separator). Inside isolated text one of them would split the isolate,
 * and an override after it would again reach the app's own words; the page
 * shows line breaks in scenario text as spaces anyway.
 */
const PARAGRAPH_BREAKS = /[\n\r\u001C-\u001E\u0085\u2028\u2029]/g;

/**
 * A piece of text from a scenario file, isolated for direction: an unclosed
 * right-to-left override (U+202E) in a label reverses only that label, never
 * the app's own words after it. It also wraps anywhere, so a 5,000-character
 * word cannot push the layout wider than the screen (see `bdi` in styles.css).
 */
export function ScenarioText({ children }: { children: string }) {
  return <bdi>{children.replace(PARAGRAPH_BREAKS, ' ')}</bdi>;
}

/** Right-to-left letters, and the controls that set or change direction. */
const DIRECTIONAL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u061C\u202A-\u202E\u2066-\u2069]|\uD802[\uDC00-\uDFFF]|\uD83A/;

/**
 * The same isolation for places that take a plain string (attributes, the
 * options of a select): first-strong isolate … pop directional isolate, which
 * close any override left open inside. Text with nothing directional in it is
 * left as it is, so that names read by screen readers stay clean.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text.replace(PARAGRAPH_BREAKS, ' ')}\u2069` : text;
}
