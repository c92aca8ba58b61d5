import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { readSourceText, citationFor } from '../../domain/source-text';
import { readTextFile } from '../read-text-file';

/**
 * The source brief's own text beside the facts: pasted (Markdown and HTML
 * are taken as text) or opened from a file. Selecting a passage offers
 * "Make a fact": a new fact citing the section and paragraph or bullet the
 * passage sits in, whose text the analyst then writes in their own words.
 */
export function SourcePane({
  text,
  title,
  onText,
  onMakeFact,
  onSaveBeside,
}: {
  text: string | undefined;
  /** The source's title from the scenario: picks the brief's title among its opening lines. */
  title: string | undefined;
  onText: (text: string | undefined) => void;
  onMakeFact: (cite: { section: string; locator?: string }) => void;
  /** Downloads the text to keep beside the scenario file, and names it in the scenario, so citations stay checkable. */
  onSaveBeside: () => void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number }>();
  const [problem, setProblem] = useState<string>();
  const model = useMemo(() => (text === undefined ? undefined : readSourceText(text, title ? { title } : {})), [text, title]);
  const cite = model && selection && selection.end > selection.start ? citationFor(model, selection.start, selection.end) : undefined;

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const read = await readTextFile(file, 'text');
    if (!read.ok) setProblem(`${file.name} could not be opened: ${read.problems.join('; ')}.`);
    else {
      setProblem(undefined);
      onText(read.text);
    }
  };
  const noteSelection = () => {
    const el = area.current;
    if (el) setSelection({ start: el.selectionStart, end: el.selectionEnd });
  };

  return (
    <section className="source-pane" aria-labelledby="source-pane-title">
      <h3 id="source-pane-title">The brief&apos;s text</h3>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {text === undefined ? (
        <>
          <label htmlFor="source-paste">Paste the brief&apos;s text (plain text; Markdown or HTML is taken as text)</label>
          <textarea id="source-paste" rows={6} onPaste={(e) => onText(e.clipboardData.getData('text/plain'))} onChange={(e) => e.target.value && onText(e.target.value)} />
          <label className="file-button on-light">
            Open a text file…
            <input type="file" accept=".txt,.md,.html,.htm,text/plain" onChange={open} className="sr-only" />
          </label>
        </>
      ) : (
        <>
          <p className="muted small">Select a passage, then make it a fact; the citation is filled in from where it sits. Write the fact in your own words.</p>
          <textarea id="source-text" ref={area} className="source-text" readOnly rows={16} value={text} aria-label="The brief's text" onSelect={noteSelection} onKeyUp={noteSelection} onMouseUp={noteSelection} />
          <div className="toolbar">
            <button type="button" className="primary" disabled={!cite} onClick={() => cite && onMakeFact(cite)}>
              Make a fact{cite ? ` (${cite.section}${cite.locator ? `, ${cite.locator}` : ''})` : ''}
            </button>
            <button type="button" onClick={onSaveBeside} title="A text file to keep in the same folder as the scenario; the scenario names it, and the command line's validate checks every citation against it">
              Save beside the scenario
            </button>
            <button type="button" onClick={() => onText(undefined)}>
              Remove the text
            </button>
          </div>
        </>
      )}
    </section>
  );
}
