import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioContentHash } from '../../../src/domain/scenario';
import { loadValid, read } from '../../support/files';

describe('the scenario content hash, which sessions use to tell whether a scenario changed', () => {
  it('is what it was before the format gained ranges, for a scenario without them (saved sessions still match)', () => {
    expect(scenarioContentHash(loadValid('tests/fixtures/valid/two-options.yaml'))).toBe('065b0b049fe0becaeffd940027e25a19a6596af49b548c19e0b665f7e980dfe2');
  });

  it('does not change with layout, comments or an effect written as { value } instead of a number', () => {
    const text = read('tests/fixtures/valid/two-options.yaml');
    const rewritten = text.replace('effects: { cost: -10 } }', 'effects: { cost: { value: -10 } } }').replace('# A small scenario', '# Another comment on a small scenario');
    const a = loadScenario(text, 'a.yaml');
    const b = loadScenario(rewritten, 'b.yaml');
    if (!a.ok || !b.ok) throw new Error('fixture');
    expect(scenarioContentHash(b.scenario)).toBe(scenarioContentHash(a.scenario));
  });

  it('changes when a range is added', () => {
    const ranged = loadScenario(read('tests/fixtures/valid/two-options.yaml').replace('effects: { cost: -10 } }', 'effects: { cost: { value: -10, low: -15 } } }'), 'r.yaml');
    if (!ranged.ok) throw new Error('fixture');
    expect(scenarioContentHash(ranged.scenario)).not.toBe('065b0b049fe0becaeffd940027e25a19a6596af49b548c19e0b665f7e980dfe2');
  });
});
