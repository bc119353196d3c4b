import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Logger } from 'pino';
import type { FundScope, LeasebackService } from '@leaseback/service';
import { API_ROUTES, type ApiRoute } from './api-routes.js';
import { apiKeyCheck } from './authenticate.js';
import { credentialParametersIn } from './credentials-in-query.js';
import { requestLogStart, type RequestObserver } from './request-logging.js';
import { answerError, routeContext, sendJsonResult, type ApiResponse } from './route-answers.js';

/** What the direct reads need: the same service, keys, logger and latency observer as the Express app. */
export interface DirectReadOptions {
  readonly service: LeasebackService;
  readonly apiKeys: Readonly<Record<string, readonly string[]>>;
  readonly logger: Logger;
  readonly generateRequestId: () => string;
  readonly observe: RequestObserver | undefined;
}

/** A direct read's route, its path template split into segments (`null` for a parameter). */
interface CompiledRoute {
  readonly route: ApiRoute;
  readonly segments: readonly (string | null)[];
  readonly parameterNames: readonly string[];
}

/**
 * Whether a route is answered by the direct reads: a GET whose answer is JSON
 * (not an event stream, not a file export), so that answering it needs the
 * request line and headers only.
 */
export function isDirectRead(route: ApiRoute): boolean {
  return route.method === 'get' && route.contentType === undefined && route.exportQuery !== true;
}

/**
 * The API's JSON reads answered without Express: `GET /api/runs`,
 * `/api/runs/{run_id}`, the scenario sets, jobs and sessions by id. Why: these
 * are most of what a server answers, and Express's own work per request (its
 * router's walk over the layers, the request and response prototypes it swaps
 * in) cost more CPU than the read itself once the stored record is served as its
 * bytes. The same rules apply in the same order, each from its one home: the
 * request id and the log line with the latency metric (`requestLogStart`), the
 * refusal of credentials in the URL, the API keys (`apiKeyCheck`), the route's
 * service call (`routeContext`) and its answer or error (`route-answers.ts`).
 *
 * Returns a listener that answers a request and says true, or leaves it
 * untouched and says false; the caller then hands it to Express. Everything
 * unusual is left to Express, which answers it as it always has: another
 * method (HEAD included), a path not written exactly as the route (case, a
 * trailing slash, an encoding that does not decode), a body, a credential in
 * the query, a missing or unknown key.
 */
export function directReads(options: DirectReadOptions): (request: IncomingMessage, response: ServerResponse) => boolean {
  const routes = API_ROUTES.filter(isDirectRead).map(compileRoute);
  const checkKey = apiKeyCheck(options.apiKeys);
  const startLog = requestLogStart(options.logger, options.generateRequestId, options.observe);
  return (request, response) => {
    if (request.method !== 'GET' || request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined)
      return false;
    const url = request.url ?? '';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    if (!path.startsWith('/api/')) return false;
    const match = matchRoute(routes, path);
    if (match === undefined) return false;
    if (queryStart !== -1 && credentialParametersIn(url).length > 0) return false;
    const verdict = checkKey(request.headers);
    if ('refused' in verdict) return false;
    startLog(request, response);
    // The route labels the latency metric and the log line, as `serve` does on the Express side.
    const answering = response as ApiResponse;
    answering.locals = { route: match.route.path };
    const query = match.route.listQuery === true && queryStart !== -1 ? parseQuery(url.slice(queryStart + 1)) : {};
    void answer(options.service, match.route, { params: match.params, query, scope: verdict.scope }, answering);
    return true;
  };
}

/** Calls the route's service method and sends its answer, or the error's. */
async function answer(
  service: LeasebackService,
  route: ApiRoute,
  request: { readonly params: Readonly<Record<string, string>>; readonly query: unknown; readonly scope: FundScope },
  response: ApiResponse,
): Promise<void> {
  try {
    const { context } = routeContext(route, response, request.scope, undefined);
    const result = await route.handle(service, { body: undefined, params: request.params, query: request.query, context });
    if (!sendJsonResult(response, route.status, result)) throw new Error(`${route.operationId} answered nothing to send as JSON`);
  } catch (error) {
    answerError(response, error);
  }
}

function compileRoute(route: ApiRoute): CompiledRoute {
  const parts = route.path.split('/');
  return {
    route,
    segments: parts.map((part) => (part.startsWith('{') ? null : part)),
    parameterNames: parts.filter((part) => part.startsWith('{')).map((part) => part.slice(1, -1)),
  };
}

/**
 * The first route whose template the path fills exactly, with its decoded
 * parameters (the order of `API_ROUTES`, as Express tries them). A parameter is
 * one whole non-empty segment; one that does not decode matches nothing.
 */
function matchRoute(
  routes: readonly CompiledRoute[],
  path: string,
): { readonly route: ApiRoute; readonly params: Readonly<Record<string, string>> } | undefined {
  const segments = path.split('/');
  for (const candidate of routes) {
    if (candidate.segments.length !== segments.length) continue;
    const values: string[] = [];
    let fits = true;
    for (let index = 0; index < segments.length && fits; index += 1) {
      const expected = candidate.segments[index];
      const actual = segments[index] as string;
      if (expected === null) {
        const value = decodedSegment(actual);
        if (value === undefined) fits = false;
        else values.push(value);
      } else fits = expected === actual;
    }
    if (!fits) continue;
    const params: Record<string, string> = {};
    candidate.parameterNames.forEach((name, index) => {
      params[name] = values[index] as string;
    });
    return { route: candidate.route, params };
  }
  return undefined;
}

function decodedSegment(segment: string): string | undefined {
  if (segment === '') return undefined;
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
