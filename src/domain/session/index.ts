export { parseSession, serialiseSession, type SessionReadResult } from './codec';
export { createSession } from './create';
export { withDirectWeights, withOptionPath } from './update';
export { reconcileSession, type ReconcileResult } from './reconcile';
export { SESSION_FORMAT, SESSION_VERSION, SessionSchema, type Session } from './schema';
