import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import swaggerUi from 'swagger-ui-express';
import { IDEMPOTENCY_KEY_PATTERN } from '@leaseback/domain';
import type { FundScope, LeasebackService, ServiceConfig } from '@leaseback/service';
import { API_ROUTES, type ApiRoute } from './api-routes.js';
import { authenticate } from './authenticate.js';
import { FileDownload } from './file-download.js';
import { readUpload } from './read-upload.js';
import { refuseCredentialsInQuery } from './credentials-in-query.js';
import { webConsole } from './web-console.js';
import { httpMetrics } from './http-metrics.js';
import { EventStream, prefersAsync } from './job-routes.js';
import { directReads } from './direct-reads.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { OPS_ROUTES, type OpsDependencies } from './ops-routes.js';
import { RequestError } from './request-errors.js';
import { requestLogging } from './request-logging.js';
import { abortedWhenClientLeaves, answerError, routeContext, sendJsonResult } from './route-answers.js';
import { API_VERSION } from './api-version.js';

/** What `createApp` composes. */
export interface CreateAppOptions {
  /** The use cases; the app only routes to them. */
  readonly service: LeasebackService;
  /** The service configuration; the app reads `api.api_keys` and `api.body_limit`. */
  readonly config: Pick<ServiceConfig, 'api'>;
  readonly logger: Logger;
  /** Where the HTTP latency histogram goes; `/metrics` serves this registry. */
  readonly registry: Registry;
  /** Request ids for requests without a usable `X-Request-Id` (default: random UUIDs). */
  readonly generateRequestId?: () => string;
  /** The built web console to serve at `/` (default: `apps/web/dist` of this repository). */
  readonly consoleDirectory?: string;
  /** Lets `startServer` mark the app as shutting down (`/readyz` answers 503). */
  readonly isShuttingDown?: () => boolean;
}

/**
 * The Express application: `/api` behind the API keys with JSON bodies, every
 * route from `API_ROUTES` calling one service method, then the ops endpoints,
 * the reference page and the web console, and one error handler that maps error
 * codes to statuses (`toErrorResponse`).
 */
export function createApp(options: CreateAppOptions): Express {
  const { api } = options.config;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use(requestLogging(options.logger, options.generateRequestId ?? randomUUID, httpMetrics(options.registry)));
  app.use(refuseCredentialsInQuery());

  // The API's routes come first: they are what the server mostly answers, and Express tries
  // every layer in order until one matches the path (the ops routes and the console never match /api).
  // Uploads come before the JSON body parser, which would refuse them as not JSON.
  for (const route of API_ROUTES.filter((candidate) => candidate.upload === true)) {
    app.post(
      expressPath(route.path),
      authenticate(api.api_keys),
      ...readUpload(api.body_limit),
      serve(route, options.service, options.isShuttingDown ?? (() => false)),
    );
  }
  app.use(apiGate(authenticate(api.api_keys), express.json({ limit: api.body_limit, type: ['application/json', 'application/*+json'] })));
  const methodsByPath = new Map<string, string[]>();
  for (const route of API_ROUTES) {
    if (route.upload !== true)
      app[route.method](expressPath(route.path), serve(route, options.service, options.isShuttingDown ?? (() => false)));
    methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method.toUpperCase()]);
  }
  for (const [path, methods] of methodsByPath) {
    app.all(expressPath(path), function methodNotAllowed(request, response, next) {
      response.setHeader('Allow', [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].join(', '));
      next(new RequestError('method_not_allowed', `${request.method} is not allowed on ${path}; use ${methods.join(' or ')}`));
    });
  }

  const dependencies: OpsDependencies = {
    service: options.service,
    registry: options.registry,
    document: buildOpenApiDocument({ routes: API_ROUTES, opsRoutes: OPS_ROUTES, version: API_VERSION }),
    isShuttingDown: options.isShuttingDown ?? (() => false),
  };
  for (const route of OPS_ROUTES) {
    if (route.handle === undefined) continue;
    const handle = route.handle;
    app.get(route.path, labelled(route.path), (request, response) => handle(dependencies, request, response));
  }
  app.use(
    '/docs',
    labelled('/docs'),
    withTrailingSlash,
    swaggerUi.serve,
    swaggerUi.setup(undefined, { customSiteTitle: 'Leaseback API', swaggerOptions: { url: '/openapi.json' } }),
  );
  // The web console at `/` (static files, public like /docs: every call it makes goes through /api and its keys).
  // API paths skip it: looking for a file named like each API request cost a file-system call per request.
  const consoleFiles = webConsole(options.consoleDirectory);
  app.use((request, response, next) => (isApiPath(request.path) ? next() : consoleFiles(request, response, next)));
  app.use((request, _response, next) => {
    next(new RequestError('route_not_found', `no route for ${request.method} ${request.path}`));
  });
  app.use(answerErrorHandler);
  return app;
}

/**
 * The server's request listener: the API's JSON reads answered directly (see
 * `directReads`: the same rules without Express's per-request work), every
 * other request by the Express app of `createApp`.
 */
export function createRequestListener(options: CreateAppOptions): RequestListener {
  const app = createApp(options);
  const answerDirectly = directReads({
    service: options.service,
    apiKeys: options.config.api.api_keys,
    logger: options.logger,
    generateRequestId: options.generateRequestId ?? randomUUID,
    observe: httpMetrics(options.registry),
  });
  return (request, response) => {
    if (!answerDirectly(request, response)) app(request, response);
  };
}

/** Binds one route: parse the request, call the service, answer with the route's status. */
function serve(route: ApiRoute, service: LeasebackService, isShuttingDown: () => boolean): RequestHandler {
  return async (request, response) => {
    response.locals.route = route.path;
    const scope = response.locals.scope as FundScope;
    // The service validates the key and answers 400 for a malformed one (a repeated header
    // arrives joined as `a, b`); only a well-formed key is echoed.
    const header = route.method === 'post' ? request.headers['idempotency-key'] : undefined;
    const idempotencyKey = Array.isArray(header) ? header.join(', ') : header;
    if (idempotencyKey !== undefined && IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) response.setHeader('Idempotency-Key', idempotencyKey);
    if (route.asyncKind !== undefined && prefersAsync(request.headers['prefer'])) {
      const job = await service.submitJob(route.asyncKind, request.body, {
        scope,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      });
      response.setHeader('Location', `/api/jobs/${encodeURIComponent(job.job_id)}`);
      response.setHeader('Preference-Applied', 'respond-async');
      response.status(202).json(job);
      return;
    }
    const { context, signal } = routeContext(route, response, scope, idempotencyKey);
    const result = await route.handle(service, {
      body: request.body,
      params: request.params as Record<string, string>,
      query: route.listQuery === true || route.exportQuery === true ? request.query : {},
      context,
    });
    if (result instanceof EventStream) {
      await streamEvents(result, response, signal?.() ?? abortedWhenClientLeaves(response), isShuttingDown);
      return;
    }
    if (result instanceof FileDownload) {
      response.status(route.status).attachment(result.document.fileName).setHeader('Content-Type', result.document.mediaType);
      response.send(Buffer.from(result.document.content));
    } else if (!sendJsonResult(response, route.status, result)) response.status(route.status).json(result);
  };
}

/** Answers server-sent events until the stream ends, the client leaves or the server shuts down. */
async function streamEvents(
  stream: EventStream,
  response: Response,
  clientGone: AbortSignal,
  isShuttingDown: () => boolean,
): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache');
  // Proxies such as nginx would otherwise buffer the stream.
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  const stop = new AbortController();
  clientGone.addEventListener('abort', () => stop.abort(), { once: true });
  const shutdownCheck = setInterval(() => {
    if (isShuttingDown()) stop.abort();
  }, 200);
  try {
    await stream.run(
      (event, data) => response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
      () => response.write(': keep-alive\n\n'),
      stop.signal,
    );
  } finally {
    clearInterval(shutdownCheck);
    response.end();
  }
}

/**
 * What every `/api` request goes through before its route: the API keys, then,
 * for a request with a body, the JSON body parser. One layer where there were
 * three (`app.use('/api', authenticate, requireJsonBody, json)`). Why: Express
 * matches and trims the `/api` prefix for each layer in turn, and a request
 * without a body (every GET) has nothing for the parser to do; the answers are
 * the same. Other paths pass untouched.
 */
function apiGate(authenticateKey: RequestHandler, parseJson: RequestHandler): RequestHandler {
  return (request, response, next) => {
    if (!isApiPathInAnyCase(request.path)) {
      next();
      return;
    }
    authenticateKey(request, response, (failure?: unknown) => {
      if (failure !== undefined) next(failure);
      // The parser's own test for a body (an empty one counts: it reads as `{}`).
      else if (request.headers['transfer-encoding'] === undefined && Number.isNaN(Number(request.headers['content-length']))) next();
      else if (request.method === 'POST' && hasNonEmptyBody(request) && request.is(['application/json', 'application/*+json']) === false)
        // 415 for a POST body that is not JSON. Without it the parser would skip the body and
        // the service would report a confusing "required" problem.
        next(new RequestError('unsupported_media_type', 'the request body must be JSON (Content-Type: application/json)'));
      else parseJson(request, response, next);
    });
  };
}

/** Whether a request carries a body that is not empty (a `Transfer-Encoding`, or a `Content-Length` other than 0). */
function hasNonEmptyBody(request: Request): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined ||
    (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0')
  );
}

/** The one error handler: every failure becomes `{ error: { code, message, problems? } }` (see `answerError`). */
function answerErrorHandler(error: unknown, _request: Request, response: Response, _next: NextFunction): void {
  answerError(response, error);
}

/** The reference page loads its assets relative to itself, so it must be served at `/docs/`. */
function withTrailingSlash(request: Request, response: Response, next: NextFunction): void {
  if (request.path === '/' && request.originalUrl.split('?')[0]?.endsWith('/') === false) response.redirect(301, '/docs/');
  else next();
}

function labelled(route: string): RequestHandler {
  return (_request, response, next) => {
    response.locals.route = route;
    next();
  };
}

/** Whether a path is under `/api`, which only the API's routes answer. */
function isApiPath(path: string): boolean {
  return path.startsWith('/api/') || path === '/api';
}

/**
 * Whether Express would route a path under `/api`: it matches paths without
 * regard to case, so `/API/runs` reaches the `/api/runs` route and must pass
 * the same keys.
 */
function isApiPathInAnyCase(path: string): boolean {
  return (path.length === 4 || path[4] === '/') && path.slice(0, 4).toLowerCase() === '/api';
}

/** `/api/runs/{run_id}` → `/api/runs/:run_id`. */
function expressPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}
