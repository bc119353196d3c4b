import fc from 'fast-check';
import { ASSET_TYPES } from '@leaseback/domain';
import { createOfflineLlmClient } from '@leaseback/llm';
import { describe, expect, it } from 'vitest';
import { sessionBrief } from './session-brief.js';
import { PROGRAM_FIELDS } from './session-fields.js';

const MARKETS = ['Dallas', 'Houston', 'Chicago', 'Phoenix', 'Atlanta', 'Newark'];
const offline = createOfflineLlmClient();

/** Whole-million amounts and round multiples, as people state them (the brief shows money to a tenth of a million). */
const fieldsArbitrary = fc.record(
  {
    target_amount: fc.integer({ min: 5, max: 900 }).map((millions) => millions * 1e6),
    max_net_leverage: fc.integer({ min: 10, max: 60 }).map((tenths) => tenths / 10),
    min_fixed_charge_coverage: fc.integer({ min: 10, max: 40 }).map((tenths) => tenths / 10),
    max_criticality: fc.integer({ min: 1, max: 9 }).map((tenths) => tenths / 10),
    min_leaseability: fc.integer({ min: 1, max: 9 }).map((tenths) => tenths / 10),
    asset_types: fc.uniqueArray(fc.constantFrom(...ASSET_TYPES.filter((type) => type !== 'other')), { minLength: 1, maxLength: 3 }),
    exclude_markets: fc.uniqueArray(fc.constantFrom(...MARKETS.slice(0, 3)), { minLength: 1, maxLength: 2 }),
    include_markets: fc.uniqueArray(fc.constantFrom(...MARKETS.slice(3)), { minLength: 1, maxLength: 2 }),
    strategy: fc.constantFrom('exact', 'greedy'),
    exclude_mortgaged: fc.constant(true),
    max_rent_added: fc.integer({ min: 1, max: 40 }).map((millions) => millions * 1e6),
    lease_term_years: fc.integer({ min: 1, max: 50 }),
    rent_escalator: fc.integer({ min: 0, max: 80 }).map((tenths) => tenths / 1000),
    tax_rate: fc.integer({ min: 0, max: 40 }).map((percent) => percent / 100),
    accounting_basis: fc.constantFrom('us_gaap', 'ifrs16'),
  },
  { requiredKeys: ['target_amount'] },
);

describe('sessionBrief', () => {
  it('writes the fields in force as sentences', () => {
    expect(
      sessionBrief({ target_amount: 150e6, max_net_leverage: 3.5, exclude_markets: ['Dallas', 'Houston'], asset_types: ['warehouse'] }),
    ).toBe('Raise $150M. Keep net leverage below 3.5x. Only warehouses. Exclude Dallas and Houston.');
    expect(sessionBrief({})).toBe('Plan a sale-leaseback program.');
    expect(
      sessionBrief({ target_amount: 80e6, exclude_mortgaged: true, lease_term_years: 12, rent_escalator: 0, accounting_basis: 'ifrs16' }),
    ).toBe('Raise $80M. Nothing with a mortgage. 12-year leases. Flat rent. We report under IFRS 16.');
  });

  it('reads back, through the offline reader, as the same fields (so a run planned from it honours every one)', async () => {
    await fc.assert(
      fc.asyncProperty(fieldsArbitrary, async (fields) => {
        const brief = sessionBrief(fields);
        const { value } = await offline.extractFields(brief, PROGRAM_FIELDS, { markets: MARKETS });
        for (const [name, expected] of Object.entries(fields)) {
          const read = value[name];
          if (Array.isArray(expected)) expect([...(read as string[])].sort()).toEqual([...expected].sort());
          else expect(read).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
