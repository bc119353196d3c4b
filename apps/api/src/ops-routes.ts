import { z } from 'zod';
import type { Request, Response } from 'express';
import type { Registry } from 'prom-client';
import type { LeasebackService } from '@leaseback/service';

/** What the operational endpoints read. */
export interface OpsDependencies {
  readonly service: LeasebackService;
  readonly registry: Registry;
  /** The OpenAPI document served at `/openapi.json`. */
  readonly document: Readonly<Record<string, unknown>>;
  /** True once a graceful shutdown has begun: `/readyz` then answers 503. */
  readonly isShuttingDown: () => boolean;
}

/** One operational endpoint; like `API_ROUTES`, the app and the document both read this table. */
export interface OpsRoute {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  /** Media type and, for JSON, the schema of the 200 answer. */
  readonly contentType: 'application/json' | 'text/plain' | 'text/html';
  readonly responseSchema?: Readonly<Record<string, unknown>>;
  /** An example of the 200 answer, shown in the document. */
  readonly example: unknown;
  /** Statuses besides 200 it can answer with. */
  readonly otherStatuses: readonly number[];
  /** Absent for `/docs`, which `createApp` serves with swagger-ui-express. */
  readonly handle?: (dependencies: OpsDependencies, request: Request, response: Response) => Promise<void> | void;
}

/**
 * How long `/readyz` waits for the store: a probe must answer within 2 s
 * whatever the database does (a database that accepts and never answers
 * included), so an orchestrator sees "not ready" rather than a hung probe.
 */
export const READINESS_DEADLINE_MS = 1_500;

/** `check()`, or `false` once `deadlineMs` has passed or when it fails. */
async function answersWithin(check: () => Promise<boolean>, deadlineMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
  });
  try {
    return await Promise.race([check().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The answer of `/healthz` and `/readyz`. */
const StatusResponseSchema = z
  .strictObject({
    status: z
      .enum(['ok', 'ready', 'store_unavailable', 'shutting_down'])
      .describe('ok: the process is up (/healthz); ready: the store answers (/readyz); otherwise why not.')
      .meta({ examples: ['ready'] }),
  })
  .describe('Liveness or readiness.');

/** A zod schema as an inline OpenAPI schema (without the `$schema` of a standalone document). */
function inlineSchema(schema: z.ZodType): Readonly<Record<string, unknown>> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
  return rest;
}

const STATUS_SCHEMA = inlineSchema(StatusResponseSchema);

/** `/healthz`, `/readyz`, `/metrics`, `/openapi.json` and `/docs`: no API key needed. */
export const OPS_ROUTES: readonly OpsRoute[] = [
  {
    path: '/healthz',
    operationId: 'health',
    summary: 'Liveness: the process is up',
    contentType: 'application/json',
    responseSchema: STATUS_SCHEMA,
    example: { status: 'ok' },
    otherStatuses: [],
    handle: (_dependencies, _request, response) => {
      response.json({ status: 'ok' });
    },
  },
  {
    path: '/readyz',
    operationId: 'ready',
    summary: 'Readiness: the store answers (503 when it does not, or while shutting down)',
    contentType: 'application/json',
    responseSchema: STATUS_SCHEMA,
    example: { status: 'ready' },
    otherStatuses: [503],
    handle: async (dependencies, _request, response) => {
      const ready = !dependencies.isShuttingDown() && (await answersWithin(() => dependencies.service.ready(), READINESS_DEADLINE_MS));
      if (ready) response.json({ status: 'ready' });
      else response.status(503).json({ status: dependencies.isShuttingDown() ? 'shutting_down' : 'store_unavailable' });
    },
  },
  {
    path: '/metrics',
    operationId: 'metrics',
    summary: 'Prometheus metrics: HTTP latency and whatever the service registered',
    contentType: 'text/plain',
    example:
      '# HELP http_request_duration_seconds HTTP request latency\n# TYPE http_request_duration_seconds histogram\n' +
      'http_request_duration_seconds_bucket{le="0.05",method="GET",route="/healthz",status_code="200"} 12\n',
    otherStatuses: [],
    handle: async (dependencies, _request, response) => {
      const body = await dependencies.registry.metrics();
      response.type(dependencies.registry.contentType).send(body);
    },
  },
  {
    path: '/openapi.json',
    operationId: 'openApiDocument',
    summary: 'This OpenAPI 3.1 document',
    contentType: 'application/json',
    responseSchema: inlineSchema(z.record(z.string(), z.unknown()).describe('An OpenAPI 3.1 document.')),
    example: { openapi: '3.1.0', info: { title: 'Leaseback API', version: '1.0.0' }, paths: {} },
    otherStatuses: [],
    handle: (dependencies, _request, response) => {
      response.json(dependencies.document);
    },
  },
  {
    path: '/docs',
    operationId: 'apiReference',
    summary: 'Interactive API reference (Swagger UI, served locally)',
    contentType: 'text/html',
    example: '<!DOCTYPE html><html><head><title>Leaseback API</title></head><body><div id="swagger-ui"></div></body></html>',
    otherStatuses: [],
  },
];
