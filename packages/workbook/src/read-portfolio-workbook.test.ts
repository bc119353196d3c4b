import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, EXAMPLE_WORKBOOK_URL } from './__fixtures__/example-portfolio.js';
import { readPortfolioWorkbook } from './read-portfolio-file.js';
import { writePortfolioWorkbook } from './write-portfolio-workbook.js';

type Row = readonly (string | number | null)[];

async function workbookOf(sheets: Readonly<Record<string, readonly Row[]>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const COMPANY: readonly Row[] = [
  ['Item', 'Value'],
  ['Company', 'Test Co'],
  ['EBITDA', '$420M'],
  ['Net debt', '1.26bn'],
  ['Interest expense', '$75,000,000'],
  ['Rent expense', 30_000_000],
];

describe('readPortfolioWorkbook', () => {
  it('reads back the example portfolio written in the template layout', async () => {
    const reading = await readPortfolioWorkbook(await writePortfolioWorkbook(EXAMPLE_PORTFOLIO));
    expect(reading).toEqual({ ok: true, portfolio: EXAMPLE_PORTFOLIO });
  });

  it('reads the committed examples/portfolio.xlsx as examples/portfolio.json', async () => {
    const reading = await readPortfolioWorkbook(new Uint8Array(await readFile(EXAMPLE_WORKBOOK_URL)));
    expect(reading).toEqual({ ok: true, portfolio: EXAMPLE_PORTFOLIO });
  });

  it('reports all 12 deliberate problems at once, each at its cell', async () => {
    const header = [
      'Asset ID',
      'Name',
      'Type',
      'Market',
      'Annual rent',
      'Cap rate %',
      'Book value',
      'Criticality (0-1)',
      'Leaseability (0-1)',
      'Mortgage',
    ];
    const bytes = await workbookOf({
      Assets: [
        header,
        ['A-1', 'Alpha', 'Warehouse', 'Dallas', '$2.4M', 6.5, '$26,000,000', 0.3, 0.9, null],
        ['A-2', 'Beta', 'DC', 'Houston', 'abc', 6.2, 30_000_000, 0.4, 0.8, null],
        ['A-3', 'Gamma', 'castle', 'Atlanta', 1_000_000, 120, 9e6, 0.2, 0.6, null],
        ['A-1', 'Delta', 'office', 'Chicago', 500_000, 7, 5e6, 1.5, 0.5, null],
        [null, 'Epsilon', 'retail', 'Newark', 400_000, 7.5, 4e6, 0.2, '2', null],
        ['A-6', 'Zeta', 'lab', 'Phoenix', -5, 0, 1e6, 0.1, 0.9, 'lots'],
      ],
      Company: [
        ['Item', 'Value'],
        ['Company', 'Test Co'],
        ['EBITDA', null],
        ['Net debt', 1e9],
        ['Interest expense', -3],
        ['Rent expense', 1e6],
      ],
    });
    const reading = await readPortfolioWorkbook(bytes);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    const lines = reading.problems.map((problem) => `${problem.path}: ${problem.message}`);
    expect(new Set(lines)).toEqual(
      new Set([
        'Company!B3 (ebitda): is required',
        'Company!B5 (interest_expense): must be >= 0',
        'Assets!E3 (market_rent): "abc" is not an amount (e.g. $21.5M or 21,500,000)',
        'Assets!C4 (asset_type): "castle" is not an asset type (one of distribution_center, warehouse, manufacturing, office, retail, data_center, lab, other)',
        'Assets!F4 (cap_rate): must be > 0 and < 1',
        'Assets!A5 (asset_id): duplicate asset_id "A-1" (first used in row 2)',
        'Assets!H5 (criticality): must be between 0 and 1',
        'Assets!A6 (asset_id): is required',
        'Assets!I6 (leaseability): must be between 0 and 1',
        'Assets!E7 (market_rent): must be > 0',
        'Assets!F7 (cap_rate): must be > 0 and < 1',
        'Assets!J7 (mortgage_balance): "lots" is not an amount (e.g. $21.5M or 21,500,000)',
      ]),
    );
    expect(lines).toHaveLength(12);
  });

  it('reports a blank template as every required company item missing and no assets', async () => {
    const reading = await readPortfolioWorkbook(await writePortfolioWorkbook());
    expect(reading).toEqual({
      ok: false,
      problems: [
        { path: 'Company!B3 (ebitda)', message: 'is required' },
        { path: 'Company!B4 (net_debt)', message: 'is required' },
        { path: 'Company!B5 (interest_expense)', message: 'is required' },
        { path: 'Company!B6 (rent_expense)', message: 'is required' },
        { path: 'Assets', message: 'must contain at least one asset' },
      ],
    });
  });

  it('names missing sheets, missing columns and unknown columns', async () => {
    const noCompany = await readPortfolioWorkbook(await workbookOf({ Assets: [['Asset ID']] }));
    expect(noCompany.ok ? [] : noCompany.problems.map((problem) => problem.path)).toEqual(['Company']);
    const reading = await readPortfolioWorkbook(
      await workbookOf({
        Assets: [
          ['Asset ID', 'Name', 'Type', 'Market', 'Rent', 'Cap rate', 'Book value', 'Criticality', 'Colour'],
          ['A', 'B', 'office', 'D', 1, 0.1, 1, 0.5, 'red'],
        ],
        Company: COMPANY,
      }),
    );
    expect(reading.ok ? [] : reading.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'Assets!1:1 (leaseability): no column for this field (add a column headed "Leaseability (0-1)")',
      'Assets!I1: unknown column "Colour" (expected one of: Asset ID, Name, Asset type, Market, Annual rent, Cap rate %, Book value, Criticality (0-1), Leaseability (0-1), Mortgage balance, Transaction cost %, Lease term (years), Rent escalator %; or Notes)',
    ]);
  });

  it('answers a file that is not a workbook with one problem, not an exception', async () => {
    const reading = await readPortfolioWorkbook(new TextEncoder().encode('asset_id,name\n'));
    expect(reading).toEqual({ ok: false, problems: [{ path: '', message: expect.stringContaining('not a readable .xlsx workbook') }] });
  });

  it('reads the headers, money and percentages a treasurer writes', async () => {
    const bytes = await workbookOf({
      Assets: [
        [
          'Site ID',
          'Property name',
          'Property type',
          'City',
          'Annual rent',
          'Cap rate %',
          'NBV',
          'Criticality (0-1)',
          'Leaseability',
          'Mortgage balance',
          'Transaction cost %',
          'Notes',
        ],
        [
          'W-1',
          'Fontana Warehouse',
          'Distribution Center',
          'Inland Empire',
          '$2.4mm',
          '6.25%',
          '$74,000,000',
          '70%',
          0.9,
          '1.5M',
          1.5,
          'ignored',
        ],
        [null, null, null, null, null, null, null, null, null, null, null, null],
        [1001, 'Plano Counter', 'data centre', 'Dallas', 1_100_000, 7.5, '9M', 0.2, '60%', null, null, null],
      ],
      Company: [...COMPANY, ['Cost of debt %', 5.5], ['Debt paydown share', '80%'], ['Lease adjustment multiple', '8x']],
    });
    const reading = await readPortfolioWorkbook(bytes);
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
    const [first, second] = reading.portfolio.assets;
    expect(first).toMatchObject({
      asset_id: 'W-1',
      asset_type: 'distribution_center',
      market_rent: 2_400_000,
      cap_rate: 0.0625,
      criticality: 0.7,
      mortgage_balance: 1_500_000,
      transaction_cost_rate: 0.015,
    });
    expect(second).toMatchObject({
      asset_id: '1001',
      asset_type: 'data_center',
      cap_rate: 0.075,
      book_value: 9_000_000,
      leaseability: 0.6,
      mortgage_balance: 0,
    });
    expect(reading.portfolio.corporate_state).toEqual({
      ebitda: 420e6,
      net_debt: 1.26e9,
      interest_expense: 75e6,
      rent_expense: 30e6,
      cost_of_debt: 0.055,
      debt_paydown_share: 0.8,
      transaction_cost_rate: 0.02,
      lease_adjustment_multiple: 8,
    });
    expect(reading.portfolio.company).toBe('Test Co');
    expect(first?.book_value).toBe(74_000_000);
  });
});
