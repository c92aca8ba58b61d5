export { analyseOptions, analyseScenario, compiledOptions, rivalOf, type Progress, type ScenarioAnalysis } from './analyse-scenario';
export { analyseOption, type OptionAnalysis, type PlannedDecision } from './analyse-option';
export { compileOption, type CompiledOption } from './compiled-option';
export { optionContext, type OptionContext } from './option-context';
export { riskProfile, MAX_EXACT_OUTCOMES, type RiskPoint, type RiskProfile } from './risk-profile';
export { probabilityThresholds, valueOnCurve, type ProbabilityThresholds } from './thresholds';
export { valueOfInformation, EXACT_JOINT_OUTCOMES, type InformationValue, type OptionInformation } from './value-of-information';
export { treeValues, type TreeValues } from './tree-values';
