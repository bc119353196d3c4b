import type { ScenarioOrchestrator } from '@leaseback/scenarios';
import type { CallContext } from '../leaseback-service.js';
import { createSession } from './create-session.js';
import { getSession } from './get-session.js';
import { postTurn } from './post-turn.js';
import { createSessionContext, type SessionUseCaseOptions } from './session-context.js';
import type { SessionView, TurnResponse } from './session-schemas.js';

export { parseCreateSessionRequest, parseSessionOrchestrationConfig } from './parse-session-requests.js';
export {
  DEFAULT_PENDING_ACTION_STALE_AFTER_MS,
  SESSION_HISTORY_LIMIT,
  type IdempotentRunner,
  type SessionServiceCalls,
  type SessionUseCaseOptions,
} from './session-context.js';

/** The guided planning use cases (see `createSessionUseCases`). */
export interface SessionUseCases {
  /** Stores a new session on a portfolio (version 1). */
  createSession(input: unknown, context?: CallContext): Promise<SessionView>;
  /** The session's state: instances, known fields, history, version. */
  getSession(id: string, context?: CallContext): Promise<SessionView>;
  /** Processes one user message: decisions, tools, reply; persisted with optimistic concurrency. */
  postTurn(id: string, input: unknown, context?: CallContext): Promise<TurnResponse>;
  /** The orchestrator the sessions run on. */
  readonly orchestrator: ScenarioOrchestrator;
}

/**
 * Builds the guided planning use cases, one per file (`create-session.ts`,
 * `get-session.ts`, `post-turn.ts`), over one shared context: sessions on a
 * portfolio, turns through the scenario orchestrator bound to the SLB
 * playbooks, tools run through the service's own run and scenario-set use
 * cases. Turns of one session run one at a time in this process; conditional
 * writes guard against other processes, so a stale write is a
 * `version_conflict` (409), never a lost update.
 *
 * @throws ServiceConfigError (`invalid_config`) when `[scenario_orchestration]` is invalid.
 * @throws ScenarioOrchestrationError (`invalid_scenario_definition`) when the playbooks are.
 */
export function createSessionUseCases(options: SessionUseCaseOptions): SessionUseCases {
  const context = createSessionContext(options);
  return {
    orchestrator: context.orchestrator,
    createSession: (input, call) => createSession(context, input, call),
    getSession: (id, call) => getSession(context, id, call),
    postTurn: (id, input, call) => postTurn(context, id, input, call),
  };
}
