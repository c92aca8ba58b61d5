import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../../src/domain/paths';
import { criterionScores, normaliseScore } from '../../../src/domain/scoring';
import { allValidScenarios } from '../../support/files';

describe('valid scenarios keep every score on its scale', () => {
  it.each(allValidScenarios())('$file: at every step of every path', ({ scenario }) => {
    for (const option of scenario.options) {
      // Paths share their first steps; each distinct prefix is scored once.
      const seen = new Set<string>();
      for (const path of enumeratePaths(option)) {
        for (let k = 0; k <= path.steps.length; k++) {
          const prefix = path.steps.slice(0, k);
          const key = prefix.map((s) => `${s.state}.${s.choice}`).join(' ');
          if (seen.has(key)) continue;
          seen.add(key);
          criterionScores(option, scenario.criteria, prefix).forEach((v, j) => {
            const n = normaliseScore(v, scenario.criteria[j]!);
            expect(n, `${option.id} after ${k} steps, ${scenario.criteria[j]!.id}`).toBeGreaterThanOrEqual(0);
            expect(n).toBeLessThanOrEqual(1);
          });
        }
      }
    }
  });
});
