import { describe, expect, it } from 'vitest';
import { API_ROUTES } from './api-routes.js';
import { API_VERSION } from './api-version.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { OPS_ROUTES } from './ops-routes.js';

type Node = Record<string, unknown>;

const document = buildOpenApiDocument({ routes: API_ROUTES, opsRoutes: OPS_ROUTES, version: API_VERSION }) as Node & {
  paths: Record<string, Record<string, Node>>;
  components: { schemas: Record<string, Node> };
};
const COMPONENTS = '#/components/schemas/';

/** Whether a property's schema says what it is: its own description, or its component's. */
function isDescribed(schema: Node): boolean {
  if (typeof schema['description'] === 'string' && schema['description'].trim() !== '') return true;
  const reference = schema['$ref'];
  if (typeof reference === 'string' && reference.startsWith(COMPONENTS)) {
    const target = document.components.schemas[reference.slice(COMPONENTS.length)];
    return target !== undefined && typeof target['description'] === 'string';
  }
  return false;
}

/** `where` of every property, at any depth of `node`, without a description. */
function undescribedProperties(node: unknown, where: string, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) undescribedProperties(item, `${where}[${index}]`, found);
  } else if (typeof node === 'object' && node !== null) {
    const properties = (node as Node)['properties'];
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, schema] of Object.entries(properties as Record<string, Node>))
        if (!isDescribed(schema)) found.push(`${where}.${name}`);
    }
    for (const [key, value] of Object.entries(node as Node)) undescribedProperties(value, `${where}.${key}`, found);
  }
  return found;
}

function hasExample(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExample);
  if (typeof node !== 'object' || node === null) return false;
  return Object.entries(node as Node).some(([key, value]) => key === 'example' || key === 'examples' || hasExample(value));
}

describe('the OpenAPI document describes everything', () => {
  it('has a description on every property of every component', () => {
    const missing: Record<string, string[]> = {};
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      const undescribed = undescribedProperties(schema, name);
      if (undescribed.length > 0) missing[name] = undescribed;
    }
    expect(missing).toEqual({});
  });

  it('has a description on every property of every inline schema, and on every parameter', () => {
    expect(undescribedProperties(document.paths, 'paths')).toEqual([]);
    const parameters = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        ((operation['parameters'] ?? []) as Node[])
          .filter((parameter) => parameter['$ref'] === undefined && typeof parameter['description'] !== 'string')
          .map((parameter) => `${method.toUpperCase()} ${path} ${String(parameter['name'])}`),
      ),
    );
    expect(parameters).toEqual([]);
  });

  it('has a summary, a description and an example on every operation, and a description on every answer', () => {
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${path}`;
        for (const field of ['summary', 'description'])
          if (typeof operation[field] !== 'string' || (operation[field] as string).trim() === '') problems.push(`${name}: no ${field}`);
        if (!hasExample(operation)) problems.push(`${name}: no example`);
        for (const [status, answer] of Object.entries(operation['responses'] as Record<string, Node>))
          if (typeof answer['description'] !== 'string') problems.push(`${name} ${status}: no description`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds what it looks for: an undescribed property and an operation without an example are reported', () => {
    expect(undescribedProperties({ properties: { amount: { type: 'number' }, id: { type: 'string', description: 'x' } } }, 'X')).toEqual([
      'X.amount',
    ]);
    expect(hasExample({ responses: { 200: { content: { 'application/json': { schema: {} } } } } })).toBe(false);
    expect(hasExample({ responses: { 200: { content: { 'application/json': { schema: {}, example: {} } } } } })).toBe(true);
  });
});
