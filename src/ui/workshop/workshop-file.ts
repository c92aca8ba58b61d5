import type { Scenario } from '../../domain/scenario';
import { q } from '../../domain/text/quote';
import { parseWorkshop, type Workshop } from '../../domain/workshop';
import { readTextFile } from '../read-text-file';
import { mismatch } from './workshop-store';

export type WorkshopFileResult = { ok: true; workshop: Workshop; notices: string[] } | { ok: false; problems: string[] };

/**
 * A workshop file the user opened, checked whole: a refused file changes
 * nothing and every reason is listed. One for another scenario is refused
 * (open that scenario first); one set up on another copy of this scenario is
 * opened with a warning.
 */
export async function readWorkshopFile(file: File, scenario: Scenario, hash: string): Promise<WorkshopFileResult> {
  const read = await readTextFile(file, 'workshop');
  if (!read.ok) return read;
  const parsed = parseWorkshop(read.text);
  if (!parsed.ok) return parsed;
  const { workshop } = parsed;
  if (workshop.scenario.id !== scenario.id) return { ok: false, problems: [`this workshop is for scenario ${q(workshop.scenario.id)}, not ${q(scenario.id)}: choose that scenario (or open its file) first`] };
  return { ok: true, workshop, notices: [`Opened the workshop file ${file.name}.`, ...(workshop.scenario.hash === hash ? [] : [mismatch(workshop)])] };
}

/** A fresh workshop id: random, so that ballots for one workshop are never taken into another made the same day. */
export function newWorkshopId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `ws-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}
