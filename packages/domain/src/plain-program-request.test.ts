import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainProgramRequest, safeParseProgramRequest } from './plain-program-request.js';
import { ProgramRequestSchema } from './program.js';
import { safeParseInput } from './validation.js';

const portfolio = JSON.parse(readFileSync(new URL('../../../examples/portfolio.json', import.meta.url), 'utf8'));
const example = {
  assets: portfolio.assets,
  corporate_state: portfolio.corporate_state,
  program_description: 'Raise $150M from warehouses, keep net leverage below 3.5x.',
  fund_id: 'fund-a',
};

/** A value with its keys in order and `undefined` kept, so that two values compare as their JSON and key order. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).map(([key, entry]) => [key, entry === undefined ? '(undefined)' : ordered(entry)]);
  return value;
}

/** The schema's answer and the plain reader's, held to each other. */
function expectSameAnswer(input: unknown): 'plain' | 'schema' {
  const plain = readPlainProgramRequest(structuredClone(input));
  const parsed = ProgramRequestSchema.safeParse(structuredClone(input));
  if (plain === undefined) return 'schema';
  expect(parsed.success).toBe(true);
  expect(ordered(plain)).toEqual(ordered(parsed.data));
  return 'plain';
}

const oddValues = [
  undefined,
  null,
  0,
  -0,
  -1,
  0.5,
  0.999,
  1,
  1.5,
  10,
  20,
  25,
  50,
  51,
  1e12,
  '',
  '  ',
  ' padded ',
  'x',
  'warehouse',
  'office',
  'slb',
  'greedy',
  'exact',
  'min_npv_cost',
  'min_proceeds',
  'us_gaap',
  'ifrs16',
  [],
  ['Dallas', ' Newark '],
  [''],
  {},
  true,
];
const assetKeys = Object.keys(portfolio.assets[0]).concat([
  'mortgage_balance',
  'transaction_cost_rate',
  'lease_term_years',
  'rent_escalator',
  'colour',
]);
const stateKeys = Object.keys(portfolio.corporate_state).concat([
  'cost_of_debt',
  'debt_paydown_share',
  'transaction_cost_rate',
  'lease_adjustment_multiple',
  'default_lease_term_years',
  'default_rent_escalator',
  'incremental_borrowing_rate',
  'tax_rate',
  'accounting_basis',
  'colour',
]);
const requestKeys = Object.keys(ProgramRequestSchema.shape).concat(['colour']);

type Change = { where: 'asset' | 'state' | 'request'; index: number; key: string; value: unknown; drop: boolean };
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    where: fc.constant('asset' as const),
    index: fc.nat(portfolio.assets.length - 1),
    key: fc.constantFrom(...assetKeys),
    value: fc.constantFrom(...oddValues),
    drop: fc.boolean(),
  }),
  fc.record({
    where: fc.constant('state' as const),
    index: fc.constant(0),
    key: fc.constantFrom(...stateKeys),
    value: fc.constantFrom(...oddValues),
    drop: fc.boolean(),
  }),
  fc.record({
    where: fc.constant('request' as const),
    index: fc.constant(0),
    key: fc.constantFrom(...requestKeys.filter((key) => key !== 'assets' && key !== 'corporate_state')),
    value: fc.constantFrom(...oddValues),
    drop: fc.boolean(),
  }),
);

function applyChanges(changes: readonly Change[]): Record<string, unknown> {
  const request = structuredClone(example) as Record<string, unknown>;
  for (const { where, index, key, value, drop } of changes) {
    const target = (
      where === 'asset' ? (request['assets'] as unknown[])[index] : where === 'state' ? request['corporate_state'] : request
    ) as Record<string, unknown>;
    if (drop) delete target[key];
    else target[key] = value;
  }
  return request;
}

describe('readPlainProgramRequest', () => {
  it('reads the example request as the schema does, without it', () => {
    expect(expectSameAnswer(example)).toBe('plain');
    expect(expectSameAnswer({ ...example, assets: [...example.assets].reverse(), company: 'Northwind', tax_rate_override: 0.21 })).toBe(
      'plain',
    );
  });

  it('gives the schema value (keys in order, defaults, trimming) whenever it answers, for any mix of odd fields', () => {
    let plain = 0;
    fc.assert(
      fc.property(fc.array(change, { maxLength: 4 }), (changes) => {
        if (expectSameAnswer(applyChanges(changes)) === 'plain') plain += 1;
      }),
      { numRuns: 3000 },
    );
    // Most mixes of one to four changes still read without the schema: the reader is not trivially cautious.
    expect(plain).toBeGreaterThan(300);
  }, 60_000);

  it('leaves duplicate ids, an empty list and a conflicting objective to the schema', () => {
    const [first] = example.assets;
    expect(readPlainProgramRequest({ ...example, assets: [first, { ...first, asset_id: ` ${first.asset_id}` }] })).toBeUndefined();
    expect(readPlainProgramRequest({ ...example, assets: [] })).toBeUndefined();
    expect(readPlainProgramRequest({ ...example, objective: 'min_npv_cost', strategy: 'greedy' })).toBeUndefined();
    expect(readPlainProgramRequest({ ...example, objective: 'min_npv_cost' })).toBeDefined();
  });
});

describe('safeParseProgramRequest', () => {
  it('answers as safeParseInput does, problems included', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 3 }), (changes) => {
        const request = applyChanges(changes);
        const fast = safeParseProgramRequest(structuredClone(request), 'request');
        const slow = safeParseInput(ProgramRequestSchema, structuredClone(request), 'request');
        expect(fast.ok ? ordered(fast.value) : fast.problems).toEqual(slow.ok ? ordered(slow.value) : slow.problems);
      }),
      { numRuns: 500 },
    );
    expect(safeParseProgramRequest({ ...example, fund_id: 'a\u0000' }, 'request')).toEqual(
      safeParseInput(ProgramRequestSchema, { ...example, fund_id: 'a\u0000' }, 'request'),
    );
  }, 60_000);
});
