export { parseSession, serialiseSession, type SessionReadResult } from './codec';
export { createSession } from './create';
export { withDirectWeights, withMemo, withOptionPath, withWeighting } from './update';
export { reconcileSession, type ReconcileResult } from './reconcile';
export { EMPTY_MEMO, MARKINGS, MemoSchema, ScenarioRefSchema, SESSION_FORMAT, SESSION_VERSION, SessionSchema, WEIGHTING_METHODS, type Memo, WeightingSchema, type ScenarioRef, type Session, type Weighting, type WeightingMethod } from './schema';
