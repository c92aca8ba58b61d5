export { readSourceText, type ReadOptions, type SourceBlock, type SourceModel, type SourceSection } from './read-source';
export { citationFor, citationProblem, type Cite } from './citations';
export { copiedRuns, COPIED_WORDS } from './copied-runs';
export { scenarioCitationProblems, sourceTextFileProblems, type SourceTextFile } from './scenario-citations';
