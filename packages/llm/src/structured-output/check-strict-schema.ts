/** A JSON Schema node as plain data. */
export type JsonSchema = Record<string, unknown>;

/** String formats strict structured output accepts (OpenAI's documented list). */
export const STRICT_STRING_FORMATS: ReadonlySet<string> = new Set([
  'date-time',
  'time',
  'date',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uuid',
]);

/** One rule a JSON Schema breaks for strict structured output. */
export interface StrictSchemaViolation {
  /** JSON Pointer of the offending node, e.g. `#/properties/asset_filters`. */
  readonly path: string;
  /** Stable name of the rule. */
  readonly rule:
    | 'root_not_object'
    | 'root_any_of'
    | 'missing_type'
    | 'unsupported_type'
    | 'unsupported_keyword'
    | 'unsupported_format'
    | 'additional_properties'
    | 'not_required'
    | 'array_without_items'
    | 'unresolved_ref'
    | 'nested_defs'
    | 'nesting_depth'
    | 'too_many_properties'
    | 'string_budget'
    | 'too_many_enum_values'
    | 'large_enum_budget';
  readonly message: string;
}

/**
 * The size limits of strict structured output, as OpenAI documents them:
 * 5,000 object properties in all, 10 levels of object nesting, 120,000
 * characters across property names, definition names, enum and const values,
 * 1,000 enum values in all, and 15,000 characters for any single string enum
 * of more than 250 values.
 */
export const STRICT_SCHEMA_LIMITS = {
  maxProperties: 5_000,
  maxNestingDepth: 10,
  maxStringBudget: 120_000,
  maxEnumValues: 1_000,
  largeEnumThreshold: 250,
  maxLargeEnumBudget: 15_000,
} as const;

// Everything strict mode accepts on a node. `$defs` only at the root.
const ALLOWED_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'enum',
  'const',
  'description',
  'title',
  '$ref',
  '$defs',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
]);

const ALLOWED_TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: JsonSchema): string[] {
  if (typeof node.type === 'string') return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((type): type is string => typeof type === 'string');
  return [];
}

function pointer(path: readonly string[]): string {
  return path.length === 0 ? '#' : `#/${path.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/**
 * Lists every rule `jsonSchema` breaks for strict structured output (OpenAI
 * `strict: true`): the root is an object and not a union; every object sets
 * `additionalProperties: false` and lists all its properties in `required`;
 * every node has a supported `type` (or is an `anyOf`, `$ref`, `enum` or
 * `const`); only supported keywords and string formats appear; arrays have
 * `items`; local `$ref`s resolve; and the size limits in
 * `STRICT_SCHEMA_LIMITS` hold. Nesting depth counts object levels from the root,
 * and from each `$defs` entry for definitions (recursion through `$ref` is
 * allowed). An empty list means the schema passes.
 */
export function checkStrictSchema(jsonSchema: JsonSchema): StrictSchemaViolation[] {
  const violations: StrictSchemaViolation[] = [];
  const report = (path: readonly string[], rule: StrictSchemaViolation['rule'], message: string): void => {
    violations.push({ path: pointer(path), rule, message });
  };
  const totals = { properties: 0, stringBudget: 0, enumValues: 0 };

  if (!types(jsonSchema).includes('object') || types(jsonSchema).length !== 1) {
    report([], 'root_not_object', 'the root must be an object schema');
  }
  if (jsonSchema.anyOf !== undefined) report([], 'root_any_of', 'the root must not be an anyOf');

  const definitions = isRecord(jsonSchema.$defs) ? jsonSchema.$defs : {};
  for (const name of Object.keys(definitions)) totals.stringBudget += name.length;

  const visit = (node: unknown, path: string[], depth: number): void => {
    if (!isRecord(node)) {
      report(path, 'missing_type', 'a schema must be an object with a type (boolean schemas are not supported)');
      return;
    }
    for (const keyword of Object.keys(node)) {
      if (!ALLOWED_KEYWORDS.has(keyword)) report([...path, keyword], 'unsupported_keyword', `keyword "${keyword}" is not supported`);
    }
    if (node.$defs !== undefined && path.length > 0)
      report([...path, '$defs'], 'nested_defs', 'definitions are only supported at the root');

    if (typeof node.$ref === 'string') {
      const match = /^#\/\$defs\/(.+)$/.exec(node.$ref);
      if (node.$ref !== '#' && (match === null || !(decodeURIComponent(match[1] ?? '') in definitions))) {
        report([...path, '$ref'], 'unresolved_ref', `$ref "${node.$ref}" does not name a root definition`);
      }
    }

    const nodeTypes = types(node);
    if (
      nodeTypes.length === 0 &&
      node.anyOf === undefined &&
      node.$ref === undefined &&
      node.enum === undefined &&
      node.const === undefined
    ) {
      report(path, 'missing_type', 'every schema needs a type (or anyOf, $ref, enum or const)');
    }
    for (const type of nodeTypes) {
      if (!ALLOWED_TYPES.has(type)) report([...path, 'type'], 'unsupported_type', `type "${type}" is not supported`);
    }
    if (typeof node.format === 'string' && !STRICT_STRING_FORMATS.has(node.format)) {
      report([...path, 'format'], 'unsupported_format', `format "${node.format}" is not supported`);
    }

    if (Array.isArray(node.enum)) {
      totals.enumValues += node.enum.length;
      const budget = node.enum.reduce<number>((sum, value) => sum + String(value).length, 0);
      totals.stringBudget += budget;
      if (node.enum.length > STRICT_SCHEMA_LIMITS.largeEnumThreshold && budget > STRICT_SCHEMA_LIMITS.maxLargeEnumBudget) {
        report(
          [...path, 'enum'],
          'large_enum_budget',
          `an enum of ${node.enum.length} values may hold at most ${STRICT_SCHEMA_LIMITS.maxLargeEnumBudget} characters`,
        );
      }
    }
    if (node.const !== undefined) totals.stringBudget += String(node.const).length;

    let childDepth = depth;
    if (nodeTypes.includes('object')) {
      childDepth = depth + 1;
      if (childDepth > STRICT_SCHEMA_LIMITS.maxNestingDepth) {
        report(path, 'nesting_depth', `objects may nest at most ${STRICT_SCHEMA_LIMITS.maxNestingDepth} levels deep`);
      }
      if (node.additionalProperties !== false) {
        report([...path, 'additionalProperties'], 'additional_properties', 'objects must set additionalProperties: false');
      }
      const properties = isRecord(node.properties) ? node.properties : {};
      const required = new Set(Array.isArray(node.required) ? node.required : []);
      for (const [key, propertySchema] of Object.entries(properties)) {
        totals.properties += 1;
        totals.stringBudget += key.length;
        if (!required.has(key))
          report(
            [...path, 'properties', key],
            'not_required',
            `property "${key}" must be listed in required (use a nullable type for optional fields)`,
          );
        visit(propertySchema, [...path, 'properties', key], childDepth);
      }
      for (const key of required) {
        if (typeof key !== 'string' || !(key in properties))
          report([...path, 'required'], 'not_required', `required names "${String(key)}" which is not a property`);
      }
    }
    if (nodeTypes.includes('array')) {
      if (node.items === undefined) report(path, 'array_without_items', 'arrays must define items');
    }
    if (node.items !== undefined) visit(node.items, [...path, 'items'], childDepth);
    if (Array.isArray(node.anyOf))
      for (const [index, branch] of node.anyOf.entries()) visit(branch, [...path, 'anyOf', String(index)], depth);
  };

  const { $defs: _definitions, ...root } = jsonSchema;
  visit(root, [], 0);
  for (const [name, definition] of Object.entries(definitions)) visit(definition, ['$defs', name], 0);

  if (totals.properties > STRICT_SCHEMA_LIMITS.maxProperties) {
    report([], 'too_many_properties', `${totals.properties} object properties in all; at most ${STRICT_SCHEMA_LIMITS.maxProperties}`);
  }
  if (totals.stringBudget > STRICT_SCHEMA_LIMITS.maxStringBudget) {
    report([], 'string_budget', `${totals.stringBudget} characters of names and values; at most ${STRICT_SCHEMA_LIMITS.maxStringBudget}`);
  }
  if (totals.enumValues > STRICT_SCHEMA_LIMITS.maxEnumValues) {
    report([], 'too_many_enum_values', `${totals.enumValues} enum values in all; at most ${STRICT_SCHEMA_LIMITS.maxEnumValues}`);
  }
  return violations;
}
