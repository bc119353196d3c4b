import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { LlmClient } from '@leaseback/llm';
import type { EngineRunner } from '@leaseback/planner';
import { createLeasebackService, parseServiceConfig, type LeasebackServiceHandle } from '@leaseback/service';
import type { LeasebackStore } from '@leaseback/store';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { API_ROUTES } from '../api-routes.js';
import { startServer, type RunningServer } from '../start-server.js';

const examples = new URL('../../../../examples/', import.meta.url);

/** The example portfolio (`examples/portfolio.json`). */
export const EXAMPLE_PORTFOLIO = JSON.parse(readFileSync(new URL('portfolio.json', examples), 'utf8')) as {
  corporate_state: Record<string, unknown>;
  assets: Record<string, unknown>[];
};
/** The example briefs (`examples/briefs.json`). */
export const EXAMPLE_BRIEFS = JSON.parse(readFileSync(new URL('briefs.json', examples), 'utf8')) as { name: string; brief: string }[];

/** A valid `ProgramRequest` body for the example portfolio and the first brief. */
export function exampleProgramRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    assets: structuredClone(EXAMPLE_PORTFOLIO.assets),
    corporate_state: structuredClone(EXAMPLE_PORTFOLIO.corporate_state),
    program_description: EXAMPLE_BRIEFS[0]?.brief,
    ...overrides,
  };
}

/** A valid `ScenarioSetRequest` body. */
export function exampleScenarioSetRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { brief: EXAMPLE_BRIEFS[0]?.brief, base_request: exampleProgramRequest(), num_scenarios: 3, ...overrides };
}

/** How to start a test server. */
export interface TestServerOptions {
  readonly apiKeys?: Record<string, string[]>;
  readonly bodyLimit?: string;
  /** The LLM client (the configured offline client when omitted). */
  readonly llm?: LlmClient;
  /** PGlite data directory; in memory when omitted. */
  readonly dataDir?: string;
  /** A store opened by the test (PostgreSQL); closed by `close`. */
  readonly store?: LeasebackStore;
  readonly shutdownTimeoutMs?: number;
  /** Where the engine runs (the configured worker pool when omitted). */
  readonly engine?: EngineRunner;
  /** `[planner]` settings (max_assets, engine_deadline_ms, solver_time_limit_ms...). */
  readonly planner?: Record<string, unknown>;
  /** `[jobs] lease_ms` (default 30 s). */
  readonly jobLeaseMs?: number;
  /** `[jobs] worker` (default true): whether the server claims jobs. */
  readonly jobWorker?: boolean;
}

/** A listening API over a real service. */
export interface TestServer {
  readonly url: string;
  readonly service: LeasebackServiceHandle;
  readonly registry: Registry;
  readonly running: RunningServer;
  /** Every line the API logged, parsed. */
  readonly logs: Record<string, unknown>[];
  /** Every byte the API logged, as written. */
  logText(): string;
  /** Graceful shutdown (closes the service and its store). */
  close(): Promise<void>;
}

/** Starts the API on 127.0.0.1 and a free port, over a real service and an in-memory (or given) store. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const registry = new Registry();
  const config = parseServiceConfig({
    api: { port: 0, api_keys: options.apiKeys ?? {}, ...(options.bodyLimit === undefined ? {} : { body_limit: options.bodyLimit }) },
    store: { data_dir: options.dataDir ?? 'memory://' },
    ...(options.planner === undefined ? {} : { planner: options.planner }),
    jobs: { poll_ms: 50, worker: options.jobWorker ?? true, ...(options.jobLeaseMs === undefined ? {} : { lease_ms: options.jobLeaseMs }) },
  });
  const service = await createLeasebackService({
    config,
    metricsRegistry: registry,
    ...(options.llm === undefined ? {} : { llm: options.llm }),
    ...(options.store === undefined ? {} : { store: options.store }),
    ...(options.engine === undefined ? {} : { engine: options.engine }),
  });
  const running = await startServer({
    service,
    config,
    logger,
    registry,
    handleSignals: false,
    ...(options.shutdownTimeoutMs === undefined ? {} : { shutdownTimeoutMs: options.shutdownTimeoutMs }),
  });
  const logText = (): string => chunks.join('');
  return {
    url: running.url,
    service,
    registry,
    running,
    get logs() {
      return logText()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    logText,
    // Every error this server answered must be documented on its route: a test that makes a route
    // answer a code its `errorCodes` omit fails here, whatever it was testing.
    close: async () => {
      await running.close();
      const undocumented = undocumentedErrorCodes(logText());
      if (undocumented.length > 0) {
        throw new Error(`routes answered error codes their documentation omits (add them to errorCodes): ${undocumented.join('; ')}`);
      }
    },
  };
}

const ROUTE_PATTERNS = API_ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** `METHOD path: code` for every logged error answer whose code is not among its route's `errorCodes`. */
export function undocumentedErrorCodes(logText: string): string[] {
  const found = new Set<string>();
  for (const line of logText.split('\n')) {
    if (!line.includes('"error_code"')) continue;
    const entry = JSON.parse(line) as { error_code?: string; req?: { method?: string; url?: string } };
    const method = entry.req?.method?.toLowerCase();
    const path = entry.req?.url?.split('?')[0] ?? '';
    // The most specific route first: a literal segment beats a parameter (`/api/runs/{run_id}` vs `/api/portfolios/parse`).
    const candidates = ROUTE_PATTERNS.filter(({ route, pattern }) => route.method === method && pattern.test(path));
    const match = candidates.sort((left, right) => right.route.path.split('{').length - left.route.path.split('{').length).at(-1);
    if (match === undefined || entry.error_code === undefined) continue;
    if (!(match.route.errorCodes as readonly string[]).includes(entry.error_code))
      found.add(`${method?.toUpperCase()} ${match.route.path}: ${entry.error_code}`);
  }
  return [...found].sort();
}

/** A parsed HTTP answer. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (`undefined` when it is not JSON). */
  readonly body: any;
}

/** Options of `request`. */
export interface RequestOptions {
  /** Sent as JSON with `Content-Type: application/json`. */
  readonly json?: unknown;
  /** Sent as is. */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

/** One HTTP request to `baseUrl + path` with `fetch`. */
export async function request(baseUrl: string, method: string, path: string, options: RequestOptions = {}): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let body: string | undefined;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  } else if (options.rawBody !== undefined) body = options.rawBody;
  const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}
