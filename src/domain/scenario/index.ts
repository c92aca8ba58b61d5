export * from './schema';
export { listProblems, loadScenario, loadScenarioBytes, type LoadResult } from './load';
export { decodeScenarioBytes, decodeTextBytes, type DecodeResult, type TextKind } from './decode';
export { LIMITS } from './limits';
export { formatPath, formatProblem, type Problem, type DocPath, type PathProblem } from './problems';
export { scenarioContentHash } from './content-hash';
export { scenarioJsonSchemaText } from './json-schema';
