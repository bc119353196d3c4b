import { ProgramMetricsSchema, ScenarioDefinitionSchema, SelectorSpecSchema, wireSchemas, type WireSchemaName } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkStrictSchema, type JsonSchema } from './check-strict-schema.js';
import { SummaryOutputSchema, extractFieldsOutputSchema, scenarioDefinitionsOutputSchema } from './output-schemas.js';
import { StrictSchemaError, makeNullable, toStrictJsonSchema } from './strict-json-schema.js';

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => value as Node;
const property = (schema: JsonSchema, ...path: string[]): Node =>
  path.reduce<Node>((node, key) => asNode(asNode(node.properties)[key]), schema);

/** Every object node in a schema (through properties, items, anyOf and $defs). */
function objectNodes(node: unknown, found: Node[] = []): Node[] {
  if (typeof node !== 'object' || node === null) return found;
  const record = node as Node;
  if (record.type === 'object') found.push(record);
  for (const child of Object.values(asNode(record.properties ?? {}))) objectNodes(child, found);
  for (const child of Object.values(asNode(record.$defs ?? {}))) objectNodes(child, found);
  if (record.items !== undefined) objectNodes(record.items, found);
  if (Array.isArray(record.anyOf)) for (const branch of record.anyOf) objectNodes(branch, found);
  return found;
}

// These three wire schemas are not objects at the root (a list, an enum, a list);
// strict mode only accepts an object root, so they are sent wrapped.
const NON_OBJECT_ROOTS: readonly WireSchemaName[] = ['AssetList', 'ScenarioKind', 'ScenarioDefinitionList'];

describe('toStrictJsonSchema', () => {
  it('makes every SelectorSpec property required, optional ones nullable, and closes every object', () => {
    const schema = toStrictJsonSchema(SelectorSpecSchema);
    expect(schema.required).toEqual([
      'program_type',
      'target_amount',
      'floor_amount',
      'hard_constraints',
      'asset_filters',
      'strategy',
      'objective',
      'program_terms',
    ]);
    // The economics fields are optional: the model may answer null for each.
    expect(JSON.stringify(property(schema, 'objective'))).toContain('null');
    expect(JSON.stringify(property(schema, 'program_terms'))).toContain('null');
    expect(property(schema, 'floor_amount')).toEqual({
      type: ['number', 'null'],
      exclusiveMinimum: 0,
      description: 'Lowest target the revision loop may reach, USD; the planner defaults it to 80 % of the first target',
    });
    expect(property(schema, 'target_amount')).toEqual({ type: 'number', exclusiveMinimum: 0, description: 'Cash proceeds sought, USD' });
    expect(property(schema, 'hard_constraints').required).toEqual([
      'max_net_leverage',
      'min_fixed_charge_coverage',
      'max_lease_adjusted_leverage',
      'max_market_share',
      'max_rent_added',
    ]);
    // A defaulted object becomes "object or null", with the default written down for the model.
    const filters = property(schema, 'asset_filters');
    expect(filters.description).toBe('Which assets may be considered; none filtered when absent. Default when null: {}.');
    expect((filters.anyOf as Node[])[1]).toEqual({ type: 'null' });
    // An enum cannot take a type array (null is not among its values), so it is wrapped in anyOf.
    expect(property(schema, 'strategy').anyOf).toEqual([{ type: 'string', enum: ['greedy', 'exact'] }, { type: 'null' }]);
    for (const node of objectNodes(schema)) {
      expect(node.additionalProperties).toBe(false);
      expect(node.required).toEqual(Object.keys(asNode(node.properties)));
    }
    expect(schema.$schema).toBeUndefined();
  });

  it('moves string length limits into the description (strict mode only supports pattern and format on strings)', () => {
    const schema = toStrictJsonSchema(ScenarioDefinitionSchema);
    expect(property(schema, 'label')).toEqual({
      type: 'string',
      description: "The scenario's short name. At least 1 character. At most 50 characters.",
    });
    // Already nullable: kept as zod wrote it.
    expect(property(schema, 'max_leverage').anyOf).toEqual([
      { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 },
      { type: 'null' },
    ]);
  });

  it('writes a record as a list of {key, value} entries', () => {
    const ratioNotes = property(toStrictJsonSchema(ProgramMetricsSchema), 'ratio_notes');
    const entries = (ratioNotes.anyOf as Node[])[0] as Node;
    expect(entries.type).toBe('array');
    expect(entries.items).toEqual({
      type: 'object',
      properties: { key: { type: 'string' }, value: { type: 'string' } },
      required: ['key', 'value'],
      additionalProperties: false,
    });
  });

  it('keeps enum keys of a record as the entry key schema', () => {
    const schema = toStrictJsonSchema(z.strictObject({ limits: z.record(z.enum(['a', 'b']), z.number()) }));
    expect(asNode(asNode(property(schema, 'limits').items).properties).key).toEqual({ type: 'string', enum: ['a', 'b'] });
  });

  it('keeps supported formats and describes unsupported ones', () => {
    const schema = toStrictJsonSchema(z.strictObject({ at: z.iso.datetime(), site: z.url() }));
    expect(property(schema, 'at').format).toBe('date-time');
    expect(property(schema, 'site').format).toBeUndefined();
    expect(property(schema, 'site').description).toContain('Format: uri.');
  });

  it('adds null to an existing union instead of nesting it', () => {
    expect(makeNullable({ anyOf: [{ type: 'string' }, { type: 'number' }], description: 'x' })).toEqual({
      anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }],
      description: 'x',
    });
    expect(makeNullable({ type: 'string', enum: ['a'] })).toEqual({ anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] });
    expect(makeNullable({ type: ['string', 'null'] })).toEqual({ type: ['string', 'null'] });
  });

  it('throws StrictSchemaError naming what cannot be expressed', () => {
    const tuple = z.strictObject({ pair: z.tuple([z.string(), z.number()]) });
    expect(() => toStrictJsonSchema(tuple)).toThrowError(/keyword "prefixItems" is not supported/);
    try {
      toStrictJsonSchema(z.strictObject({ anything: z.unknown() }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StrictSchemaError);
      expect((error as StrictSchemaError).violations).toContainEqual(
        expect.objectContaining({ rule: 'missing_type', path: '#/properties/anything' }),
      );
    }
  });

  describe('every LLM-facing schema passes the strict rules', () => {
    const llmFacing: [string, z.ZodType][] = [
      ['SelectorSpec', SelectorSpecSchema],
      ['summary wrapper', SummaryOutputSchema],
      ['extract-fields output', extractFieldsOutputSchema(['target_amount', 'markets', 'confirmed'], { markets: 'Markets to leave out' })],
      ...[1, 2, 3, 4, 5].map((count): [string, z.ZodType] => [
        `scenario definitions wrapper (${count})`,
        scenarioDefinitionsOutputSchema(count),
      ]),
    ];
    it.each(llmFacing)('%s', (_name, schema) => {
      expect(checkStrictSchema(toStrictJsonSchema(schema))).toEqual([]);
    });
    it('fixes the number of scenarios with minItems and maxItems', () => {
      expect(property(toStrictJsonSchema(scenarioDefinitionsOutputSchema(3)), 'scenarios')).toMatchObject({ minItems: 3, maxItems: 3 });
    });
  });

  describe('every wire schema passes the strict rules', () => {
    const names = Object.keys(wireSchemas) as WireSchemaName[];
    const objectRoots = names.filter((name) => !NON_OBJECT_ROOTS.includes(name));
    it.each(objectRoots.flatMap((name) => [[name, 'input'] as const, [name, 'output'] as const]))('%s (%s)', (name, io) => {
      expect(checkStrictSchema(toStrictJsonSchema(wireSchemas[name], { io }))).toEqual([]);
    });
    it.each(NON_OBJECT_ROOTS)('%s has a non-object root and passes once wrapped in an object', (name) => {
      expect(() => toStrictJsonSchema(wireSchemas[name])).toThrowError(/root must be an object/);
      expect(checkStrictSchema(toStrictJsonSchema(z.strictObject({ value: wireSchemas[name] })))).toEqual([]);
    });
  });
});
