import type { JsonSchema } from './check-strict-schema.js';

/** String formats Anthropic's structured output accepts (the list the SDK's `transformJSONSchema` keeps). */
export const ANTHROPIC_STRING_FORMATS: ReadonlySet<string> = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'uri',
  'ipv4',
  'ipv6',
  'uuid',
]);

/**
 * The complexity limits of Anthropic's structured output (JSON outputs and
 * strict tools), as its documentation states them: at most 24 optional
 * properties and 16 properties with a union type (`anyOf` or a type list)
 * across all strict schemas of a request, and 20 strict tools.
 */
export const ANTHROPIC_SCHEMA_LIMITS = {
  maxOptionalProperties: 24,
  maxUnionProperties: 16,
  maxStrictTools: 20,
} as const;

// What structured output reads; everything else is rejected (the SDK moves it into descriptions).
const ALLOWED_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'allOf',
  'enum',
  'const',
  'description',
  'title',
  '$ref',
  '$defs',
  'format',
  'minItems',
  'default',
]);

/** One rule a schema breaks for Anthropic's structured output. */
export interface AnthropicSchemaViolation {
  /** JSON Pointer of the offending node. */
  readonly path: string;
  readonly rule:
    | 'root_not_object'
    | 'unsupported_keyword'
    | 'unsupported_format'
    | 'additional_properties'
    | 'min_items'
    | 'too_many_optional'
    | 'too_many_unions';
  readonly message: string;
}

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointer(path: readonly string[]): string {
  return path.length === 0 ? '#' : `#/${path.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

function isUnion(node: unknown): boolean {
  return isRecord(node) && (Array.isArray(node.anyOf) || (Array.isArray(node.type) && node.type.length > 1));
}

/**
 * Lists every rule `schema` breaks for Anthropic's structured output
 * (`output_config.format` or a strict tool's `input_schema`): the root is an
 * object; every object sets `additionalProperties: false`; only supported
 * keywords and string formats appear (no numeric or string-length bounds);
 * `minItems` is 0 or 1; and the optional-property and union limits of
 * `ANTHROPIC_SCHEMA_LIMITS` hold (pass every schema of one request together).
 */
export function checkAnthropicSchema(...schemas: readonly JsonSchema[]): AnthropicSchemaViolation[] {
  const violations: AnthropicSchemaViolation[] = [];
  const report = (path: readonly string[], rule: AnthropicSchemaViolation['rule'], message: string): void => {
    violations.push({ path: pointer(path), rule, message });
  };
  let optional = 0;
  let unions = 0;

  const visit = (node: unknown, path: string[]): void => {
    if (!isRecord(node)) return;
    for (const keyword of Object.keys(node)) {
      if (!ALLOWED_KEYWORDS.has(keyword)) report([...path, keyword], 'unsupported_keyword', `keyword "${keyword}" is not supported`);
    }
    if (typeof node.format === 'string' && !ANTHROPIC_STRING_FORMATS.has(node.format)) {
      report([...path, 'format'], 'unsupported_format', `format "${node.format}" is not supported`);
    }
    if (node.minItems !== undefined && node.minItems !== 0 && node.minItems !== 1)
      report([...path, 'minItems'], 'min_items', 'minItems must be 0 or 1');
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes('object')) {
      if (node.additionalProperties !== false)
        report([...path, 'additionalProperties'], 'additional_properties', 'objects must set additionalProperties: false');
      const required = new Set(Array.isArray(node.required) ? node.required : []);
      for (const [key, child] of Object.entries(isRecord(node.properties) ? node.properties : {})) {
        if (!required.has(key)) optional += 1;
        if (isUnion(child)) unions += 1;
        visit(child, [...path, 'properties', key]);
      }
    }
    if (node.items !== undefined) visit(node.items, [...path, 'items']);
    for (const keyword of ['anyOf', 'allOf'] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches)) for (const [index, branch] of branches.entries()) visit(branch, [...path, keyword, String(index)]);
    }
    if (isRecord(node.$defs)) for (const [name, definition] of Object.entries(node.$defs)) visit(definition, [...path, '$defs', name]);
  };

  schemas.forEach((schema) => {
    if (schema.type !== 'object') report([], 'root_not_object', 'the root must be an object schema');
    visit(schema, []);
  });
  if (optional > ANTHROPIC_SCHEMA_LIMITS.maxOptionalProperties) {
    report([], 'too_many_optional', `${optional} optional properties; at most ${ANTHROPIC_SCHEMA_LIMITS.maxOptionalProperties}`);
  }
  if (unions > ANTHROPIC_SCHEMA_LIMITS.maxUnionProperties) {
    report([], 'too_many_unions', `${unions} properties with a union type; at most ${ANTHROPIC_SCHEMA_LIMITS.maxUnionProperties}`);
  }
  return violations;
}
