import { readVersioned, writeVersioned, type VersionedFormat } from '../format/versioned';
import { WORKSHOP_MIGRATIONS } from './migrations';
import { WORKSHOP_FORMAT, WORKSHOP_VERSION, WorkshopSchema, type Workshop } from './schema';

export type WorkshopReadResult = { ok: true; workshop: Workshop } | { ok: false; problems: string[] };

export const WORKSHOP_FILE: VersionedFormat<Workshop> = { name: WORKSHOP_FORMAT, noun: 'workshop', version: WORKSHOP_VERSION, schema: WorkshopSchema, migrations: WORKSHOP_MIGRATIONS };

export function serialiseWorkshop(workshop: Workshop): string {
  return writeVersioned(workshop);
}

/** Reads a saved workshop, refusing with every reason anything that is not a whole, valid workshop this build can read; older versions are migrated first. */
export function parseWorkshop(text: string): WorkshopReadResult {
  const read = readVersioned(WORKSHOP_FILE, text);
  return read.ok ? { ok: true, workshop: read.value } : read;
}
