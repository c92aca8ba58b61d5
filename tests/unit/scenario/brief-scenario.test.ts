import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../../src/domain/paths';
import { loadValid } from '../../support/files';

/** What the brief (shared/briefs/natsec-brief-2021-11-iraq-pm-drone-strike.txt) says, checked in the scenario that encodes it. */
const scenario = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');
const figures = new Map(scenario.facts.filter((f) => f.figure).map((f) => [f.id, f.figure!.value]));

describe('the bundled scenario of the November 2021 brief', () => {
  it('has every response the brief recommends as its own option, and the status quo as the baseline', () => {
    expect(scenario.options.map((o) => o.id)).toEqual(['iraqi-investigation', 'airstrikes', 'information-campaign', 'regional-strategy', 'gray-zone', 'air-missile-defense', 'congressional-oversight', 'status-quo']);
    expect(scenario.baselineOption).toBe('status-quo');
    for (const option of scenario.options.filter((o) => o.id !== 'status-quo')) expect(option.recommendedIn, option.id).toBeDefined();
  });

  it('carries the brief\'s figures with their sources', () => {
    expect([...figures.values()]).toEqual(expect.arrayContaining([3, 2, 343, 212, 244, 43, 62, 19, 16, 4, 2014]));
    for (const fact of scenario.facts) expect(fact.cite.section.length, fact.id).toBeGreaterThan(0);
    expect(figures.get('f-projectiles-2021')).toBe(343);
    expect(figures.get('f-drones-2021')).toBe(212);
    expect(figures.get('f-projectiles-2020')).toBe(244);
    expect(figures.get('f-drones-2020')).toBe(43);
    expect(figures.get('f-drone-share-2021')).toBe(62);
    expect(figures.get('f-drone-share-2018-2020')).toBe(19);
  });

  it('has 8 to 12 criteria, each explained', () => {
    expect(scenario.criteria.length).toBeGreaterThanOrEqual(8);
    expect(scenario.criteria.length).toBeLessThanOrEqual(12);
    for (const c of scenario.criteria) expect(c.description.length, c.id).toBeGreaterThan(40);
  });

  it('gives each option at least two decision points and models the uncertainty the brief names', () => {
    for (const option of scenario.options) {
      const kinds = Object.values(option.machine.states).map((s) => s.kind);
      expect(kinds.filter((k) => k === 'decision').length, option.id).toBeGreaterThanOrEqual(2);
      expect(kinds, option.id).toContain('outcome');
    }
    const airstrikes = scenario.options.find((o) => o.id === 'airstrikes')!;
    const actorsOfChance = Object.values(airstrikes.machine.states).flatMap((s) => (s.kind === 'chance' && s.actor ? [s.actor] : []));
    expect(actorsOfChance).toEqual(expect.arrayContaining(['iran', 'iraqi-government']));
    const investigation = scenario.options.find((o) => o.id === 'iraqi-investigation')!;
    expect(Object.values(investigation.machine.states).some((s) => s.kind === 'chance')).toBe(true);
  });

  it('has paths whose chance probabilities, for any one set of decisions, cover every outcome', () => {
    for (const option of scenario.options) {
      const paths = enumeratePaths(option);
      expect(paths.length, option.id).toBeGreaterThan(1);
      for (const p of paths) expect(p.probability).toBeGreaterThan(0);
    }
  });
});
