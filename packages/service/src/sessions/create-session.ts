import type { CallContext } from '../leaseback-service.js';
import { parseCreateSessionRequest } from './parse-session-requests.js';
import type { SessionContext } from './session-context.js';
import type { SessionView, StoredSessionState } from './session-schemas.js';
import { sessionView } from './session-view.js';

/** `createSession`: stores a new session on a portfolio (version 1), under the caller's fund. */
export async function createSession(context: SessionContext, input: unknown, call: CallContext = {}): Promise<SessionView> {
  const { portfolio, fundId: requestedFund } = parseCreateSessionRequest(input);
  const fundId = context.resolveFund(requestedFund, call.scope, 'request.fund_id');
  return context.idempotent('create_session', { portfolio, fund_id: fundId }, call, 201, async () => {
    const id = context.newId();
    const createdAt = context.now();
    const session = context.orchestrator.createSession(id, { portfolio_id: id });
    const state: StoredSessionState = {
      format: 1,
      portfolio,
      orchestrator: session,
      brief: null,
      asked: null,
      presented: [],
      shown: {},
      what_ifs: [],
      pending_actions: [],
      turns: [],
    };
    const stored = await context.store.createSession({ id, fundId, state, now: createdAt });
    context.logger.info(
      { use_case: 'create_session', session_id: id, fund_id: fundId, asset_count: portfolio.assets.length },
      'session created',
    );
    return sessionView(stored, state, session, context.orchestrator.registry);
  });
}
