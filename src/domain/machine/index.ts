export { buildOptionMachine, currentStateId, type OptionEvent, type OptionMachine, type OptionSnapshot } from './option-machine';
export { restoreSnapshot, stepOption } from './stepping';
export { describePath, type DescribedStep } from './describe';
export { findChoice, followPath, pathEffects, type PathCheck, type Step } from './steps';
