import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../src/domain/scenario';
import { serialiseWorkshop } from '../../src/domain/workshop';
import { keys } from '../../src/ui/storage/keys';
import { loadStoredWorkshop, storeWorkshop } from '../../src/ui/workshop/workshop-store';
import { loadValid } from '../support/files';
import { workshopWith } from '../support/workshop';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const workspace = 'bundled/harbour-closure';
const hash = scenarioContentHash(scenario);

describe('the workshop in browser storage', () => {
  it('reads back what was stored, and forgets a closed one', () => {
    const workshop = workshopWith(scenario, ['Ada', 'Ben']);
    expect(storeWorkshop(window.localStorage, workspace, workshop)).toBeUndefined();
    expect(loadStoredWorkshop(window.localStorage, workspace, hash)).toEqual({ workshop, notices: [] });
    expect(storeWorkshop(window.localStorage, workspace, undefined)).toBeUndefined();
    expect(loadStoredWorkshop(window.localStorage, workspace, hash)).toEqual({ notices: [] });
  });

  it('sets an unreadable one aside, byte for byte, and says where and why', () => {
    const damaged = serialiseWorkshop(workshopWith(scenario, ['Ada'])).replace('"anonymous": false', '"anonymous": "no"');
    window.localStorage.setItem(keys.workshop(workspace), damaged);
    const read = loadStoredWorkshop(window.localStorage, workspace, hash);
    expect(read.workshop).toBeUndefined();
    const aside = Object.keys(window.localStorage).find((k) => window.localStorage.getItem(k) === damaged && k !== keys.workshop(workspace));
    expect(aside).toBeDefined();
    expect(read.notices[0]).toContain(aside);
    expect(read.notices[0]).toContain('anonymous');
  });

  it('opens one set up on another copy of the scenario, with a warning', () => {
    const workshop = workshopWith(scenario, ['Ada']);
    storeWorkshop(window.localStorage, workspace, workshop);
    const read = loadStoredWorkshop(window.localStorage, workspace, 'another-hash');
    expect(read.workshop).toEqual(workshop);
    expect(read.notices[0]).toMatch(/was set up on another copy of this scenario/);
  });

  it('reports, rather than throws, when the browser refuses to save', () => {
    const full = { ...window.localStorage, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    expect(storeWorkshop(full, workspace, workshopWith(scenario, ['Ada']))).toMatch(/could not be saved in this browser \(QuotaExceededError\)/);
  });
});
