import { describe, expect, it } from 'vitest';
import { createOfflineLlmClient } from './offline-llm-client.js';
import { PlaceVocabulary, type NamedAsset } from './place-vocabulary.js';
import { readBrief } from './read-brief.js';

const assets: NamedAsset[] = [
  { asset_id: 'DAL-01', name: 'Northwind Headquarters, Las Colinas', asset_type: 'office', market: 'Dallas' },
  { asset_id: 'DAL-03', name: 'Grand Prairie Warehouse', asset_type: 'warehouse', market: 'Dallas' },
  { asset_id: 'HOU-04', name: 'Houston Regional Office', asset_type: 'office', market: 'Houston' },
  { asset_id: 'IE-02', name: 'Fontana Warehouse', asset_type: 'warehouse', market: 'Inland Empire' },
  { asset_id: 'CHI-04', name: 'Schaumburg Office', asset_type: 'office', market: 'Chicago' },
];
const vocabulary = new PlaceVocabulary(['Chicago', 'Dallas', 'Houston', 'Inland Empire'], [], assets);
const read = (brief: string) => readBrief(brief, { vocabulary, portfolioTypes: ['warehouse', 'office'], conversational: false });

describe('mortgage clauses', () => {
  for (const brief of [
    'Raise $50M, do not sell anything with a mortgage',
    'Raise $50M; nothing with a mortgage on it',
    'Raise $50M, no mortgaged assets',
    'Raise $50M from unencumbered properties only',
    'Raise $50M and skip encumbered sites',
  ]) {
    it(`"${brief}" excludes mortgaged assets and keeps the target`, () => {
      const reading = read(brief);
      expect(reading.exclude_mortgaged).toBe(true);
      expect(reading.target_amount).toBe(50_000_000);
      expect(reading.unrecognized).toEqual([]);
    });
  }
  it('a brief that says nothing of mortgages sets nothing', () => {
    expect(read('Raise $50M from warehouses').exclude_mortgaged).toBeUndefined();
  });
});

describe('new rent caps', () => {
  for (const [brief, cap] of [
    ['Raise $60M and keep new rent under $10M a year', 10_000_000],
    ['Raise $60M, with no more than $4.5M of new rent', 4_500_000],
    ['Raise $60M; added rent must stay below $7M per year', 7_000_000],
    ['Raise $60M, cap new rent at $8M annually', 8_000_000],
  ] as const) {
    it(`"${brief}" caps new rent at ${cap} and is never read as the target`, () => {
      const reading = read(brief);
      expect(reading.max_rent_added).toBe(cap);
      expect(reading.target_amount).toBe(60_000_000);
      expect(reading.unrecognized).toEqual([]);
    });
  }
});

describe('assets by name', () => {
  it('"except the Dallas HQ" is the headquarters in Dallas, with an asset_resolved notice', () => {
    const reading = read('Raise $50M except the Dallas HQ');
    expect(reading.exclude_asset_ids).toEqual(['DAL-01']);
    expect(reading.asset_types).toBeUndefined();
    expect(reading.exclude_markets).toBeUndefined();
    expect(reading.notices).toEqual([
      expect.objectContaining({ code: 'asset_resolved', message: '"Dallas HQ" read as DAL-01 (Northwind Headquarters, Las Colinas)' }),
    ]);
  });

  it('"except headquarters" is the offices named so, not all offices', () => {
    expect(read('Raise $50M except headquarters').exclude_asset_ids).toEqual(['DAL-01']);
  });

  it('"not the Fontana warehouse" and "not the Houston office" name one asset each', () => {
    expect(read('Raise $50M, not the Fontana warehouse').exclude_asset_ids).toEqual(['IE-02']);
    expect(read('Raise $50M, not the Houston office').exclude_asset_ids).toEqual(['HOU-04']);
  });

  it('"the Chicago HQ" when Chicago has none excludes nothing and says so (unknown_asset)', () => {
    const reading = read('Raise $50M, keep the Chicago HQ');
    expect(reading.exclude_asset_ids).toBeUndefined();
    expect(reading.exclude_markets).toBeUndefined();
    expect(reading.notices.map((notice) => notice.code)).toEqual(['unknown_asset']);
  });

  it('without the asset list, "except the HQ" is reported, never read as every office', () => {
    const bare = new PlaceVocabulary(['Dallas']);
    const reading = readBrief('Raise $50M except the HQ', { vocabulary: bare, portfolioTypes: [], conversational: false });
    expect(reading.asset_types).toBeUndefined();
    expect(reading.unrecognized).toEqual(['except the HQ']);
  });
});

describe('the offline client', () => {
  const summary = {
    asset_count: assets.length,
    markets: ['Chicago', 'Dallas', 'Houston', 'Inland Empire'],
    asset_types: ['warehouse', 'office'] as const,
    total_potential_proceeds: 400_000_000,
    baseline: { ebitda: 100, net_debt: 300, net_leverage: 3, fixed_charge_coverage: 4 },
    assets,
    text: '',
  };

  it('reports a defaulted target as a target_defaulted notice', async () => {
    const { metadata } = await createOfflineLlmClient().generateSelectorSpec('Raise 150', {
      ...summary,
      asset_types: [...summary.asset_types],
    });
    expect(metadata.notices?.map((notice) => notice.code)).toEqual(['target_defaulted', 'covenant_defaulted', 'covenant_defaulted']);
    expect(metadata.unrecognized).toEqual(['150']);
  });

  it('reads "at least $40M" as the target and the floor', async () => {
    const { value } = await createOfflineLlmClient().generateSelectorSpec('at least $40M', {
      ...summary,
      asset_types: [...summary.asset_types],
    });
    expect(value.target_amount).toBe(40_000_000);
    expect(value.floor_amount).toBe(40_000_000);
  });

  it('puts the rent cap and the mortgage exclusion in the spec', async () => {
    const { value } = await createOfflineLlmClient().generateSelectorSpec(
      'Raise $60M, nothing with a mortgage, keep new rent under $5M a year',
      {
        ...summary,
        asset_types: [...summary.asset_types],
      },
    );
    expect(value.hard_constraints.max_rent_added).toBe(5_000_000);
    expect(value.asset_filters.exclude_mortgaged).toBe(true);
  });
});
