import { describe, expect, it } from 'vitest';
import { contributionFill, contributionName } from '../../../src/ui/contribution-segments';
import { criterionFill } from '../../../src/ui/palette';

describe('a contribution segment of a risk or a cost', () => {
  it('is named for what it adds, the risk or cost avoided, so a long segment never reads as a lot of risk', () => {
    expect(contributionName({ label: 'Risk of escalation', direction: 'cost' })).toBe('Risk of escalation avoided');
    expect(contributionName({ label: 'Iranian retaliation', direction: 'cost' })).toBe('Iranian retaliation avoided');
    expect(contributionName({ label: 'Deterrence of further attacks', direction: 'benefit' })).toBe('Deterrence of further attacks');
  });

  it('is hatched over its criterion colour; a benefit has its colour alone', () => {
    expect(contributionFill(2, 'cost')).toMatch(/^repeating-linear-gradient\(45deg, .*\), #44112B$/);
    expect(contributionFill(2, 'benefit')).toBe(criterionFill(2));
    // Past the palette, a criterion is striped already: the hatching crosses its stripes.
    expect(contributionFill(12, 'cost').endsWith(`, ${criterionFill(12)}`)).toBe(true);
  });
});
