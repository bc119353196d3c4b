import type { CallContext } from '../leaseback-service.js';
import { parseRecordId } from '../list-query.js';
import type { SessionContext } from './session-context.js';
import type { SessionView } from './session-schemas.js';
import { sessionView } from './session-view.js';

/** `getSession`: the session's state (instances, known fields, brief, history, version); another fund's is not found. */
export async function getSession(context: SessionContext, id: string, call: CallContext = {}): Promise<SessionView> {
  const sessionId = parseRecordId(id, 'id');
  const loaded = await context.load(sessionId, call.scope, context.now().toISOString());
  return sessionView(loaded.stored, loaded.state, loaded.session, context.orchestrator.registry);
}
