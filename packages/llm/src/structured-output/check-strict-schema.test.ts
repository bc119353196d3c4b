import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRICT_SCHEMA_LIMITS, checkStrictSchema, type JsonSchema } from './check-strict-schema.js';

const closed = (properties: Record<string, unknown>): JsonSchema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const rules = (schema: JsonSchema) => checkStrictSchema(schema).map((violation) => `${violation.rule} ${violation.path}`);

describe('checkStrictSchema', () => {
  it('accepts a closed object with nullable fields, unions, refs and supported keywords', () => {
    const schema: JsonSchema = {
      ...closed({
        name: { type: 'string', pattern: '^[a-z]+$', description: 'a name' },
        when: { type: ['string', 'null'], format: 'date-time' },
        amount: { type: 'number', exclusiveMinimum: 0, maximum: 10, multipleOf: 0.5 },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, minItems: 1, maxItems: 3 },
        either: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
        kind: { const: 'fixed' },
        node: { $ref: '#/$defs/tree' },
      }),
      $defs: { tree: closed({ children: { type: 'array', items: { $ref: '#/$defs/tree' } } }) },
    };
    expect(checkStrictSchema(schema)).toEqual([]);
  });

  it('names each broken rule with the JSON pointer of the node', () => {
    expect(rules({ type: 'array', items: { type: 'string' } })).toEqual(['root_not_object #']);
    expect(rules({ anyOf: [closed({}), { type: 'null' }] })).toEqual(['root_not_object #', 'root_any_of #']);
    expect(rules({ type: 'object', properties: { a: { type: 'string' } }, required: [], additionalProperties: false })).toEqual([
      'not_required #/properties/a',
    ]);
    expect(rules({ type: 'object', properties: {}, required: ['ghost'], additionalProperties: false })).toEqual([
      'not_required #/required',
    ]);
    expect(rules({ type: 'object', properties: {}, required: [] })).toEqual(['additional_properties #/additionalProperties']);
    expect(rules(closed({ a: {} }))).toEqual(['missing_type #/properties/a']);
    expect(rules(closed({ a: true }))).toEqual(['missing_type #/properties/a']);
    expect(rules(closed({ a: { type: 'date' } }))).toEqual(['unsupported_type #/properties/a/type']);
    expect(rules(closed({ a: { type: 'string', minLength: 1 } }))).toEqual(['unsupported_keyword #/properties/a/minLength']);
    expect(rules(closed({ a: { allOf: [{ type: 'string' }] } }))).toEqual([
      'unsupported_keyword #/properties/a/allOf',
      'missing_type #/properties/a',
    ]);
    expect(rules(closed({ a: { type: 'string', format: 'uri' } }))).toEqual(['unsupported_format #/properties/a/format']);
    expect(rules(closed({ a: { type: 'array' } }))).toEqual(['array_without_items #/properties/a']);
    expect(rules(closed({ a: { $ref: '#/$defs/missing' } }))).toEqual(['unresolved_ref #/properties/a/$ref']);
    expect(rules(closed({ a: { ...closed({}), $defs: { x: { type: 'string' } } } }))).toEqual(['nested_defs #/properties/a/$defs']);
    expect(rules(closed({ 'a/b': { type: 'object', properties: {}, required: [] } }))).toEqual([
      'additional_properties #/properties/a~1b/additionalProperties',
    ]);
  });

  it('allows 10 levels of object nesting and rejects 11', () => {
    const nested = (levels: number): JsonSchema =>
      levels === 1 ? closed({ leaf: { type: 'string' } }) : closed({ child: nested(levels - 1) });
    expect(STRICT_SCHEMA_LIMITS.maxNestingDepth).toBe(10);
    expect(checkStrictSchema(nested(10))).toEqual([]);
    expect(rules(nested(11))).toEqual([`nesting_depth #${'/properties/child'.repeat(10)}`]);
  });

  it('allows 5000 properties in all and rejects 5001', () => {
    const wide = (count: number) =>
      closed(Object.fromEntries(Array.from({ length: count }, (_, index) => [`p${index}`, { type: 'string' }])));
    expect(checkStrictSchema(wide(5_000))).toEqual([]);
    expect(rules(wide(5_001))).toEqual(['too_many_properties #']);
  });

  it('limits enum values in all, large enums, and the total string budget', () => {
    const values = (count: number, width: number) => Array.from({ length: count }, (_, index) => String(index).padStart(width, '0'));
    expect(checkStrictSchema(closed({ a: { type: 'string', enum: values(1_000, 4) } }))).toEqual([]);
    expect(rules(closed({ a: { type: 'string', enum: values(600, 4) }, b: { type: 'string', enum: values(401, 4) } }))).toEqual([
      'too_many_enum_values #',
    ]);
    // 300 values of 60 characters = 18,000 characters in one enum of more than 250 values.
    expect(rules(closed({ a: { type: 'string', enum: values(300, 60) } }))).toEqual(['large_enum_budget #/properties/a/enum']);
    // 40 properties with a 3,001-character name each: 120,040 characters of names.
    const longNames = closed(
      Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`${index}`.padStart(3_001, 'x'), { type: 'string' }])),
    );
    expect(rules(longNames)).toEqual(['string_budget #']);
  });

  it('finds the one property left out of required, wherever it is in a random closed tree', () => {
    const leaf = fc.constantFrom<JsonSchema>(
      { type: 'string' },
      { type: ['number', 'null'] },
      { type: 'boolean' },
      { anyOf: [{ type: 'integer' }, { type: 'null' }] },
    );
    const tree = fc.letrec<{ node: JsonSchema }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .dictionary(
            fc.string({ minLength: 1, maxLength: 6 }).filter((key) => key !== '__proto__'),
            tie('node'),
            { minKeys: 1, maxKeys: 4 },
          )
          .map(closed),
        tie('node').map((items): JsonSchema => ({ type: 'array', items })),
      ),
    })).node;
    const root = fc
      .dictionary(
        fc.string({ minLength: 1, maxLength: 6 }).filter((key) => key !== '__proto__'),
        tree,
        { minKeys: 1, maxKeys: 4 },
      )
      .map(closed);
    fc.assert(
      fc.property(root, fc.nat(), (schema, pick) => {
        expect(checkStrictSchema(schema)).toEqual([]);
        const objects: JsonSchema[] = [];
        const collect = (node: JsonSchema): void => {
          if (node.type === 'object') objects.push(node);
          for (const child of Object.values((node.properties ?? {}) as Record<string, JsonSchema>)) collect(child);
          if (node.items !== undefined) collect(node.items as JsonSchema);
        };
        collect(schema);
        const target = objects[pick % objects.length] as JsonSchema;
        const dropped = (target.required as string[])[0] as string;
        target.required = (target.required as string[]).slice(1);
        const violations = checkStrictSchema(schema);
        expect(violations).toHaveLength(1);
        expect(violations[0]).toMatchObject({ rule: 'not_required' });
        expect(violations[0]?.path.endsWith(`/properties/${dropped.replace(/~/g, '~0').replace(/\//g, '~1')}`)).toBe(true);
      }),
    );
  });
});
