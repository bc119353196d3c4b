import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from './api-routes.js';
import { API_VERSION } from './api-version.js';
import { buildOpenApiDocument, componentSchema, COMPONENT_NAMES, fieldExamples } from './openapi-document.js';
import { accepts, declaredExamples } from './openapi-field-examples.js';
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

/**
 * Whether a property's schema shows an example: its own `examples`, or, for a
 * reference to a component, the component (whose own properties are checked in turn).
 */
function isIllustrated(schema: Node): boolean {
  if (Array.isArray(schema['examples']) && schema['examples'].length > 0) return true;
  const reference = schema['$ref'];
  return (
    typeof reference === 'string' &&
    reference.startsWith(COMPONENTS) &&
    document.components.schemas[reference.slice(COMPONENTS.length)] !== undefined
  );
}

/** `where` of every property, at any depth of `node`, without an example. */
function unillustratedProperties(node: unknown, where: string, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) unillustratedProperties(item, `${where}[${index}]`, found);
  } else if (typeof node === 'object' && node !== null) {
    const properties = (node as Node)['properties'];
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, schema] of Object.entries(properties as Record<string, Node>))
        if (!isIllustrated(schema)) found.push(`${where}.${name}`);
    }
    for (const [key, value] of Object.entries(node as Node)) unillustratedProperties(value, `${where}.${key}`, found);
  }
  return found;
}

type Schema = z.core.$ZodType;
type Definition = Readonly<Record<string, unknown>> & { readonly type: string };
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);
const COMPONENT_SCHEMAS = new Set<Schema>(COMPONENT_NAMES.map((name) => componentSchema(name) as Schema));

/** Every object field of `schema`, at any depth, with where it is. */
function fieldsOf(schema: Schema, where: string, found: [string, Schema][] = [], seen = new Set<Schema>()): [string, Schema][] {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const definition = schema._zod.def as unknown as Definition;
  const inner = (key: string, suffix = '') => fieldsOf(definition[key] as Schema, `${where}${suffix}`, found, seen);
  if (definition.type === 'object')
    for (const [name, field] of Object.entries(definition['shape'] as Record<string, Schema>)) {
      found.push([`${where}.${name}`, field]);
      fieldsOf(field, `${where}.${name}`, found, seen);
    }
  else if (WRAPPERS.has(definition.type)) inner('innerType');
  else if (definition.type === 'array') inner('element', '[]');
  else if (definition.type === 'record') inner('valueType', '{}');
  else if (definition.type === 'pipe') {
    inner('in');
    inner('out');
  } else if (definition.type === 'lazy') fieldsOf((definition['getter'] as () => Schema)(), where, found, seen);
  else if (definition.type === 'union')
    for (const [index, option] of (definition['options'] as Schema[]).entries()) fieldsOf(option, `${where}|${index}`, found, seen);
  return found;
}

/** Whether a field is a component (or a described copy of one): illustrated by the component's own fields. */
function isComponent(field: Schema): boolean {
  for (let schema: Schema | undefined = field; schema !== undefined; ) {
    if (COMPONENT_SCHEMAS.has(schema) || (schema._zod.parent !== undefined && COMPONENT_SCHEMAS.has(schema._zod.parent))) return true;
    const definition = schema._zod.def as unknown as Definition;
    schema = WRAPPERS.has(definition.type) ? (definition['innerType'] as Schema) : undefined;
  }
  return false;
}

/** The examples a field shows: declared on it (or on what it wraps), else the one found for it. */
function examplesOf(field: Schema, found: ReadonlyMap<Schema, unknown>): readonly unknown[] {
  for (let schema: Schema | undefined = field; schema !== undefined; ) {
    const declared = declaredExamples(schema);
    if (declared !== undefined) return declared;
    const definition = schema._zod.def as unknown as Definition;
    schema = WRAPPERS.has(definition.type) ? (definition['innerType'] as Schema) : undefined;
  }
  return found.has(field) ? [found.get(field)] : [];
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

  it('has an example on every property of every component and inline schema, and on every parameter', () => {
    const missing: Record<string, string[]> = {};
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      const unillustrated = unillustratedProperties(schema, name);
      if (unillustrated.length > 0) missing[name] = unillustrated;
    }
    expect(missing).toEqual({});
    expect(unillustratedProperties(document.paths, 'paths')).toEqual([]);
    const parameters = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        ((operation['parameters'] ?? []) as Node[])
          .filter((parameter) => parameter['$ref'] === undefined && parameter['example'] === undefined && !hasExample(parameter['schema']))
          .map((parameter) => `${method.toUpperCase()} ${path} ${String(parameter['name'])}`),
      ),
    );
    expect(parameters).toEqual([]);
  });

  it('has an example on the success answer of every operation, and on every 202', () => {
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, answer] of Object.entries(operation['responses'] as Record<string, Node>)) {
          if (!status.startsWith('2')) continue;
          const content = Object.entries((answer['content'] ?? {}) as Record<string, Node>);
          const textual = content.filter(([mediaType]) => !mediaType.includes('spreadsheetml'));
          if (textual.every(([, media]) => media['example'] === undefined))
            problems.push(`${method.toUpperCase()} ${path} ${status}: no example`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every field of every component zod schema an example its own schema accepts', () => {
    const found = fieldExamples(API_ROUTES);
    const missing: string[] = [];
    const rejected: string[] = [];
    // The components the document uses (the registries also hold the model's own structured outputs).
    for (const name of COMPONENT_NAMES.filter((component) => document.components.schemas[component] !== undefined)) {
      for (const [where, field] of fieldsOf(componentSchema(name) as Schema, name)) {
        if (isComponent(field)) continue;
        const examples = examplesOf(field, found);
        if (examples.length === 0) missing.push(where);
        for (const example of examples) if (!accepts(field, example)) rejected.push(`${where}: ${JSON.stringify(example)}`);
      }
    }
    expect(missing).toEqual([]);
    expect(rejected).toEqual([]);
  });

  it('finds what it looks for: an undescribed property and an operation without an example are reported', () => {
    expect(undescribedProperties({ properties: { amount: { type: 'number' }, id: { type: 'string', description: 'x' } } }, 'X')).toEqual([
      'X.amount',
    ]);
    expect(hasExample({ responses: { 200: { content: { 'application/json': { schema: {} } } } } })).toBe(false);
    expect(hasExample({ responses: { 200: { content: { 'application/json': { schema: {}, example: {} } } } } })).toBe(true);
    expect(unillustratedProperties({ properties: { amount: { type: 'number' }, id: { type: 'string', examples: ['a'] } } }, 'X')).toEqual([
      'X.amount',
    ]);
    const amount = z
      .number()
      .gt(0)
      .meta({ examples: [-1] });
    const bare = z.string();
    const schema = z.object({ amount, inner: z.object({ bare }).optional() });
    const fields = fieldsOf(schema, 'X');
    expect(fields.map(([where]) => where)).toEqual(['X.amount', 'X.inner', 'X.inner.bare']);
    expect(examplesOf(bare, new Map())).toEqual([]);
    expect(accepts(amount, examplesOf(amount, new Map())[0])).toBe(false);
  });
});
