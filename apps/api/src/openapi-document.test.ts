import { RUN_LIST_LIMITS, SCENARIO_SET_LIST_LIMITS, wireSchemas } from '@leaseback/domain';
import type { LeasebackService } from '@leaseback/service';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from './api-routes.js';
import { createApp } from './create-app.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { OPS_ROUTES } from './ops-routes.js';

type Json = Record<string, any>;

const document = buildOpenApiDocument({ routes: API_ROUTES, opsRoutes: OPS_ROUTES, version: '1.2.3' }) as Json;

function resolvePointer(pointer: string): unknown {
  expect(pointer.startsWith('#/')).toBe(true);
  let node: unknown = document;
  for (const segment of pointer.slice(2).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function collectReferences(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectReferences(item, found);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else collectReferences(value, found);
    }
  }
  return found;
}

/** The routes Express actually serves: method and OpenAPI-style path of every route layer. */
function appRoutes(): { method: string; path: string }[] {
  const service = {} as LeasebackService;
  const app = createApp({
    service,
    config: { api: { host: null, port: 0, body_limit: '1mb', api_keys: {} } },
    logger: pino({ level: 'silent' }),
    registry: new Registry(),
  });
  type RouteLayer = { route?: { path: string; methods: Record<string, boolean>; stack: { name: string }[] } };
  const stack = (app as unknown as { router: { stack: RouteLayer[] } }).router.stack;
  const routes: { method: string; path: string }[] = [];
  for (const layer of stack) {
    if (layer.route === undefined) continue;
    // The `app.all` layers answer 405 on known paths; they are not routes of their own.
    if (layer.route.stack.every((handler) => handler.name === 'methodNotAllowed')) continue;
    for (const [method, enabled] of Object.entries(layer.route.methods)) {
      if (enabled) routes.push({ method, path: layer.route.path.replace(/:([A-Za-z_]+)/g, '{$1}') });
    }
  }
  return routes;
}

describe('the OpenAPI document', () => {
  it('is an OpenAPI 3.1 document with info, paths and components', () => {
    expect(document['openapi']).toBe('3.1.0');
    // Swagger UI warns about any explicit jsonSchemaDialect; 3.1's default is already 2020-12.
    expect(document).not.toHaveProperty('jsonSchemaDialect');
    expect(document['servers']).toEqual(expect.arrayContaining([expect.objectContaining({ url: '/' })]));
    expect(document['info']).toMatchObject({ title: expect.any(String), version: '1.2.3' });
    expect(Object.keys(document['paths']).length).toBeGreaterThan(0);
    expect(document['components']['securitySchemes']).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer' },
      apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    });
  });

  it('resolves every $ref inside the document', () => {
    const references = collectReferences(document);
    expect(references.length).toBeGreaterThan(20);
    const unresolved = references.filter((reference) => resolvePointer(reference) === undefined);
    expect(unresolved).toEqual([]);
  });

  it('has the wire schemas the routes use as components, no unused one, without per-schema $id or $schema', () => {
    const schemas = document['components']['schemas'] as Json;
    for (const name of [
      'ProgramRequest',
      'ProgramResponse',
      'RunRecord',
      'RunListItem',
      'ScenarioSetSummary',
      'SelectorSpec',
      'Capacity',
    ]) {
      expect(Object.keys(wireSchemas).includes(name) || name === 'Capacity').toBe(true);
      expect(schemas).toHaveProperty(name);
    }
    const referenced = new Set(collectReferences(document).map((reference) => reference.split('/').at(-1)));
    expect(Object.keys(schemas).filter((name) => !referenced.has(name))).toEqual([]);
    for (const name of ['ProgramRequestInput', 'ScenarioSetRequestInput', 'ErrorResponse', 'ScenarioSetWithComparison', 'CapacityReport']) {
      expect(schemas).toHaveProperty(name);
    }
    for (const schema of Object.values(schemas)) {
      expect(schema).not.toHaveProperty('$id');
      expect(schema).not.toHaveProperty('$schema');
    }
    // Request bodies describe what a caller may omit: program_type has a default, so it is optional.
    expect(schemas['ProgramRequestInput'].required).not.toContain('program_type');
    expect(schemas['ProgramRequest'].required).toContain('program_type');
  });

  it('documents every operation completely', () => {
    const operationIds = new Set<string>();
    for (const [path, operations] of Object.entries(document['paths'] as Record<string, Json>)) {
      const templateParameters = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(operations)) {
        expect(['get', 'post', 'delete']).toContain(method);
        expect(operation['operationId']).toEqual(expect.any(String));
        expect(operationIds.has(operation['operationId'])).toBe(false);
        operationIds.add(operation['operationId']);
        expect(Object.keys(operation['responses']).length).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(operation['responses'] as Record<string, Json>)) {
          expect(status).toMatch(/^[1-5]\d\d$/);
          expect(response['description']).toEqual(expect.any(String));
          if (Number(status) >= 400 && path.startsWith('/api/')) {
            expect(response['content']['application/json']['schema']).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
          }
        }
        const pathParameters = ((operation['parameters'] ?? []) as Json[]).filter((parameter) => parameter['in'] === 'path');
        expect(pathParameters.map((parameter) => parameter['name'])).toEqual(templateParameters);
        for (const parameter of pathParameters) expect(parameter['required']).toBe(true);
        // Every POST takes a JSON body, except actions on a stored resource (replay), which take none, and uploads.
        if (method === 'post' && path === '/api/portfolios/parse') {
          expect(Object.keys(operation['requestBody']['content'])).toEqual([
            'multipart/form-data',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'text/csv',
          ]);
        } else if (method === 'post' && !path.endsWith('/replay')) {
          expect(operation['requestBody']['content']['application/json']['schema']['$ref']).toMatch(/^#\/components\/schemas\/\w+Input$/);
        }
        if (path.endsWith('/replay')) expect(operation['requestBody']).toBeUndefined();
      }
    }
  });

  it('documents the error statuses of the brief on the routes that can answer them', () => {
    const createRun = document['paths']['/api/runs']['post']['responses'];
    for (const status of ['201', '400', '401', '404', '409', '413', '415', '422', '500']) expect(createRun).toHaveProperty(status);
    expect(document['paths']['/api/scenario_sets']['post']['responses']).toHaveProperty('503');
    expect(document['paths']['/api/runs/{run_id}']['get']['responses']).toHaveProperty('404');
    expect(document['paths']['/readyz']['get']['responses']).toHaveProperty('503');
    expect(document['paths']['/healthz']['get']['security']).toEqual([]);
  });

  it('takes the list limits from the domain, as the store and the service do', () => {
    const limitOf = (path: string) =>
      (document['paths'][path]['get']['parameters'] as Json[]).find((parameter) => parameter['name'] === 'limit')?.['schema'];
    expect(limitOf('/api/runs')).toMatchObject({ maximum: RUN_LIST_LIMITS.max, default: RUN_LIST_LIMITS.default });
    expect(limitOf('/api/scenario_sets')).toMatchObject({
      maximum: SCENARIO_SET_LIST_LIMITS.max,
      default: SCENARIO_SET_LIST_LIMITS.default,
    });
  });

  it('lists every route the app serves, and nothing it does not', () => {
    const served = appRoutes();
    expect(served.length).toBe(API_ROUTES.length + OPS_ROUTES.filter((route) => route.handle !== undefined).length);
    const documented = Object.entries(document['paths'] as Record<string, Json>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => ({ method, path })),
    );
    for (const route of served) expect(documented).toContainEqual(route);
    // `/docs` is mounted with app.use (swagger-ui-express), so it is not a route layer.
    expect(documented.filter((route) => route.path !== '/docs').sort(byKey)).toEqual([...served].sort(byKey));
    expect(documented).toContainEqual({ method: 'get', path: '/docs' });
    for (const path of [
      '/api/programs',
      '/api/runs',
      '/api/runs/{run_id}',
      '/api/scenario_sets',
      '/api/scenario_sets/{id}',
      '/api/capacity',
    ]) {
      expect(Object.keys(document['paths'])).toContain(path);
    }
  });
});

function byKey(left: { method: string; path: string }, right: { method: string; path: string }): number {
  return `${left.path} ${left.method}`.localeCompare(`${right.path} ${right.method}`);
}

describe('request examples', () => {
  it('gives every operation with a body an example its own input schema accepts', async () => {
    const { ProgramRequestSchema, ScenarioSetRequestSchema } = await import('@leaseback/domain');
    const { sessionWireSchemas } = await import('@leaseback/service/sessions');
    const inputSchemas: Record<string, { safeParse(value: unknown): { success: boolean; error?: unknown } }> = {
      ProgramRequest: ProgramRequestSchema,
      ScenarioSetRequest: ScenarioSetRequestSchema,
      CreateSessionRequest: sessionWireSchemas.CreateSessionRequest,
      TurnRequest: sessionWireSchemas.TurnRequest,
    };
    for (const route of API_ROUTES.filter((candidate) => candidate.requestBody !== undefined)) {
      const component = route.requestBody?.component ?? '';
      const body = document['paths'][route.path][route.method]['requestBody']['content']['application/json'];
      expect(body['example'], route.operationId).toBeDefined();
      const parsed = inputSchemas[component]?.safeParse(body['example']);
      expect(parsed?.success, `${route.operationId}: ${JSON.stringify(parsed?.error)}`).toBe(true);
    }
  });
});
