import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTABLE_FIELDS } from './extract-fields-offline.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();
const ALL_FIELDS = Object.keys(EXTRACTABLE_FIELDS);
const MARKETS = ['Atlanta', 'Chicago', 'Dallas', 'Houston', 'Phoenix'];

const MESSAGES: readonly [string, Record<string, unknown>][] = [
  [
    'raise $50M from our DCs, leverage under 3.5x, coverage above 1.5x',
    { target_amount: 50_000_000, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5, asset_types: ['distribution_center'] },
  ],
  ['at least $40M please', { target_amount: 40_000_000, floor_amount: 40_000_000 }],
  ['lease-adjusted leverage under 5x and no more than 40% from any one market', { max_lease_adjusted_leverage: 5, max_market_share: 0.4 }],
  ['nothing mission-critical, only easily re-lettable sites', { max_criticality: 0.7, min_leaseability: 0.7 }],
  ['only dallas and phoenix', { include_markets: ['Dallas', 'Phoenix'] }],
  ['outside Texas, and except asset DAL-01', { exclude_markets: ['Dallas', 'Houston'], exclude_asset_ids: ['DAL-01'] }],
  ['give me the optimal selection', { strategy: 'exact' }],
  ['Also show me three scenarios', { num_scenarios: 3 }],
  ['3 variants', { num_scenarios: 3 }],
  ['explain run 3F2B8C1E-9A4D-4E2B-8F1A-0C9D2E7B6A51', { run_id: '3F2B8C1E-9A4D-4E2B-8F1A-0C9D2E7B6A51' }],
  // A zero between letters ("df0b") and a one beside them ("b1fc") are the id's own, not a scanned page's slips.
  ['explain run 64e9b3e1-df0b-4b4f-82ad-92d8ca36f56a', { run_id: '64e9b3e1-df0b-4b4f-82ad-92d8ca36f56a' }],
  ['explain run aaf0de2d-783f-4c22-b1fc-f40a6e640136', { run_id: 'aaf0de2d-783f-4c22-b1fc-f40a6e640136' }],
  ['yes, run it', { confirmation: true }],
  ['go ahead', { confirmation: true }],
  ['no', { confirmation: false }],
  ['not yet', { confirmation: false }],
  ['Hold on', { lifecycle_signal: 'pause' }],
  ['pause this one', { lifecycle_signal: 'pause' }],
  ['cancel the what-if', { lifecycle_signal: 'cancel' }],
  ['stop', { lifecycle_signal: 'cancel' }],
  ['resume', { lifecycle_signal: 'resume' }],
  ["let's go back to the program", { lifecycle_signal: 'resume' }],
  ['never mind', { lifecycle_signal: 'exit' }],
  ['exit', { lifecycle_signal: 'exit' }],
  // A yes that also pauses is not a yes: the pause is its own turn.
  ['yes go ahead, but hold on a sec', { lifecycle_signal: 'pause' }],
  ['no mission-critical sites, no', { max_criticality: 0.7, confirmation: false }],
  ['hello there', {}],
  // In a conversation a what-if asks for that scenario (in a brief it is no filter).
  ['what if we also exclude Chicago?', { exclude_markets: ['Chicago'] }],
  ['nothing with a mortgage, and keep new rent under $10M a year', { exclude_mortgaged: true, max_rent_added: 10_000_000 }],
  [
    '15-year leases with 2.5% annual bumps, 21% tax rate, we report under IFRS 16',
    { lease_term_years: 15, rent_escalator: 0.025, tax_rate: 0.21, accounting_basis: 'ifrs16' },
  ],
  ['what if the leases were 12 years?', { lease_term_years: 12 }],
  // A conversation's "shorter leases" compares with the program in force: the generated short-leases term.
  ['what if we had shorter leases?', { lease_term_years: 10 }],
  ['minimise our cost of capital', { objective: 'min_npv_cost' }],
];

describe('offline extractFields', () => {
  it.each(MESSAGES)('%s', async (message, expected) => {
    const { value } = await client.extractFields(message, ALL_FIELDS, { markets: MARKETS });
    expect(value).toStrictEqual(expected);
  });

  it('says how it read "shorter leases"', async () => {
    const { metadata } = await client.extractFields('what if we had shorter leases?', ['lease_term_years'], {});
    expect(JSON.stringify(metadata)).toContain('read as 10-year leases');
  });

  it('returns only the fields asked for, in the order asked', async () => {
    const { value, metadata } = await client.extractFields(
      'raise $50M, leverage under 3.5x, yes',
      ['max_net_leverage', 'target_amount', 'num_scenarios', 'colour', 'confirmation'],
      {},
    );
    // The yes rides on new figures, so it is not a confirmation (the figures are presented again).
    expect(Object.entries(value)).toEqual([
      ['max_net_leverage', 3.5],
      ['target_amount', 50_000_000],
    ]);
    expect(metadata.raw_output).toStrictEqual(value);
  });

  it('resolves places against the metro table when the context names no markets', async () => {
    const { value } = await client.extractFields('exclude Houston and Seattle', ['exclude_markets'], {});
    expect(value).toStrictEqual({ exclude_markets: ['Houston', 'Seattle'] });
  });

  it('never returns a field that was not requested or is not in the vocabulary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.subarray([...ALL_FIELDS, 'unknown_field', 'brief']), async (message, requested) => {
        const { value } = await client.extractFields(message, requested, { markets: MARKETS });
        for (const key of Object.keys(value)) {
          expect(requested).toContain(key);
          expect(ALL_FIELDS).toContain(key);
        }
      }),
    );
  });

  it('reads any run id as written, whatever its letters and digits, wherever the message puts it', async () => {
    const shapes = [
      (id: string) => `explain run ${id}`,
      (id: string) => `Why did run ${id} sell the Dallas office?`,
      (id: string) => `run_id: ${id}`,
      (id: string) => `| run | ${id} |`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.uuid(), fc.boolean(), fc.constantFrom(...shapes), async (uuid, upper, shape) => {
        const id = upper ? uuid.toUpperCase() : uuid;
        const { value } = await client.extractFields(shape(id), ['run_id'], { markets: MARKETS });
        expect(value).toStrictEqual({ run_id: id });
      }),
      { numRuns: 400 },
    );
  });
});
