import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonOutput, REPOSITORY_ROOT, runLeaseback, temporaryDataDir } from '../__fixtures__/run-leaseback.js';

const BRIEF =
  'Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x. Nothing mission-critical.';

describe('spreadsheets in, documents out', () => {
  let folder: { path: string; remove: () => Promise<void> };
  beforeAll(async () => {
    folder = await temporaryDataDir();
  });
  afterAll(async () => folder.remove());

  it('writes a blank template that plan refuses with every missing item at its cell (exit 2)', async () => {
    const template = join(folder.path, 'portfolio.xlsx');
    expect((await runLeaseback(['template', template])).code).toBe(0);
    const again = await runLeaseback(['template', template]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists (add --force to replace it)');
    const planned = await runLeaseback(['plan', template, '--brief', BRIEF, '--data-dir', join(folder.path, 'store')]);
    expect(planned.code).toBe(2);
    expect(planned.stderr).toContain('Company!B3 (ebitda): is required');
    expect(planned.stderr).toContain('Assets: must contain at least one asset');
  });

  it('plans a CSV with --company and exports the run as a workbook holding its figures', async () => {
    const assets = join(folder.path, 'assets.csv');
    const company = join(folder.path, 'company.csv');
    const portfolio = JSON.parse(await readFile(join(REPOSITORY_ROOT, 'examples', 'portfolio.json'), 'utf8')) as {
      corporate_state: Record<string, number>;
      assets: Record<string, string | number>[];
    };
    const rows = portfolio.assets.map((asset) =>
      [
        asset['asset_id'],
        `"${asset['name']}"`,
        asset['asset_type'],
        asset['market'],
        asset['market_rent'],
        `${Number(asset['cap_rate']) * 100}%`,
        asset['book_value'],
        asset['criticality'],
        asset['leaseability'],
        asset['mortgage_balance'] ?? '',
      ].join(','),
    );
    await writeFile(
      assets,
      ['Asset ID,Name,Type,Market,Annual rent,Cap rate,Book value,Criticality (0-1),Leaseability (0-1),Mortgage', ...rows].join('\n'),
    );
    await writeFile(
      company,
      Object.entries(portfolio.corporate_state)
        .map(([key, value]) => `${key},${value}`)
        .join('\n'),
    );
    const store = join(folder.path, 'store');
    const planned = await runLeaseback(['plan', assets, '--company', company, '--brief', BRIEF, '--json', '--data-dir', store]);
    expect(planned.code).toBe(0);
    const created = parseJsonOutput<{ run_id: string; response: { outcome: { proceeds: number; selected_asset_ids: string[] } } }>(planned);

    const output = join(folder.path, 'board-pack.xlsx');
    const exported = await runLeaseback(['runs', 'export', created.run_id, '--format', 'xlsx', '--output', output, '--data-dir', store]);
    expect(exported.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    let proceeds: unknown;
    workbook.getWorksheet('Summary')!.eachRow((row) => {
      if (row.getCell(1).value === 'Proceeds') proceeds = row.getCell(2).value;
    });
    expect(proceeds).toBe(created.response.outcome.proceeds);
    expect(workbook.getWorksheet('Selected assets')!.getColumn(1).values.slice(2)).toEqual(created.response.outcome.selected_asset_ids);
  });
});
