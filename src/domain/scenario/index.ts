export * from './schema';
export { loadScenario, loadScenarioBytes, type LoadResult } from './load';
export { decodeScenarioBytes, type DecodeResult } from './decode';
export { LIMITS } from './limits';
export { formatPath, formatProblem, type Problem, type DocPath } from './problems';
export { scenarioContentHash } from './content-hash';
export { scenarioJsonSchemaText } from './json-schema';
