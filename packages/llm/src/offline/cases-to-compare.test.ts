import { describe, expect, it } from 'vitest';
import { findCasesToCompare } from './cases-to-compare.js';

const MARKETS = ['Atlanta', 'Chicago', 'Columbus', 'Dallas', 'Houston', 'Inland Empire', 'Newark', 'Phoenix'];

function changes(brief: string) {
  return findCasesToCompare(brief, MARKETS).cases.map(({ words, change }) => [words, change]);
}

describe('findCasesToCompare', () => {
  it('reads each case of a comparison into the change it makes', () => {
    expect(changes('Raise $200M. Compare a short leases case and a no-Texas case.')).toEqual([
      ['short leases', { variant: 'custom', label: 'Short leases', overrides: { lease_term_years: 10 } }],
      ['no-Texas', { variant: 'custom', label: 'No Texas', overrides: { exclude_markets: ['Dallas', 'Houston'] } }],
    ]);
    expect(changes('$90M; also run a 12-year lease scenario, a flat rent scenario and a $120M case')).toEqual([
      ['12-year lease', { variant: 'custom', label: '12-year leases', overrides: { lease_term_years: 12 } }],
      ['flat rent', { variant: 'custom', label: 'Flat rent', overrides: { rent_escalator: 0 } }],
      ['$120M', { variant: 'custom', label: '$120M target', overrides: { target_amount: 120_000_000 } }],
    ]);
    expect(changes('Scenarios: risk-off, ex-Chicago, geo focus, non-core only')).toEqual([
      ['risk-off', { variant: 'risk_off' }],
      ['ex-Chicago', { variant: 'custom', label: 'No Chicago', overrides: { exclude_markets: ['Chicago'] } }],
      ['geo focus', { variant: 'geo_focus' }],
      ['non-core only', { variant: 'custom', label: 'Non-core only', overrides: { max_criticality: 0.5 } }],
    ]);
  });

  it('takes one more run when the brief says "also" or "another"', () => {
    expect(changes('$100M. Also run a no-Texas case.')).toEqual([
      ['no-Texas', { variant: 'custom', label: 'No Texas', overrides: { exclude_markets: ['Dallas', 'Houston'] } }],
    ]);
    expect(changes('$100M; model another 8-year lease scenario')).toEqual([
      ['8-year lease', { variant: 'custom', label: '8-year leases', overrides: { lease_term_years: 8 } }],
    ]);
  });

  it('keeps a case it does not understand, with no change, and one naming a place the portfolio lacks', () => {
    expect(changes('Compare the base case with a blue-sky case and a no-Boston case.')).toEqual([
      ['blue-sky', undefined],
      ['no-Boston', undefined],
    ]);
  });

  it('blanks only the request, from its first word to its last case word', () => {
    const brief = 'Raise $200M and compare a no-Texas case, keeping leverage under 3.5x.';
    const { spans } = findCasesToCompare(brief, MARKETS);
    expect(spans.map(({ start, end }) => brief.slice(start, end))).toEqual(['compare a no-Texas case']);
  });

  it('finds no case in counts, the base case alone, or a case word without a request', () => {
    for (const brief of [
      'Run three scenarios for $150M.',
      'Show me the base case, $100M.',
      'In any case, run it exact for $80M.',
      'Worst case, leverage must stay under 4x; $60M.',
      'Show me a case for selling Dallas, $100M.',
      'Model a US GAAP case: $100M target, 10-year leases.',
      'Run a no-Texas case for $100M.',
    ])
      expect(findCasesToCompare(brief, MARKETS)).toEqual({ cases: [], spans: [] });
  });
});
