import { parseWorkshop, serialiseWorkshop } from '../../domain/workshop/codec';
import type { Workshop } from '../../domain/workshop/schema';
import { q } from '../../domain/text/quote';
import { keys } from '../storage/keys';
import { setAside } from '../storage/set-aside';

export interface WorkshopLoad {
  workshop?: Workshop;
  notices: string[];
}

/**
 * The workshop saved for a workspace, if any. One that cannot be read is
 * copied aside (never deleted) and the user is told where; one set up on
 * another copy of the scenario is opened, with a warning, since its ballots
 * are checked against the scenario on screen when they are counted.
 */
export function loadStoredWorkshop(storage: Storage, workspace: string, hash: string): WorkshopLoad {
  const text = storage.getItem(keys.workshop(workspace));
  if (text === null) return { notices: [] };
  const parsed = parseWorkshop(text);
  if (!parsed.ok) {
    const aside = setAside(storage, workspace, text);
    const kept = aside ? `It is kept, not deleted (browser storage key "${aside}").` : 'The browser refused to keep a copy of it.';
    return { notices: [`The workshop saved in this browser could not be read, so none is open. ${kept} What was wrong: ${parsed.problems.join('; ')}.`] };
  }
  const workshop = parsed.workshop;
  return { workshop, notices: workshop.scenario.hash === hash ? [] : [mismatch(workshop)] };
}

/** Saves the workshop (or forgets it when closed); returns an error message instead of throwing when storage refuses. */
export function storeWorkshop(storage: Storage, workspace: string, workshop: Workshop | undefined): string | undefined {
  try {
    if (workshop) storage.setItem(keys.workshop(workspace), serialiseWorkshop(workshop));
    else storage.removeItem(keys.workshop(workspace));
    return undefined;
  } catch (error) {
    return `The latest change to the workshop could not be saved in this browser (${(error as Error).message}). Download the workshop file to keep a copy.`;
  }
}

/** The warning for a workshop set up on another copy of the scenario than the one on screen. */
export function mismatch(workshop: Workshop): string {
  return `The workshop ${q(workshop.title)} was set up on another copy of this scenario (version ${q(workshop.scenario.version)}, other content). Its ballots are checked against the scenario on screen, and any that no longer fit are set aside and listed.`;
}
