import { describe, expect, it } from 'vitest';
import { scenarioContentHash } from '../../src/domain/scenario';
import { serialiseWorkshop } from '../../src/domain/workshop';
import { readWorkshopFile } from '../../src/ui/workshop/workshop-file';
import { loadValid } from '../support/files';
import { workshopWith } from '../support/workshop';

const scenario = loadValid('tests/fixtures/valid/two-options.yaml');
const hash = scenarioContentHash(scenario);
const file = (text: string, name = 'workshop.json') => new File([text], name, { type: 'application/json' });

describe('opening a workshop file', () => {
  it('opens a whole workshop for this scenario, and says so', async () => {
    const workshop = workshopWith(scenario, ['Ada', 'Ben']);
    const read = await readWorkshopFile(file(serialiseWorkshop(workshop)), scenario, hash);
    expect(read).toEqual({ ok: true, workshop, notices: ['Opened the workshop file workshop.json.'] });
  });

  it('lists every problem of a damaged one', async () => {
    const text = serialiseWorkshop(workshopWith(scenario, ['Ada'])).replace('"anonymous": false', '"anonymous": "no"').replace('"aggregation": "mean"', '"aggregation": "mode"');
    const read = await readWorkshopFile(file(text), scenario, hash);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.join('\n')).toMatch(/anonymous/);
    expect(read.problems.join('\n')).toMatch(/aggregation/);
  });

  it("refuses another scenario's workshop, and opens a changed copy's with a warning", async () => {
    const workshop = workshopWith(scenario, ['Ada']);
    const other = await readWorkshopFile(file(serialiseWorkshop({ ...workshop, scenario: { ...workshop.scenario, id: 'another' } })), scenario, hash);
    expect(other).toEqual({ ok: false, problems: ['this workshop is for scenario "another", not "harbour-closure": choose that scenario (or open its file) first'] });
    const changed = await readWorkshopFile(file(serialiseWorkshop(workshop)), scenario, 'other-hash');
    expect(changed.ok && changed.notices[1]).toMatch(/set up on another copy of this scenario/);
  });
});
