import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../../src/domain/scenario';
import { bundledScenarioFiles, read } from '../../support/files';

describe('the scenario JSON Schema for editors', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing it)', () => {
    expect(read('scenarios/scenario.schema.json')).toBe(scenarioJsonSchemaText());
  });

  it('is referenced from every bundled scenario file', () => {
    for (const file of bundledScenarioFiles()) {
      expect(read(file).split('\n')[0], file).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    }
  });
});
