import { LIMITS } from '../domain/scenario/limits';

export type TextFileRead = { ok: true; text: string } | { ok: false; problems: string[] };

/**
 * A file the user chose, as UTF-8 text, or why it is not one of ours: refused
 * before it is read when it is far larger than any file the app writes, so a
 * wrong pick (a video, a disk image) cannot stall the page.
 */
export async function readTextFile(file: File, noun: string, maxBytes: number = LIMITS.fileBytes): Promise<TextFileRead> {
  if (file.size > maxBytes) return { ok: false, problems: [`the file is ${(file.size / (1024 * 1024)).toFixed(1)} MB; a ${noun} file is at most ${(maxBytes / (1024 * 1024)).toFixed(0)} MB`] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) };
  } catch (error) {
    return { ok: false, problems: [error instanceof TypeError ? `the file is not UTF-8 text, so it is not a ${noun} file` : `the browser could not read the file (${(error as Error).message})`] };
  }
}
