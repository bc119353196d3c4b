import { describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO } from './__fixtures__/example-portfolio.js';
import { readPortfolioCsv } from './read-portfolio-file.js';

const ASSETS_CSV = [
  'Asset ID,Name,Asset type,Market,Annual rent,Cap rate %,Book value,Criticality (0-1),Leaseability (0-1)',
  'W-1,"Fontana Warehouse, Bldg 2",warehouse,Inland Empire,"$4,300,000",6.0,$54M,0.3,0.9',
  'W-2,Groveport Warehouse,warehouse,Columbus,1.6mm,6.5%,0.02bn,0.25,0.85',
].join('\n');

const COMPANY_CSV = 'Item,Value\nEBITDA,$420M\nNet debt,"1,260,000,000"\nInterest expense,75M\nRent expense,30M\n';

describe('readPortfolioCsv', () => {
  it('reads assets from the CSV and the corporate state from a company CSV', () => {
    const reading = readPortfolioCsv(ASSETS_CSV, { kind: 'csv', content: COMPANY_CSV });
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    expect(reading.portfolio.assets.map((asset) => [asset.name, asset.market_rent, asset.cap_rate, asset.book_value])).toEqual([
      ['Fontana Warehouse, Bldg 2', 4_300_000, 0.06, 54_000_000],
      ['Groveport Warehouse', 1_600_000, 0.065, 20_000_000],
    ]);
    expect(reading.portfolio.corporate_state).toMatchObject({
      ebitda: 420e6,
      net_debt: 1.26e9,
      interest_expense: 75e6,
      rent_expense: 30e6,
    });
  });

  it('takes the corporate state from JSON: a portfolio file or the state alone', () => {
    const fromPortfolio = readPortfolioCsv(ASSETS_CSV, { kind: 'json', value: EXAMPLE_PORTFOLIO });
    expect(fromPortfolio.ok && fromPortfolio.portfolio.corporate_state).toEqual(EXAMPLE_PORTFOLIO.corporate_state);
    expect(fromPortfolio.ok && fromPortfolio.portfolio.company).toBe(EXAMPLE_PORTFOLIO.company);
    const fromState = readPortfolioCsv(ASSETS_CSV, { kind: 'json', value: EXAMPLE_PORTFOLIO.corporate_state });
    expect(fromState.ok && fromState.portfolio.corporate_state).toEqual(EXAMPLE_PORTFOLIO.corporate_state);
  });

  it('places every problem at its cell, the company file prefixed, and asks for the company when it is missing', () => {
    const bad = ASSETS_CSV.replace('6.5%', '150%').replace('Columbus', '');
    const reading = readPortfolioCsv(bad, { kind: 'csv', content: 'EBITDA,-1\nNet debt,0\nInterest expense,0\n' });
    expect(reading.ok ? [] : reading.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'company rent_expense: is required (add a row labelled "Rent expense")',
      'company B1 (ebitda): must be > 0',
      'D3 (market): is required',
      'F3 (cap_rate): must be > 0 and < 1',
    ]);
    const noCompany = readPortfolioCsv(ASSETS_CSV, undefined);
    expect(noCompany.ok ? [] : noCompany.problems.map((problem) => problem.path)).toEqual(['company']);
  });
});
