export { parseSession, serialiseSession, type SessionReadResult } from './codec';
export { createSession } from './create';
export { withDirectWeights, withOptionPath, withWeighting } from './update';
export { reconcileSession, type ReconcileResult } from './reconcile';
export { SESSION_FORMAT, SESSION_VERSION, SessionSchema, WEIGHTING_METHODS, WeightingSchema, type Session, type Weighting, type WeightingMethod } from './schema';
