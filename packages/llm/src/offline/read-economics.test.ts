import { describe, expect, it } from 'vitest';
import { BriefText } from './brief-text.js';
import { economicsSpecFields, readEconomics } from './read-economics.js';
import { BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { createOfflineLlmClient } from './offline-llm-client.js';

const read = (brief: string) => readEconomics(new BriefText(brief));

describe('readEconomics', () => {
  it.each([
    ['Raise $150M on 15-year leases', 15],
    ['a ten year term for every site', 10],
    ['twenty-five-year triple-net leases', 25],
    ['lease term of 12 years', 12],
    ['leasebacks of 20 years', 20],
  ])('reads the lease term in "%s"', (brief, years) => {
    expect(read(brief).lease_term_years).toBe(years);
  });

  it('reads "the leases were 12 years", and "shorter leases" only in a conversation', () => {
    expect(read('what if the leases were 12 years').lease_term_years).toBe(12);
    // A brief has no program in force to be shorter than.
    expect(read('we like short leases').lease_term_years).toBeUndefined();
    const notes: string[] = [];
    expect(readEconomics(new BriefText('what about shorter leases?'), { notes }).lease_term_years).toBe(10);
    expect(notes).toEqual(['"shorter leases" read as 10-year leases']);
  });

  it.each([
    ['with 2% annual bumps', 0.02],
    ['2.5% rent escalators', 0.025],
    ['escalators of 3%', 0.03],
    ['2.6% annual bumps', 0.026],
    ['rent growing 1.5% a year', 0.015],
    ['flat rent', 0],
    ['no escalators', 0],
  ])('reads the escalator in "%s"', (brief, escalator) => {
    // Exactly the decimal written, not a neighbour of it (2.6% is 0.026).
    expect(read(brief).rent_escalator).toBe(escalator);
  });

  it('reads the basis, the tax rate and the objective', () => {
    expect(read('We report under IFRS.').accounting_basis).toBe('ifrs16');
    expect(read('we are an IFRS 16 reporter').accounting_basis).toBe('ifrs16');
    expect(read('we report under US GAAP').accounting_basis).toBe('us_gaap');
    expect(read('assume a 21% tax rate').tax_rate).toBeCloseTo(0.21, 12);
    expect(read('tax rate of 25%').tax_rate).toBeCloseTo(0.25, 12);
    expect(read('we want the cheapest capital').objective).toBe('min_npv_cost');
    expect(read('minimise our cost of capital').objective).toBe('min_npv_cost');
    expect(read('Raise $100M, leverage under 3.5x')).toEqual({ unrecognized: [] });
  });

  it('reports a figure out of range instead of using it', () => {
    const reading = read('60-year leases with 30% bumps');
    expect(reading.lease_term_years).toBeUndefined();
    expect(reading.rent_escalator).toBeUndefined();
    expect(reading.unrecognized).toHaveLength(2);
  });

  it('claims what it reads, so that "2% bumps" is left to no other reader', () => {
    const text = new BriefText('2% annual bumps');
    readEconomics(text);
    expect(text.isFree(0, text.source.length)).toBe(false);
  });
});

describe('economicsSpecFields', () => {
  it('cheapest capital brings the exact strategy, unless the brief names greedy', () => {
    const assumptions: string[] = [];
    expect(economicsSpecFields({ objective: 'min_npv_cost', lease_term_years: 15 }, undefined, assumptions)).toEqual({
      objective: 'min_npv_cost',
      strategy: 'exact',
      program_terms: { lease_term_years: 15 },
    });
    expect(assumptions).toHaveLength(1);
    expect(economicsSpecFields({ objective: 'min_npv_cost' }, 'greedy', assumptions)).toEqual({});
    expect(assumptions[1]).toContain('greedy was kept');
  });

  it('carries a stated min_proceeds objective as stated, keeping a named strategy', () => {
    const assumptions: string[] = [];
    expect(economicsSpecFields({ objective: 'min_proceeds' }, 'exact', assumptions)).toEqual({ objective: 'min_proceeds' });
    expect(economicsSpecFields({ objective: 'min_proceeds' }, 'greedy', assumptions)).toEqual({ objective: 'min_proceeds' });
    expect(assumptions).toEqual([]);
  });

  it('gives a stated min_proceeds objective the exact strategy it optimises when no strategy is named, and says so', () => {
    const assumptions: string[] = [];
    expect(economicsSpecFields({ objective: 'min_proceeds' }, undefined, assumptions)).toEqual({
      objective: 'min_proceeds',
      strategy: 'exact',
    });
    expect(assumptions).toEqual(['the minimum-proceeds objective was named, which the exact strategy optimises']);
  });
});

describe('a brief with economics, read offline into a spec', () => {
  it('names a stated min_proceeds objective in the spec', async () => {
    const { value } = await createOfflineLlmClient().generateSelectorSpec(
      'Objective: minimum proceeds. Strategy: exact. Amount: $40M.',
      BRIEF_TABLE_SUMMARY,
    );
    expect(value.objective).toBe('min_proceeds');
    expect(value.strategy).toBe('exact');
  });

  it('keeps target and covenants and adds the program terms and objective', async () => {
    const { value } = await createOfflineLlmClient().generateSelectorSpec(
      'Raise $150M from warehouses on 15-year leases with 2% annual bumps; keep net leverage below 3.5x. We report under IFRS, 21% tax rate. We want the cheapest capital.',
      BRIEF_TABLE_SUMMARY,
    );
    expect(value.target_amount).toBe(150_000_000);
    expect(value.hard_constraints.max_net_leverage).toBe(3.5);
    expect(value.hard_constraints.max_market_share).toBeUndefined();
    expect(value).toMatchObject({
      objective: 'min_npv_cost',
      strategy: 'exact',
      program_terms: { lease_term_years: 15, rent_escalator: 0.02, accounting_basis: 'ifrs16', tax_rate: 0.21 },
    });
  });
});
