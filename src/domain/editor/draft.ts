import { z } from 'zod';
import { readVersioned, writeVersioned, type VersionedFormat } from '../format/versioned';

/**
 * Work in progress in the scenario editor, saved in the browser on every
 * edit: the scenario's text as edited (valid or not), the text it started
 * from (so the editor can say what changed), the file name, and the source
 * brief's text when the analyst pasted one. A saved format, so it carries a
 * version; a change of shape is a new version with a numbered migration.
 */
export const DRAFT_FORMAT = 'policy-options.editor-draft';
export const DRAFT_VERSION = 1;

/** The editor's texts are scenario files: bounded as the loader bounds them (4 MB), plus room for the brief. */
const DRAFT_TEXT = 4 * 1024 * 1024;

export const DraftSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT, { error: `is not a policy-options editor draft (expected format "${DRAFT_FORMAT}")` }),
  version: z.literal(DRAFT_VERSION),
  /** The file name the scenario is downloaded as. */
  file: z.string().min(1).max(255),
  /** Where the draft came from: a bundled scenario, an opened file, a copy, or a new one. */
  origin: z.enum(['bundled', 'opened', 'copy', 'new']),
  original: z.string().max(DRAFT_TEXT),
  text: z.string().max(DRAFT_TEXT),
  sourceText: z.string().max(DRAFT_TEXT).optional(),
  updatedAt: z.iso.datetime(),
});

export type Draft = z.infer<typeof DraftSchema>;

const DRAFT_FILE: VersionedFormat<Draft> = { name: DRAFT_FORMAT, noun: 'editor draft', version: DRAFT_VERSION, schema: DraftSchema, migrations: [] };

export function serialiseDraft(draft: Draft): string {
  return writeVersioned(draft);
}

export function parseDraft(text: string): { ok: true; draft: Draft } | { ok: false; problems: string[] } {
  const read = readVersioned(DRAFT_FILE, text);
  return read.ok ? { ok: true, draft: read.value } : read;
}
