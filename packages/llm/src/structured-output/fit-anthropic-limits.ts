import { ANTHROPIC_SCHEMA_LIMITS } from './check-anthropic-schema.js';
import type { JsonSchema } from './check-strict-schema.js';

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema without its `null` alternative, when it is exactly "X or null"; otherwise `null`. */
function withoutNull(node: unknown): JsonSchema | null {
  if (!isRecord(node)) return null;
  if (Array.isArray(node.anyOf)) {
    const branches = node.anyOf.filter((branch) => !(isRecord(branch) && branch.type === 'null'));
    if (branches.length !== 1 || branches.length === node.anyOf.length) return null;
    const { anyOf: _anyOf, ...rest } = node;
    return { ...rest, ...(branches[0] as JsonSchema) };
  }
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const types = node.type.filter((type) => type !== 'null');
    if (types.length !== 1) return null;
    return { ...node, type: types[0] };
  }
  return null;
}

interface NullableProperty {
  readonly owner: JsonSchema;
  readonly key: string;
}

/**
 * Strict-mode schemas (OpenAI's rules) make every field required and say
 * "absent" with `null`, so each optional field becomes a union with `null`.
 * Anthropic's structured output counts such unions (at most 16 per request)
 * but accepts optional properties (at most 24). This moves nullable fields to
 * optional non-null ones, last first, until the unions fit, while the optional
 * count stays within its own limit; an omitted field reads exactly as `null`
 * would (the answer's zod schema has it optional). Returns a new schema.
 */
export function fitAnthropicLimits(schema: JsonSchema): JsonSchema {
  const copy = structuredClone(schema) as JsonSchema;
  const nullable: NullableProperty[] = [];
  let unions = 0;
  let optional = 0;
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes('object') && isRecord(node.properties)) {
      const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
      for (const [key, child] of Object.entries(node.properties)) {
        if (!required.has(key)) optional += 1;
        if (isRecord(child) && (Array.isArray(child.anyOf) || (Array.isArray(child.type) && child.type.length > 1))) {
          unions += 1;
          if (required.has(key) && withoutNull(child) !== null) nullable.push({ owner: node, key });
        }
        visit(child);
      }
    }
    if (node.items !== undefined) visit(node.items);
    for (const keyword of ['anyOf', 'allOf'] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch);
    }
    if (isRecord(node.$defs)) for (const definition of Object.values(node.$defs)) visit(definition);
  };
  visit(copy);
  while (unions > ANTHROPIC_SCHEMA_LIMITS.maxUnionProperties && optional < ANTHROPIC_SCHEMA_LIMITS.maxOptionalProperties) {
    const next = nullable.pop();
    if (next === undefined) break;
    const properties = next.owner.properties as Record<string, unknown>;
    properties[next.key] = withoutNull(properties[next.key]) as JsonSchema;
    next.owner.required = (next.owner.required as string[]).filter((key) => key !== next.key);
    unions -= 1;
    optional += 1;
  }
  return copy;
}
