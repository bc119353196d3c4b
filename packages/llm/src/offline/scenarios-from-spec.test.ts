import { InvalidInputError, ScenarioDefinitionListSchema } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssetSummary } from '../llm-client.js';
import { BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const client = createOfflineLlmClient();
const BRIEF =
  'Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x. Nothing mission-critical.';
const SUMMARY: AssetSummary = {
  ...BRIEF_TABLE_SUMMARY,
  market_proceeds: {
    Atlanta: 100_000_000,
    Austin: 50_000_000,
    Chicago: 220_000_000,
    Columbus: 60_000_000,
    Dallas: 300_000_000,
    Houston: 180_000_000,
    'Inland Empire': 150_000_000,
    Newark: 43_400_000,
    Phoenix: 100_000_000,
  },
};

const FIVE = [
  {
    label: 'Base case',
    kind: 'base',
    rationale: 'The brief as written: $150M with net leverage at most 3.50x and fixed charge coverage at least 2.00x.',
    target_amount: 150_000_000,
    max_leverage: null,
    min_coverage: null,
  },
  {
    label: 'Risk-off',
    kind: 'risk_off',
    rationale:
      'A smaller ask of $120M (80% of base) with tighter covenants, leverage at most 3.00x and coverage at least 2.25x, selling only sites of criticality up to 0.5.',
    target_amount: 120_000_000,
    max_leverage: 3,
    min_coverage: 2.25,
    max_criticality: 0.5,
  },
  {
    label: 'Aggressive',
    kind: 'aggressive',
    rationale: 'A larger ask of $187.5M (125% of base) under the same covenants, allowing sites of criticality up to 0.8.',
    target_amount: 187_500_000,
    max_leverage: null,
    min_coverage: null,
    max_criticality: 0.8,
  },
  {
    label: 'Geo focus: ex-Dallas',
    kind: 'geo_focus',
    rationale:
      'The base ask of $150M without Dallas, the market with the largest potential proceeds ($300M of $1.2B), to test reliance on one market.',
    target_amount: 150_000_000,
    max_leverage: null,
    min_coverage: null,
    exclude_markets: ['Dallas'],
  },
  {
    label: 'Leasable only',
    kind: 'custom',
    rationale: 'The base ask of $150M from easily re-lettable sites only (leaseability at least 0.7), which investors price best.',
    target_amount: 150_000_000,
    max_leverage: null,
    min_coverage: null,
    min_leaseability: 0.7,
  },
];

describe('offline generateScenarioDefinitions', () => {
  it('gives base, risk_off, aggressive, geo_focus and custom in that order', async () => {
    const { value, metadata } = await client.generateScenarioDefinitions(BRIEF, SUMMARY, 5);
    expect(value).toStrictEqual(FIVE);
    expect(metadata.raw_output).toStrictEqual(FIVE);
    expect(metadata.unrecognized).toEqual([]);
  });

  it('gives the first `count` of them, always a valid list', async () => {
    for (const count of [1, 2, 3, 4]) {
      const { value } = await client.generateScenarioDefinitions(BRIEF, SUMMARY, count);
      expect(value).toStrictEqual(FIVE.slice(0, count));
      expect(ScenarioDefinitionListSchema.safeParse(value).success).toBe(true);
    }
  });

  it('rejects a count outside 1..5', async () => {
    for (const count of [0, 6, 2.5, Number.NaN]) {
      await expect(client.generateScenarioDefinitions(BRIEF, SUMMARY, count)).rejects.toBeInstanceOf(InvalidInputError);
    }
  });

  it('keeps the brief exclusions and excludes the largest remaining market', async () => {
    const { value } = await client.generateScenarioDefinitions(`${BRIEF} Exclude Dallas.`, SUMMARY, 4);
    expect(value[3]?.exclude_markets).toEqual(['Dallas', 'Chicago']);
    expect(value[3]?.label).toBe('Geo focus: ex-Chicago');
  });

  it('without proceeds by market, excludes the first market listed and says so', async () => {
    const { value, metadata } = await client.generateScenarioDefinitions(BRIEF, BRIEF_TABLE_SUMMARY, 4);
    expect(value[3]?.exclude_markets).toEqual(['Atlanta']);
    expect(metadata.assumptions).toContain(
      'geo focus: potential proceeds by market were not given, so it excludes the first market listed, Atlanta',
    );
  });

  it('does not tighten a brief with no criticality limit in the aggressive case', async () => {
    const { value } = await client.generateScenarioDefinitions('Raise $40M, leverage under 4x, coverage above 1.5x.', SUMMARY, 3);
    expect(value[2]?.max_criticality).toBeNull();
    expect(value[1]).toMatchObject({ target_amount: 32_000_000, max_leverage: 3.5, min_coverage: 1.75, max_criticality: 0.5 });
  });

  it("proposes short leases fourth when the portfolio's typical term is longer than 10 years, before geo focus", async () => {
    const { value, metadata } = await client.generateScenarioDefinitions(BRIEF, { ...SUMMARY, typical_lease_term_years: 15 }, 5);
    expect(value.map((definition) => definition.label)).toEqual([
      'Base case',
      'Risk-off',
      'Aggressive',
      'Short leases',
      'Geo focus: ex-Dallas',
    ]);
    expect(value[3]).toStrictEqual({
      label: 'Short leases',
      kind: 'custom',
      rationale:
        "The base ask of $150M on 10-year leases instead of the portfolio's typical 15: a smaller lease liability and a shorter rent commitment, at its own implied cost of capital.",
      target_amount: 150_000_000,
      max_leverage: null,
      min_coverage: null,
      lease_term_years: 10,
    });
    expect(metadata.assumptions).toContain("short leases: 10-year leases tested against the portfolio's typical 15-year term");
  });

  it("tests the brief's own lease term when it states one, and proposes nothing when the term is already short", async () => {
    const stated = await client.generateScenarioDefinitions(`${BRIEF} 20-year leases.`, { ...SUMMARY, typical_lease_term_years: 8 }, 4);
    expect(stated.value[3]).toMatchObject({ label: 'Short leases', lease_term_years: 10 });
    expect(stated.value[3]?.rationale).toContain("instead of the brief's 20");
    for (const summary of [{ ...SUMMARY, typical_lease_term_years: 10 }, SUMMARY]) {
      const { value } = await client.generateScenarioDefinitions(BRIEF, summary, 5);
      expect(value).toStrictEqual(FIVE);
    }
    const shortStated = await client.generateScenarioDefinitions(
      `${BRIEF} 7-year leases.`,
      { ...SUMMARY, typical_lease_term_years: 15 },
      5,
    );
    expect(shortStated.value.some((definition) => definition.label === 'Short leases')).toBe(false);
  });

  it('runs the cases the brief asks to compare right after the base case, and does not apply them to it', async () => {
    const brief = `${BRIEF} Compare a short leases case and a no-Texas case.`;
    const { value, metadata } = await client.generateScenarioDefinitions(brief, { ...SUMMARY, typical_lease_term_years: 15 }, 4);
    expect(value.map((definition) => definition.label)).toEqual(['Base case', 'Short leases', 'No Texas', 'Risk-off']);
    expect(value[2]).toMatchObject({ kind: 'custom', target_amount: 150_000_000, exclude_markets: ['Austin', 'Dallas', 'Houston'] });
    expect(value[2]?.rationale).toBe(
      'Asked for in the brief ("no-Texas"): the base ask of $150M with nothing sold in Austin, Dallas, Houston.',
    );
    expect(value[1]).toMatchObject({ lease_term_years: 10 });
    expect(metadata.unrecognized).toEqual([]);

    const { value: spec, metadata: specMetadata } = await client.generateSelectorSpec(brief, SUMMARY);
    expect(spec.asset_filters.exclude_markets).toBeUndefined();
    expect(specMetadata.notices?.filter((notice) => notice.code === 'cases_to_compare')).toEqual([
      {
        code: 'cases_to_compare',
        severity: 'info',
        message:
          'cases to compare named in the brief ("short leases", "no-Texas"): each is a scenario of its own, not a filter on every run; a scenario set runs them side by side with the base case',
      },
    ]);
  });

  it('says which cases it could not run: not understood, or more than the count holds', async () => {
    const { value, metadata } = await client.generateScenarioDefinitions(
      `${BRIEF} Also run a blue-sky case, a risk-off case, a flat rent case and an ex-Chicago case.`,
      SUMMARY,
      3,
    );
    expect(value.map((definition) => definition.label)).toEqual(['Base case', 'Risk-off', 'Flat rent']);
    expect(metadata.assumptions).toContain('case not understood, so not run: "blue-sky"');
    expect(metadata.assumptions).toContain('the brief names 3 cases to compare; 3 scenarios hold the base case and the first 2');
    const { metadata: specMetadata } = await client.generateSelectorSpec(`${BRIEF} Also run a blue-sky case.`, SUMMARY);
    expect(specMetadata.notices?.find((notice) => notice.code === 'cases_to_compare')?.severity).toBe('warning');
  });

  it('always yields a valid list with base first, for any brief and count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 5 }), async (brief, count) => {
        const { value } = await client.generateScenarioDefinitions(brief, SUMMARY, count);
        expect(ScenarioDefinitionListSchema.safeParse(value).success).toBe(true);
        expect(value).toHaveLength(count);
        expect(value[0]?.kind).toBe('base');
      }),
    );
  });
});
