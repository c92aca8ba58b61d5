import type { MemoDocument } from './memo-document';

/**
 * Placeholder for the Word writer, which is being built separately and will
 * replace this file: the command line already calls it for `--format docx`.
 */
export async function renderMemoDocx(_doc: MemoDocument): Promise<Uint8Array> {
  throw new Error('the Word writer is not built yet');
}
