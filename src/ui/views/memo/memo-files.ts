import { renderMemoHtml, renderMemoMarkdown, type MemoDocument } from '../../../domain/memo';

export const MEMO_FORMATS = {
  md: { label: 'Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8' },
  html: { label: 'Web page for print', extension: 'html', mime: 'text/html;charset=utf-8' },
  docx: { label: 'Word', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
} as const;

export type MemoFormat = keyof typeof MEMO_FORMATS;

/**
 * The memo as a file in one format. The Word writer is loaded when first
 * asked for, so neither the app's first load nor the memo tab carries it.
 */
export async function memoFile(doc: MemoDocument, format: MemoFormat): Promise<{ name: string; blob: Blob }> {
  const { extension, mime } = MEMO_FORMATS[format];
  const name = `${doc.fileStem}.${extension}`;
  switch (format) {
    case 'md':
      return { name, blob: new Blob([renderMemoMarkdown(doc)], { type: mime }) };
    case 'html':
      return { name, blob: new Blob([renderMemoHtml(doc)], { type: mime }) };
    case 'docx': {
      const { renderMemoDocx } = await import('../../../domain/memo/render-docx');
      const bytes = await renderMemoDocx(doc);
      return { name, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }) };
    }
  }
}
