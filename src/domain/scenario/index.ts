export * from './schema';
export { loadScenario, type LoadResult } from './load';
export { formatPath, formatProblem, type Problem, type DocPath } from './problems';
export { scenarioContentHash } from './content-hash';
export { scenarioJsonSchemaText } from './json-schema';
