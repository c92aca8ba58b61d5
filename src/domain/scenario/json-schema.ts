import { z } from 'zod';
import { ScenarioSchema } from './schema';

/** The JSON Schema editors use to check and complete scenario files. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'policy-options scenario',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
