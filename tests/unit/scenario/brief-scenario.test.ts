import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../../src/domain/paths';
import { loadValid } from '../../support/files';

/** What the brief (natsec-brief-2021-11-iraq-pm-drone-strike.txt; its fingerprint is in tests/fixtures/briefs) says, checked in the scenario that encodes it. See brief-v2.test.ts for what version 2 adds. */
const scenario = loadValid('scenarios/iraq-pm-drone-strike-2021.yaml');
const figures = new Map(scenario.facts.filter((f) => f.figure).map((f) => [f.id, f.figure!.value]));

describe('the bundled scenario of the November 2021 brief', () => {
  it('has every response the brief recommends as its own option, a restraint option it does not, and the status quo as the baseline', () => {
    expect(scenario.options.map((o) => o.id)).toEqual(['iraqi-investigation', 'airstrikes', 'information-campaign', 'regional-strategy', 'gray-zone', 'air-missile-defense', 'congressional-oversight', 'restraint', 'status-quo']);
    expect(scenario.baselineOption).toBe('status-quo');
    const notRecommended = new Set(['restraint', 'status-quo']);
    for (const option of scenario.options) expect(option.recommendedIn !== undefined, option.id).toBe(!notRecommended.has(option.id));
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

  it('has 8 to 16 criteria, each explained, with the brief\'s double-barrelled ones split and civilian harm and the U.S. presence added', () => {
    expect(scenario.criteria.length).toBeGreaterThanOrEqual(8);
    expect(scenario.criteria.length).toBeLessThanOrEqual(16);
    expect(scenario.criteria.map((c) => c.id)).toEqual(expect.arrayContaining(['talks-leverage', 'talks-prospects', 'legal-basis', 'domestic-backing', 'iraqi-state', 'kadhimi-standing', 'civilian-harm', 'us-presence']));
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
    // Who did it, whether Kadhimi consents, whether the army holds, and how Iran answers: the uncertainties the brief's case turns on.
    expect(actorsOfChance).toEqual(expect.arrayContaining(['intelligence-community', 'iran', 'iraqi-government', 'iraqi-army', 'iraqi-judiciary']));
    const investigation = scenario.options.find((o) => o.id === 'iraqi-investigation')!;
    expect(Object.values(investigation.machine.states).some((s) => s.kind === 'chance')).toBe(true);
  });

  it('has paths whose chance probabilities, for any one set of decisions, cover every outcome, and no more than a few thousand paths an option', () => {
    for (const option of scenario.options) {
      const paths = enumeratePaths(option);
      expect(paths.length, option.id).toBeGreaterThan(1);
      expect(paths.length, option.id).toBeLessThanOrEqual(5_000);
      for (const p of paths) expect(p.probability).toBeGreaterThan(0);
    }
  });

  it('makes the militias\' reaction to airstrikes depend on what was struck and on whether Baghdad was consulted', () => {
    const airstrikes = scenario.options.find((o) => o.id === 'airstrikes')!;
    const odds = (state: string, branch: string) => {
      const s = airstrikes.machine.states[state]!;
      if (s.kind !== 'chance') throw new Error(state);
      return s.choices.find((c) => c.id === branch)!.probability;
    };
    // Heavier targets: more chance the militias stop, and more of reprisals against U.S. forces.
    for (const mode of ['alone', 'pledged']) {
      expect(odds(`aftermath-leaders-${mode}`, 'ease')).toBeGreaterThan(odds(`aftermath-infrastructure-${mode}`, 'ease'));
      expect(odds(`aftermath-leaders-${mode}`, 'rise')).toBeGreaterThan(odds(`aftermath-infrastructure-${mode}`, 'rise'));
    }
    // Consulting Baghdad shifts the backlash from U.S. forces to the Iraqi state.
    for (const target of ['infrastructure', 'drones', 'leaders']) {
      expect(odds(`aftermath-${target}-pledged`, 'turn-on-state')).toBeGreaterThan(odds(`aftermath-${target}-alone`, 'turn-on-state'));
      expect(odds(`aftermath-${target}-pledged`, 'rise')).toBeLessThan(odds(`aftermath-${target}-alone`, 'rise'));
    }
    // Deniability gives Tehran room: an unacknowledged strike on its personnel draws fewer reprisals.
    expect(odds('aftermath-iranian-alone-deniable', 'rise')).toBeLessThan(odds('aftermath-iranian-alone-public', 'rise'));
  });
});
