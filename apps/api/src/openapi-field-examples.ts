import { z } from 'zod';

/** A zod schema, whatever its kind. */
type Schema = z.core.$ZodType;
type Definition = Readonly<Record<string, unknown>> & { readonly type: string };

/**
 * The examples a schema declares itself (`.meta({ examples })` in the domain), its
 * parents' included; `undefined` when it declares none.
 */
export function declaredExamples(schema: Schema): readonly unknown[] | undefined {
  const examples = z.globalRegistry.get(schema)?.examples;
  return Array.isArray(examples) && examples.length > 0 ? examples : undefined;
}

/**
 * Every object field reached by `value` under `schema`, at any depth, mapped to an
 * example: the value a real answer or request gives it (its arrays shortened to their
 * first item when the field still accepts that). Fields that declare their own
 * examples keep them and are skipped; the first value found for a field wins (a null only until
 * a value turns up). Each
 * example is checked by the field's own schema before it is kept.
 */
export function collectFieldExamples(schema: Schema, value: unknown, found: Map<Schema, unknown>): Map<Schema, unknown> {
  const definition = schema._zod.def as unknown as Definition;
  switch (definition.type) {
    case 'object': {
      if (!isRecord(value)) break;
      for (const [key, field] of Object.entries(definition['shape'] as Record<string, Schema>)) {
        if (!Object.hasOwn(value, key)) continue;
        const fieldValue = value[key];
        // A null is kept only until a value turns up: `null` says little about a nullable field.
        const wanted = !found.has(field) || (found.get(field) === null && fieldValue !== null);
        if (wanted && declaredExamples(field) === undefined) {
          const example = [shortened(fieldValue), fieldValue].find((candidate) => accepts(field, candidate));
          if (example !== undefined) found.set(field, example);
        }
        collectFieldExamples(field, fieldValue, found);
      }
      break;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (value !== undefined && value !== null) collectFieldExamples(definition['innerType'] as Schema, value, found);
      break;
    case 'pipe':
      collectFieldExamples(definition['in'] as Schema, value, found);
      collectFieldExamples(definition['out'] as Schema, value, found);
      break;
    case 'lazy':
      collectFieldExamples((definition['getter'] as () => Schema)(), value, found);
      break;
    case 'array':
      if (Array.isArray(value)) for (const item of value) collectFieldExamples(definition['element'] as Schema, item, found);
      break;
    case 'record':
      if (isRecord(value)) for (const item of Object.values(value)) collectFieldExamples(definition['valueType'] as Schema, item, found);
      break;
    case 'union': {
      // The first branch that accepts the value is the one it illustrates.
      const branch = (definition['options'] as Schema[]).find((option) => accepts(option, value));
      if (branch !== undefined) collectFieldExamples(branch, value, found);
      break;
    }
    case 'intersection':
      collectFieldExamples(definition['left'] as Schema, value, found);
      collectFieldExamples(definition['right'] as Schema, value, found);
      break;
    default:
      break;
  }
  return found;
}

/** Whether `schema` accepts `value` (a schema with asynchronous checks accepts nothing here). */
export function accepts(schema: Schema, value: unknown): boolean {
  try {
    return z.safeParse(schema, value).success;
  } catch {
    return false;
  }
}

/**
 * `value` with every array cut to its first item, so that a field holding a list of
 * thirty assets is illustrated by one (the document shows each example in full).
 */
function shortened(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 1).map(shortened);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shortened(item)]));
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
