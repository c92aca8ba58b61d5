import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';

export interface MemoPreviewHandle {
  /** Opens the browser's print dialog on the memo alone, as the print stylesheet lays it out. */
  print(): void;
}

/**
 * The memo's print page, shown as it will print. A frame without scripts
 * holds it; each edit swaps its content in place, so the reader keeps their
 * place instead of the frame reloading to the top.
 */
export function MemoPreview({ html, ref }: { html: string; ref?: Ref<MemoPreviewHandle> }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [first] = useState(html);
  const shown = useRef<string | undefined>(undefined);
  const latest = useRef(html);
  latest.current = html;
  // A frame does not match :focus while the page inside it has focus, so its ring follows the inner window's focus.
  const [focused, setFocused] = useState(false);

  const show = () => {
    const doc = frame.current?.contentDocument;
    const view = frame.current?.contentWindow;
    if (!doc || !view || shown.current === latest.current) return;
    const next = new DOMParser().parseFromString(latest.current, 'text/html');
    const y = view.scrollY;
    doc.head.replaceWith(doc.importNode(next.head, true));
    doc.body.replaceWith(doc.importNode(next.body, true));
    view.scrollTo(0, y);
    shown.current = latest.current;
  };

  useEffect(() => {
    if (shown.current !== undefined) show();
  }, [html]);

  useImperativeHandle(ref, () => ({ print: () => frame.current?.contentWindow?.print() }), []);

  return (
    <iframe
      ref={frame}
      className={focused ? 'memo-preview focused' : 'memo-preview'}
      title="Memo preview"
      // Same origin so the page can swap the content and print it; no scripts run inside.
      sandbox="allow-same-origin allow-modals"
      srcDoc={first}
      onLoad={() => {
        shown.current = first;
        show();
        const view = frame.current?.contentWindow;
        view?.addEventListener('focus', () => setFocused(true));
        view?.addEventListener('blur', () => setFocused(false));
      }}
    />
  );
}
