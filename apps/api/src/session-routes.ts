import type { ApiRoute } from './api-routes.js';
import { ANY_ROUTE_CODES, BY_ID_CODES, JSON_BODY_CODES, PLANNING_CODES } from './route-error-codes.js';

// A body that fails validation (with paths), an unknown or other fund's session, a stale
// `expected_version` or a concurrent writer (`version_conflict`), and the planning a turn runs.
const SESSION_WRITE_CODES = [
  ...ANY_ROUTE_CODES,
  ...JSON_BODY_CODES,
  ...PLANNING_CODES,
  'version_conflict',
  'scenario_definitions_unavailable',
] as const;

/**
 * The guided planning endpoints: a session on a portfolio, its state, and one
 * user message at a time. Each calls one service method; the service runs the
 * scenario orchestrator, the confirmed tools and the optimistic write.
 */
export const SESSION_ROUTES: readonly ApiRoute[] = [
  {
    method: 'post',
    path: '/api/sessions',
    operationId: 'createSession',
    summary: 'Start a guided planning session on a portfolio',
    description:
      'Body: `{ assets, corporate_state, company?, description?, fund_id? }` or `{ portfolio, fund_id? }`. ' +
      'The session is stored at version 1; its runs are stored under its fund.',
    tag: 'sessions',
    status: 201,
    requestBody: { component: 'CreateSessionRequest' },
    response: { component: 'SessionView' },
    cancelOnDisconnect: false,
    errorCodes: SESSION_WRITE_CODES,
    handle: (service, call) => service.createSession(call.body, call.context),
  },
  {
    method: 'get',
    path: '/api/sessions/{id}',
    operationId: 'getSession',
    summary: 'Get a session: active and paused scenarios, known fields, history',
    description: 'The session state and its version. 404 for unknown ids and for sessions of funds the key may not see.',
    tag: 'sessions',
    status: 200,
    response: { component: 'SessionView' },
    cancelOnDisconnect: true,
    errorCodes: [...ANY_ROUTE_CODES, ...BY_ID_CODES],
    handle: (service, call) => service.getSession(call.params['id'] ?? '', call.context),
  },
  {
    method: 'post',
    path: '/api/sessions/{id}/turns',
    operationId: 'postTurn',
    summary: 'Send one message: decisions, contribution plan, tool results and a reply',
    description:
      'Reads the message, decides what each scenario does (start, continue, pause, complete, cancel), moves them through their steps ' +
      '(skipping what is known, never past a confirmation), runs the program or the scenario set once its step is confirmed (stored as runs), ' +
      'and answers the new version with the plan and a reply. With `expected_version`, a different stored version answers 409 before any work; ' +
      'a concurrent writer also gets 409 (`version_conflict`), never a lost update.',
    tag: 'sessions',
    status: 200,
    requestBody: { component: 'TurnRequest' },
    response: { component: 'TurnResponse' },
    // The turn writes the session and may store runs: once started it finishes.
    cancelOnDisconnect: false,
    errorCodes: [...SESSION_WRITE_CODES, ...BY_ID_CODES],
    handle: (service, call) => service.postTurn(call.params['id'] ?? '', call.body, call.context),
  },
];
