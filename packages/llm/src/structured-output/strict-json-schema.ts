import { LeasebackError } from '@leaseback/domain';
import { z } from 'zod';
import { STRICT_STRING_FORMATS, checkStrictSchema, type JsonSchema, type StrictSchemaViolation } from './check-strict-schema.js';

// Keywords copied through unchanged: strict mode supports them as they are.
const KEPT_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'title',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  '$ref',
]);

// Pure annotations strict mode has no use for; dropping them changes no validation.
const DROPPED_ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'id']);

const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * Raised when a zod schema cannot be turned into a strict structured-output
 * schema (a non-object root, an intersection, an open-ended value...). It is a
 * programming error in the schema, not a provider failure.
 */
export class StrictSchemaError extends LeasebackError {
  /** Every rule the converted schema still breaks. */
  readonly violations: readonly StrictSchemaViolation[];

  constructor(violations: readonly StrictSchemaViolation[]) {
    super(
      'strict_schema_unsupported',
      `schema cannot be used for strict structured output: ${violations
        .map((violation) => `${violation.path}: ${violation.message}`)
        .join('; ')}`,
    );
    this.name = 'StrictSchemaError';
    this.violations = violations;
  }
}

/** Options of `toStrictJsonSchema`. */
export interface StrictJsonSchemaOptions {
  /**
   * Which side of the zod schema to describe. `input` (the default) is what a
   * model's answer is parsed as: fields with defaults are optional, so the model
   * may send `null` for them and the default applies.
   */
  readonly io?: 'input' | 'output';
}

/**
 * Converts a zod schema into a JSON Schema that strict structured output
 * (OpenAI `strict: true`) accepts, starting from zod 4's own `z.toJSONSchema`:
 *
 * - every object lists all of its properties in `required` and sets
 *   `additionalProperties: false`; a property that was optional becomes
 *   nullable (`type: [t, "null"]` for plain primitives, otherwise an `anyOf`
 *   with `{ type: "null" }`), and `fromStrictOutput` maps that `null` back to
 *   "absent" before validation;
 * - a record (`z.record`) becomes an array of `{ key, value }` entries, which
 *   `fromStrictOutput` turns back into an object;
 * - keywords strict mode does not support are removed and, where they carried a
 *   rule (`minLength`, `maxLength`, `default`, an unknown `format`), the rule is
 *   written into `description` so the model still reads it; zod enforces it on
 *   the answer and the repair loop reports a breach;
 * - `oneOf` becomes `anyOf`.
 *
 * The result is checked with `checkStrictSchema`; a schema that still breaks a
 * rule (a non-object root, `allOf`, an untyped value) throws `StrictSchemaError`.
 */
export function toStrictJsonSchema(schema: z.ZodType, options: StrictJsonSchemaOptions = {}): JsonSchema {
  const source = z.toJSONSchema(schema, { io: options.io ?? 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  const strict = strictNode(source);
  const violations = checkStrictSchema(strict);
  if (violations.length > 0) throw new StrictSchemaError(violations);
  return strict;
}

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(node: JsonSchema, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}

function strictNode(input: unknown): JsonSchema {
  // Boolean schemas (`true`/`false`) have no strict form; an empty node is flagged by the checker.
  if (!isRecord(input)) return {};
  const node = input;
  const output: JsonSchema = {};
  const notes: string[] = [];

  for (const [keyword, value] of Object.entries(node)) {
    if (KEPT_KEYWORDS.has(keyword)) output[keyword] = value;
    else if (DROPPED_ANNOTATIONS.has(keyword)) continue;
    else if (keyword === 'format') {
      if (typeof value === 'string' && STRICT_STRING_FORMATS.has(value)) output.format = value;
      else notes.push(`Format: ${String(value)}.`);
    } else if (keyword === 'minLength') notes.push(`At least ${String(value)} character${value === 1 ? '' : 's'}.`);
    else if (keyword === 'maxLength') notes.push(`At most ${String(value)} characters.`);
    else if (keyword === 'default') notes.push(`Default when null: ${JSON.stringify(value)}.`);
    else if (keyword === 'items') output.items = strictNode(value);
    else if (keyword === 'anyOf' || keyword === 'oneOf') {
      // anyOf is the only union strict mode has; the zod schema still enforces exclusivity.
      output.anyOf = Array.isArray(value) ? value.map((branch) => strictNode(branch)) : value;
    } else if (keyword === '$defs' && isRecord(value)) {
      output.$defs = Object.fromEntries(Object.entries(value).map(([name, definition]) => [name, strictNode(definition)]));
    } else if (
      keyword === 'properties' ||
      keyword === 'required' ||
      keyword === 'additionalProperties' ||
      keyword === 'propertyNames' ||
      keyword === 'description'
    ) {
    } else {
      // Anything else (allOf, not, if/then/else, uniqueItems, prefixItems, ...)
      // cannot be expressed; keep it so that the checker names it.
      output[keyword] = value;
    }
  }

  if (hasType(node, 'object')) {
    const properties = isRecord(node.properties) ? node.properties : undefined;
    const additional = node.additionalProperties;
    if (properties === undefined && isRecord(additional)) return entriesArray(node, additional, notes);
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const strictProperties: JsonSchema = {};
    for (const [key, propertySchema] of Object.entries(properties ?? {})) {
      const strict = strictNode(propertySchema);
      strictProperties[key] = required.has(key) ? strict : makeNullable(strict);
    }
    output.properties = strictProperties;
    output.required = Object.keys(strictProperties);
    // An open object with declared properties (a catch-all) cannot be strict; keep it for the checker.
    output.additionalProperties = isRecord(additional) && properties !== undefined ? additional : false;
  }

  const description = joinDescription(node.description, notes);
  if (description !== undefined) output.description = description;
  return output;
}

/** A record as a list of `{ key, value }` entries: strict mode has no open-keyed objects. */
function entriesArray(node: JsonSchema, valueSchema: JsonSchema, notes: string[]): JsonSchema {
  const keySchema = isRecord(node.propertyNames) ? strictNode(node.propertyNames) : { type: 'string' };
  if (keySchema.type === undefined && keySchema.enum === undefined && keySchema.anyOf === undefined) keySchema.type = 'string';
  const description = joinDescription(node.description, [...notes, 'A map written as a list of {key, value} entries with distinct keys.']);
  return {
    type: 'array',
    items: {
      type: 'object',
      properties: { key: keySchema, value: strictNode(valueSchema) },
      required: ['key', 'value'],
      additionalProperties: false,
    },
    ...(description === undefined ? {} : { description }),
  };
}

function joinDescription(original: unknown, notes: readonly string[]): string | undefined {
  const text = typeof original === 'string' && original !== '' ? original : undefined;
  if (notes.length === 0) return text;
  // The notes are sentences: a description without a full stop gets one, so the two do not run together.
  const lead = text === undefined ? [] : [/[.!?]$/.test(text) ? text : `${text}.`];
  return [...lead, ...notes].join(' ');
}

function isNullable(node: JsonSchema): boolean {
  if (hasType(node, 'null')) return true;
  if (node.const === null) return true;
  if (Array.isArray(node.enum) && node.enum.includes(null)) return true;
  return Array.isArray(node.anyOf) && node.anyOf.some((branch) => isRecord(branch) && isNullable(branch));
}

const ANNOTATIONS = new Set(['description', 'title']);

/** Lets `null` through as well, in the form strict mode accepts. */
export function makeNullable(node: JsonSchema): JsonSchema {
  if (isNullable(node)) return node;
  if (typeof node.type === 'string' && PRIMITIVE_TYPES.has(node.type) && node.enum === undefined && node.const === undefined) {
    return { ...node, type: [node.type, 'null'] };
  }
  const annotations = Object.fromEntries(Object.entries(node).filter(([keyword]) => ANNOTATIONS.has(keyword)));
  const rest = Object.fromEntries(Object.entries(node).filter(([keyword]) => !ANNOTATIONS.has(keyword)));
  if (Array.isArray(rest.anyOf) && Object.keys(rest).length === 1) {
    return { anyOf: [...rest.anyOf, { type: 'null' }], ...annotations };
  }
  return { anyOf: [rest, { type: 'null' }], ...annotations };
}
