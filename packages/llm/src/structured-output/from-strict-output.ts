import type { z } from 'zod';

// The parts of zod 4's schema definitions this walk needs. zod exposes them on
// `schema._zod.def`; they are stable across zod 4 releases.
interface SchemaDefinition {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly getter?: () => z.ZodType;
  readonly in?: z.ZodType;
}

function definitionOf(schema: z.ZodType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntryList(value: unknown): value is { key: string; value: unknown }[] {
  return (
    Array.isArray(value) &&
    value.every((item) => isPlainObject(item) && typeof item.key === 'string' && 'value' in item && Object.keys(item).length === 2)
  );
}

/**
 * Maps an answer written against `toStrictJsonSchema(schema)` back to the shape
 * `schema` expects, so that it can then be validated with `schema` itself:
 *
 * - `null` in a field that is optional (or has a default) and does not itself
 *   accept `null` becomes absent, so the default applies;
 * - a list of `{ key, value }` entries where the schema has a record becomes an
 *   object;
 * - everything else is returned as it is (validation reports what is wrong).
 *
 * In a union, an entry list is read as the record branch when there is one
 * (a non-empty list of `{key, value}` objects is what strict output writes for
 * a map); otherwise the first branch the mapped value passes wins.
 */
export function fromStrictOutput(schema: z.ZodType, value: unknown): unknown {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'optional':
    case 'default':
    case 'prefault': {
      const inner = definition.innerType;
      if (inner === undefined) return value;
      if (value === null && !inner.safeParse(null).success) return undefined;
      return fromStrictOutput(inner, value);
    }
    case 'nullable':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      if (value === null || definition.innerType === undefined) return value;
      return fromStrictOutput(definition.innerType, value);
    case 'lazy':
      return definition.getter === undefined ? value : fromStrictOutput(definition.getter(), value);
    case 'pipe':
      return definition.in === undefined ? value : fromStrictOutput(definition.in, value);
    case 'object': {
      if (!isPlainObject(value) || definition.shape === undefined) return value;
      const shape = definition.shape;
      const mapped: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) {
        const fieldSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
        const fieldValue = fieldSchema === undefined ? field : fromStrictOutput(fieldSchema, field);
        if (fieldValue !== undefined) mapped[key] = fieldValue;
      }
      return mapped;
    }
    case 'record': {
      const valueType = definition.valueType;
      if (valueType === undefined) return value;
      if (isEntryList(value)) {
        return Object.fromEntries(value.map((entry) => [entry.key, fromStrictOutput(valueType, entry.value)]));
      }
      return value;
    }
    case 'array':
      if (!Array.isArray(value) || definition.element === undefined) return value;
      return value.map((item) => fromStrictOutput(definition.element as z.ZodType, item));
    case 'union': {
      const options = definition.options ?? [];
      const ordered =
        isEntryList(value) && value.length > 0
          ? [...options.filter((option) => definitionOf(option).type === 'record' || reachesRecord(option)), ...options]
          : options;
      for (const option of ordered) {
        const mapped = fromStrictOutput(option, value);
        if (option.safeParse(mapped).success) return mapped;
      }
      return value;
    }
    default:
      return value;
  }
}

// A record wrapped in optional/nullable/lazy still counts as the record branch.
function reachesRecord(schema: z.ZodType): boolean {
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current !== undefined && depth < 8; depth += 1) {
    const definition = definitionOf(current);
    if (definition.type === 'record') return true;
    current = definition.innerType ?? definition.getter?.() ?? definition.in;
  }
  return false;
}
