import { z } from 'zod';
import {
  CapacityReportSchema,
  CapacitySchema,
  IDEMPOTENCY_KEY_PATTERN,
  JsonValueSchema,
  type ListLimits,
  ProgramRequestSchema,
  REQUEST_ID_PATTERN,
  RUN_LIST_LIMITS,
  SCENARIO_SET_LIST_LIMITS,
  ReplayReportSchema,
  ScenarioSetRequestSchema,
  ScenarioSetWithComparisonSchema,
  wireSchemas,
  type ErrorCode,
} from '@leaseback/domain';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES } from '@leaseback/service';
import { sessionWireSchemas } from '@leaseback/service/sessions';
import type { ApiRoute, SchemaReference } from './api-routes.js';
import { errorStatusesOf } from './route-error-codes.js';
import { ErrorResponseSchema } from './error-body-schema.js';
import { ANSWER_EXAMPLES } from './openapi-answer-examples.js';
import { EXAMPLE_ASSETS, EXAMPLE_CORPORATE_STATE, REQUEST_EXAMPLES } from './openapi-examples.js';
import { collectFieldExamples } from './openapi-field-examples.js';
import type { OpsRoute } from './ops-routes.js';

type JsonObject = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';
/** What an export answers, by `format`. */
// The export answers' media types as the workbook sends them, without their charset parameter.
const EXPORT_CONTENT_TYPES = EXPORT_FORMATS.map((format) => EXPORT_MEDIA_TYPES[format].split(';')[0] as string);

/** Reason phrases for the documented error statuses. */
const ERROR_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Invalid input (every problem with its path), malformed JSON, or an invalid header',
  401: 'Missing or unknown API key',
  404: 'Unknown id, or a fund the API key does not hold (for reads and writes alike)',
  409: 'A request with the same Idempotency-Key is still in progress, or the session changed since the version sent (version_conflict)',
  405: 'The method is not allowed on this path',
  413: 'The request body is larger than the limit, or the portfolio has more assets than planner.max_assets',
  415: 'The request body is not JSON',
  422: 'The Idempotency-Key was already used with a different body, or the figures cannot be computed',
  500: 'Internal error (generic message)',
  502: 'The language model answered unusably (invalid output, refusal, authentication)',
  503: 'A dependency is unavailable (store, language model, scenario definitions), the engine deadline passed, the work was cancelled, or the server is shutting down; retry later',
  504: 'The language model timed out',
};

/** Options for `buildOpenApiDocument`. */
export interface OpenApiDocumentOptions {
  readonly routes: readonly ApiRoute[];
  readonly opsRoutes: readonly OpsRoute[];
  /** `info.version`. */
  readonly version: string;
  /**
   * `servers`: where the API is served. Default: the server that serves the
   * document (a relative URL) and the local default address.
   */
  readonly servers?: readonly { readonly url: string; readonly description: string }[];
}

/** Default of `OpenApiDocumentOptions.servers`. */
export const DEFAULT_SERVERS = [
  { url: '/', description: 'The server this document was read from' },
  { url: 'http://127.0.0.1:8080', description: 'A local server started with `leaseback serve` (the default port)' },
] as const;

/**
 * The OpenAPI 3.1 document of the API, generated from the route tables and the
 * domain's zod schemas (zod 4 emits JSON Schema 2020-12, OpenAPI 3.1's dialect).
 * Responses reference output schemas (defaults filled in); request bodies
 * reference `…Input` schemas (what a caller may omit).
 */
export function buildOpenApiDocument(options: OpenApiDocumentOptions): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of options.routes) {
    const operations = paths[route.path] ?? {};
    paths[route.path] = operations;
    operations[route.method] = apiOperation(route);
  }
  for (const route of options.opsRoutes) {
    const operations = paths[route.path] ?? {};
    paths[route.path] = operations;
    operations['get'] = opsOperation(route);
  }
  return {
    // No `jsonSchemaDialect`: 3.1's default is already JSON Schema 2020-12 (what zod emits),
    // and Swagger UI warns about any explicit value.
    openapi: '3.1.0',
    info: {
      title: 'Leaseback API',
      version: options.version,
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Plans corporate sale-leaseback programs: which assets to sell to raise a target without breaking loan covenants. ' +
        'Every error answers `{ "error": { "code", "message", "problems"? } }`.',
    },
    tags: [
      { name: 'programs', description: 'Plan without storing' },
      { name: 'runs', description: 'Stored runs' },
      { name: 'scenario sets', description: 'What-if scenario sets' },
      { name: 'capacity', description: 'The most a portfolio can raise' },
      { name: 'sessions', description: 'Guided planning conversations' },
      { name: 'jobs', description: 'Asynchronous runs (`Prefer: respond-async`) and their progress' },
      { name: 'ops', description: 'Health, readiness, metrics and this document' },
    ],
    servers: (options.servers ?? DEFAULT_SERVERS).map((server) => ({ url: server.url, description: server.description })),
    security: [{ bearerAuth: [] }, { apiKeyHeader: [] }],
    paths,
    components: {
      schemas: usedOnly(componentSchemas(fieldExamples(options.routes)), paths),
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key from LEASEBACK_API_KEYS' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The same key in a header' },
      },
      headers: {
        RequestId: { description: 'The request id (the caller’s X-Request-Id when it is a plain token)', schema: { type: 'string' } },
        IdempotencyKey: { description: 'Echo of the request’s Idempotency-Key', schema: { type: 'string' } },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'A retried request with the same key and body returns the first result instead of doing the work twice.',
          schema: { type: 'string', minLength: 1, maxLength: 255, pattern: IDEMPOTENCY_KEY_PATTERN.source },
          example: 'plan-2026-q1-northwind',
        },
        RequestId: {
          name: 'X-Request-Id',
          in: 'header',
          required: false,
          description: 'Correlates logs; echoed in the response.',
          schema: { type: 'string', minLength: 1, maxLength: 128, pattern: REQUEST_ID_PATTERN.source },
          example: 'req-7f3a91',
        },
      },
    },
  };
}

function apiOperation(route: ApiRoute): JsonObject {
  const parameters: JsonObject[] = [{ $ref: '#/components/parameters/RequestId' }];
  for (const match of route.path.matchAll(/\{([^}]+)\}/g)) {
    parameters.push({
      name: match[1],
      in: 'path',
      required: true,
      description: 'The record’s id (runs and scenario sets also take a unique prefix of it, as git takes a commit’s)',
      schema: { type: 'string' },
      example: '3f2a9c1e',
    });
  }
  if (route.listQuery === true)
    parameters.push(...queryParameters(route.path.startsWith('/api/scenario_sets') ? SCENARIO_SET_LIST_LIMITS : RUN_LIST_LIMITS));
  if (route.exportQuery === true)
    parameters.push({
      name: 'format',
      in: 'query',
      required: false,
      description: 'The file to answer: xlsx (a workbook), csv, md (a Markdown memo) or html (a one-page memo)',
      schema: { type: 'string', enum: [...EXPORT_FORMATS], default: EXPORT_FORMATS[0] },
      example: 'csv',
    });
  if (route.method === 'post') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  const responseHeaders: JsonObject = { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } };
  if (route.method === 'post') responseHeaders['Idempotency-Key'] = { $ref: '#/components/headers/IdempotencyKey' };
  const content: Record<string, JsonObject> =
    route.response.component === 'file'
      ? Object.fromEntries(EXPORT_CONTENT_TYPES.map((mediaType) => [mediaType, { schema: { type: 'string', format: 'binary' } }]))
      : route.contentType === 'text/event-stream'
        ? {
            'text/event-stream': {
              schema: { type: 'string', description: 'Server-sent events; each `data:` line is JSON (see the description)' },
            },
          }
        : { 'application/json': { schema: schemaReference(route.response) } };
  // What the API really answers for the example portfolio (a workbook has no text to show).
  for (const [mediaType, example] of Object.entries(ANSWER_EXAMPLES.success[route.operationId] ?? {}))
    if (content[mediaType] !== undefined) content[mediaType] = { ...content[mediaType], example };
  const responses: JsonObject = {
    [String(route.status)]: { description: route.summary, headers: responseHeaders, content },
  };
  if (route.asyncKind !== undefined) {
    parameters.push({
      name: 'Prefer',
      in: 'header',
      required: false,
      description:
        '`respond-async`: queue the work as a job and answer 202 at once; follow it at the `Location` (GET /api/jobs/{job_id}, or its /events).',
      schema: { type: 'string', examples: ['respond-async'] },
    });
    responses['202'] = {
      description: `Queued as a job of kind \`${route.asyncKind}\` (with \`Prefer: respond-async\`)`,
      headers: {
        ...responseHeaders,
        Location: { description: 'The job: /api/jobs/{job_id}', schema: { type: 'string' } },
      },
      content: { 'application/json': { schema: { $ref: `${COMPONENTS}Job` }, example: ANSWER_EXAMPLES.queued[route.asyncKind] } },
    };
  }
  // Computed from the route's codes: each status with the codes it carries (and one of them as the example).
  for (const [status, codes] of errorStatusesOf(route.errorCodes)) {
    responses[String(status)] = {
      description: `${ERROR_DESCRIPTIONS[status] ?? 'Error'}. \`error.code\`: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
      headers: { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } },
      content: {
        'application/json': {
          schema: { $ref: `${COMPONENTS}ErrorResponse` },
          example: errorExample(codes[0] as ErrorCode),
        },
      },
    };
  }
  const operation: JsonObject = {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    tags: [route.tag],
    parameters,
    responses,
  };
  if (route.upload === true) {
    const file = { type: 'string', format: 'binary' };
    operation['requestBody'] = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: {
                ...file,
                description: 'The portfolio: an .xlsx workbook (Assets and Company sheets) or an assets CSV',
                examples: [ASSETS_CSV_EXAMPLE],
              },
              company: {
                ...file,
                description: 'For a CSV: the company figures, as a company CSV or JSON (the corporate state)',
                examples: [JSON.stringify(EXAMPLE_CORPORATE_STATE)],
              },
            },
          },
        },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: file },
        'text/csv': { schema: { type: 'string' } },
      },
    };
  }
  if (route.requestBody !== undefined) {
    const example = (REQUEST_EXAMPLES as Readonly<Record<string, unknown>>)[route.requestBody.component];
    operation['requestBody'] = {
      required: true,
      content: {
        'application/json': {
          schema: { $ref: `${COMPONENTS}${route.requestBody.component}Input` },
          ...(example === undefined ? {} : { example }),
        },
      },
    };
  }
  return operation;
}

/** The example assets as an assets CSV (a header of field names, a row per asset). */
const ASSETS_CSV_EXAMPLE = [
  Object.keys(EXAMPLE_ASSETS[0]).join(','),
  ...EXAMPLE_ASSETS.map((asset) => Object.values(asset).join(',')),
].join('\n');

/** An error body for the example of a response carrying `code`. */
function errorExample(code: ErrorCode): JsonObject {
  const example: JsonObject = { code, message: ERROR_EXAMPLE_MESSAGES[code] ?? `the request failed (${code.replaceAll('_', ' ')})` };
  if (code === 'invalid_input') example['problems'] = [{ path: 'request.assets[3].cap_rate', message: 'must be > 0 and < 1' }];
  if (code === 'too_many_assets') example['limit'] = 2000;
  return { error: example };
}

// Messages of the error examples where the generic wording would not say what happened.
const ERROR_EXAMPLE_MESSAGES: Readonly<Partial<Record<ErrorCode, string>>> = {
  invalid_input: 'request: 1 problem: request.assets[3].cap_rate: must be > 0 and < 1',
  unauthorized: 'missing or unknown API key',
  ambiguous_id: 'the id prefix 3f2 matches more than one record; give more characters',
  not_found: 'no run 3f2a9c1e-0000-4000-8000-000000000000',
  too_many_assets: 'request.assets has 2001 assets; at most 2000 are planned per request (planner.max_assets)',
  internal_error: 'an internal error occurred',
  store_unavailable: 'the store is unavailable; retry later',
  version_conflict: 'the session changed since version 3; read it again and retry',
  job_not_completed: 'the job has not completed yet',
  run_not_replayable: 'the run failed, so there is nothing to replay',
  scenario_definitions_unavailable: 'the scenario definitions could not be generated; retry later',
};

function opsOperation(route: OpsRoute): JsonObject {
  const schema = route.contentType === 'application/json' ? (route.responseSchema ?? { type: 'object' }) : { type: 'string' };
  const content: JsonObject = { [route.contentType]: { schema } };
  const responses: JsonObject = {
    '200': { description: route.summary, content: { [route.contentType]: { schema, example: route.example } } },
  };
  for (const status of route.otherStatuses) responses[String(status)] = { description: route.summary, content };
  // Every route refuses a credential in its query string.
  responses['400'] = {
    description: 'A credential (api_key, token...) in the query string: refused, never logged (credentials_in_query)',
    content: { 'application/json': { schema: { $ref: `${COMPONENTS}ErrorResponse` } } },
  };
  return { operationId: route.operationId, summary: route.summary, description: route.summary, tags: ['ops'], security: [], responses };
}

/** `fund_id` and `limit`, the limit's default and maximum from the list's limits in the domain. */
function queryParameters(limits: ListLimits): JsonObject[] {
  return [
    {
      name: 'fund_id',
      in: 'query',
      required: false,
      description: 'Only this fund’s records',
      schema: { type: 'string', minLength: 1 },
      example: 'fund-a',
    },
    {
      name: 'limit',
      in: 'query',
      required: false,
      description: `How many, newest first: ${limits.default} by default, at most ${limits.max}`,
      schema: { type: 'integer', minimum: 1, maximum: limits.max, default: limits.default },
      example: limits.default,
    },
  ];
}

function schemaReference(reference: SchemaReference): JsonObject {
  const single = { $ref: `${COMPONENTS}${reference.component}` };
  return reference.array === true ? { type: 'array', items: single } : single;
}

/** A zod schema, whatever its kind. */
type Schema = z.core.$ZodType;

/** The zod schema of each answer component, by component name. */
const OUTPUT_COMPONENTS: Readonly<Record<string, z.ZodType>> = {
  ...wireSchemas,
  Capacity: CapacitySchema,
  JsonValue: JsonValueSchema,
  ...sessionWireSchemas,
  ScenarioSetWithComparison: ScenarioSetWithComparisonSchema,
  CapacityReport: CapacityReportSchema,
  ReplayReport: ReplayReportSchema,
  ErrorResponse: ErrorResponseSchema,
};

/** The zod schema of each request body component (what a caller may omit), by component name. */
const INPUT_COMPONENTS: Readonly<Record<string, z.ZodType>> = {
  ProgramRequestInput: ProgramRequestSchema,
  ScenarioSetRequestInput: ScenarioSetRequestSchema,
  AssetInput: wireSchemas.Asset,
  CorporateStateInput: wireSchemas.CorporateState,
  JsonValue: JsonValueSchema,
  CreateSessionRequestInput: sessionWireSchemas.CreateSessionRequest,
  TurnRequestInput: sessionWireSchemas.TurnRequest,
};

/** The name of every component generated from a zod schema. */
export const COMPONENT_NAMES: readonly string[] = [...new Set([...Object.keys(OUTPUT_COMPONENTS), ...Object.keys(INPUT_COMPONENTS)])];

/**
 * The zod schema a component of the document is generated from (`ProgramResponse`,
 * `AssetInput`...); `undefined` for a name that is not a component.
 */
export function componentSchema(name: string): z.ZodType | undefined {
  return Object.hasOwn(INPUT_COMPONENTS, name)
    ? INPUT_COMPONENTS[name]
    : Object.hasOwn(OUTPUT_COMPONENTS, name)
      ? OUTPUT_COMPONENTS[name]
      : undefined;
}

/**
 * An example for every field the examples reach: first the real answers (what the API
 * answers for the example portfolio), then the queued jobs, then the request bodies.
 */
export function fieldExamples(routes: readonly ApiRoute[]): Map<Schema, unknown> {
  const found = new Map<Schema, unknown>();
  for (const route of routes) {
    const schema = componentSchema(route.response.component);
    const answer = ANSWER_EXAMPLES.success[route.operationId]?.['application/json'];
    if (schema !== undefined && answer !== undefined)
      collectFieldExamples(route.response.array === true ? z.array(schema) : schema, answer, found);
  }
  for (const job of Object.values(ANSWER_EXAMPLES.queued)) collectFieldExamples(wireSchemas.Job, job, found);
  collectFieldExamples(ErrorResponseSchema, errorExample('invalid_input'), found);
  // A session may also be opened with a portfolio file's content: the parsed example workbook.
  const portfolio = ANSWER_EXAMPLES.success['parsePortfolio']?.['application/json'];
  collectFieldExamples(sessionWireSchemas.CreateSessionRequest, { portfolio }, found);
  for (const [component, body] of Object.entries(REQUEST_EXAMPLES)) {
    const schema = componentSchema(`${component}Input`);
    if (schema !== undefined) collectFieldExamples(schema, body, found);
  }
  return found;
}

/**
 * Every wire schema as a component, plus the request bodies' input forms, the
 * composite answers and the error body. zod's multi-schema conversion writes
 * `$ref`s between registered schemas; the `$id`/`$schema` it adds to each are
 * dropped, since a component's identity is its place in the document. A field
 * without examples of its own gets the one `examples` found for it.
 */
function componentSchemas(examples: ReadonlyMap<Schema, unknown>): Record<string, JsonObject> {
  const outputs = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(OUTPUT_COMPONENTS)) outputs.add(schema, { id: name });
  const inputs = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(INPUT_COMPONENTS)) inputs.add(schema, { id: name });
  const schemas: Record<string, JsonObject> = {
    ...convertRegistry(outputs, 'output', examples),
    ...convertRegistry(inputs, 'input', examples),
  };
  return withJsonValueArrays(schemas);
}

/**
 * `JsonValue` is recursive; its array branch is written as an array of any JSON
 * value. Generated TypeScript (openapi-typescript) cannot express an array whose
 * items are the type being defined inside its `components` interface (TS2502),
 * while the object branch is fine. Only the array items lose precision.
 */
function withJsonValueArrays(schemas: Record<string, JsonObject>): Record<string, JsonObject> {
  const jsonValue = schemas['JsonValue'];
  const branches = jsonValue?.['anyOf'];
  if (jsonValue === undefined || !Array.isArray(branches)) return schemas;
  const patched = branches.map((branch: JsonObject) =>
    branch['type'] === 'array' ? { type: 'array', items: { description: 'Any JSON value.' } } : branch,
  );
  const examples = [{ target_amount: 150_000_000, max_net_leverage: 3.5 }];
  return { ...schemas, JsonValue: { ...jsonValue, description: 'Any JSON value.', examples, anyOf: patched } };
}

/**
 * Only the components the paths reach (directly or through other components):
 * the registries hold every wire schema, some of which (the model's own
 * structured outputs) no endpoint uses.
 */
function usedOnly(schemas: Record<string, JsonObject>, paths: unknown): Record<string, JsonObject> {
  const reached = new Set<string>();
  const pending = references(paths);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (reached.has(name) || schemas[name] === undefined) continue;
    reached.add(name);
    pending.push(...references(schemas[name]));
  }
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
}

function references(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) references(item, found);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENTS)) found.push(value.slice(COMPONENTS.length));
      else references(value, found);
    }
  }
  return found;
}

function convertRegistry(
  registry: z.core.$ZodRegistry<{ id: string }>,
  io: 'input' | 'output',
  examples: ReadonlyMap<Schema, unknown>,
): Record<string, JsonObject> {
  const converted = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `${COMPONENTS}${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      if (jsonSchema.examples === undefined && examples.has(zodSchema)) jsonSchema.examples = [examples.get(zodSchema)];
    },
  }) as {
    schemas: Record<string, JsonObject>;
  };
  const schemas: Record<string, JsonObject> = {};
  for (const [name, schema] of Object.entries(converted.schemas)) {
    if (name === '__shared') {
      // Unnamed schemas used by several components: lift each into its own component.
      for (const [definition, shared] of Object.entries((schema['$defs'] ?? {}) as Record<string, JsonObject>)) {
        schemas[sharedName(io, definition)] = shared;
      }
      continue;
    }
    const { $schema: _dialect, $id: _identity, ...rest } = schema;
    schemas[name] = rest;
  }
  // Rewrite `…/__shared#/$defs/x` references to the lifted components.
  const text = JSON.stringify(schemas).replaceAll(
    new RegExp(`${escapeRegExp(COMPONENTS)}__shared#/\\$defs/([A-Za-z0-9_]+)`, 'g'),
    (_match, definition: string) => `${COMPONENTS}${sharedName(io, definition)}`,
  );
  return JSON.parse(text) as Record<string, JsonObject>;
}

function sharedName(io: 'input' | 'output', definition: string): string {
  return `Shared${io === 'input' ? 'Input' : ''}_${definition}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
