import type { Migration } from '../format/versioned';

/*
 * Every change of the workshop and ballot formats, oldest first, each from one
 * version to the next with its own test on a file saved by the older version.
 * Version 1 of each is the first, so nothing needs bringing up to date yet;
 * the readers already go through these lists (see `readVersioned`).
 */

export const WORKSHOP_MIGRATIONS: readonly Migration[] = [];

export const BALLOT_MIGRATIONS: readonly Migration[] = [];
