import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { STORED_RUN, STORED_RUN_WITH_NOTICES, STORED_SET } from './__fixtures__/stored-run.js';
import { EXAMPLE_PORTFOLIO } from './__fixtures__/example-portfolio.js';
import { exportRun, exportScenarioSet } from './render-export.js';

async function openWorkbook(content: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The value cell beside a label in column A. */
function valueBeside(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2);
  });
  if (!found) throw new Error(`no row labelled ${label}`);
  return found;
}

const text = (content: Uint8Array): string => new TextDecoder().decode(content);

describe('exportRun', () => {
  it('writes a workbook whose figures are the run’s, as numbers with formats', async () => {
    const document = await exportRun(STORED_RUN_WITH_NOTICES, 'xlsx');
    expect(document.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(document.fileName).toBe('leaseback-run-run-3f0c.xlsx');
    const workbook = await openWorkbook(document.content);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Selected assets',
      'Covenants',
      'Excluded assets',
      'Economics',
      'Audit trail',
    ]);

    const summary = workbook.getWorksheet('Summary')!;
    const outcome = STORED_RUN.response!.outcome;
    expect(valueBeside(summary, 'Proceeds').value).toBe(outcome.proceeds);
    expect(valueBeside(summary, 'Proceeds').numFmt).toContain('$');
    expect(valueBeside(summary, 'Target').value).toBe(outcome.target_amount);
    expect(valueBeside(summary, 'Assets sold').value).toBe(2);
    const summaryText: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => summaryText.push(String(cell.value))));
    expect(summaryText).toContain(STORED_RUN.response!.explanation.summary);
    expect(summaryText).toContain('Notices (2)');
    expect(summaryText).toContain('No floor was given; assumed 80% of the target.');

    const selected = workbook.getWorksheet('Selected assets')!;
    const fontana = EXAMPLE_PORTFOLIO.assets.find((asset) => asset.asset_id === 'IE-02')!;
    const row = selected.getRow(3);
    expect(row.getCell(1).value).toBe('IE-02');
    expect(row.getCell(2).value).toBe(fontana.name);
    expect(row.getCell(5).value).toBe(fontana.market_rent);
    expect(row.getCell(6).value).toBe(fontana.cap_rate);
    expect(row.getCell(6).numFmt).toContain('%');
    expect(row.getCell(9).value).toBe(54_300_000);

    const covenants = workbook.getWorksheet('Covenants')!;
    expect(covenants.getRow(2).values).toEqual([undefined, 'Net leverage', 3, 2.64, '≤ 3.50x', 3.5, 'pass', false]);
    expect(covenants.getRow(3).getCell(7).value).toBe(true);
    expect(workbook.getWorksheet('Excluded assets')!.getRow(2).getCell(3).value).toBe('criticality');
    expect(valueBeside(workbook.getWorksheet('Economics')!, 'gross_price').value).toBe(80_000_000);
    expect(workbook.getWorksheet('Audit trail')!.rowCount).toBe(1 + STORED_RUN.response!.audit_trace.entries.length);
  });

  it('exports a run stored before notices and economics existed', async () => {
    const workbook = await openWorkbook((await exportRun(STORED_RUN, 'xlsx')).content);
    expect(workbook.getWorksheet('Economics')).toBeUndefined();
    expect(valueBeside(workbook.getWorksheet('Summary')!, 'Notices (0)')).toBeDefined();
  });

  it('writes the selected assets as CSV with raw numbers', async () => {
    const document = await exportRun(STORED_RUN, 'csv');
    expect(document.mediaType).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(text(document.content)) as string[][];
    expect(rows[0]?.[0]).toBe('Asset ID');
    expect(rows.slice(1).map((row) => [row[0], Number(row[8])])).toEqual([
      ['COL-02', 21_000_000],
      ['IE-02', 54_300_000],
    ]);
  });

  it('writes a Markdown memo with the summary, the figures and every notice', async () => {
    const memo = text((await exportRun(STORED_RUN_WITH_NOTICES, 'md')).content);
    expect(memo).toContain(STORED_RUN.response!.explanation.summary);
    expect(memo).toContain('- **Proceeds:** $75.3M');
    expect(memo).toContain('`assumed_floor` No floor was given; assumed 80% of the target.');
    expect(memo).toContain('`unrecognized_phrase` Did not understand "<b>green only</b>".');
    expect(memo).toContain('| Net leverage | 3.00x | 2.64x | ≤ 3.50x | 3.50x | pass | no |  |');
    expect(memo).toContain('## Economics');
  });

  it('writes an HTML memo with every notice, escaping what the run holds', async () => {
    const document = await exportRun(STORED_RUN_WITH_NOTICES, 'html');
    const html = text(document.content);
    expect(document.mediaType).toBe('text/html; charset=utf-8');
    expect(html).toContain(`<p class="summary">${STORED_RUN.response!.explanation.summary}</p>`);
    expect(html).toContain('No floor was given; assumed 80% of the target.');
    expect(html).toContain('Did not understand &quot;&lt;b&gt;green only&lt;/b&gt;&quot;.');
    expect(html).not.toContain('<b>green only</b>');
    expect(html).toContain('Raise $150M from &lt;warehouses&gt; &amp; DCs');
  });
});

describe('exportScenarioSet', () => {
  it('puts the side-by-side comparison first, then each scenario’s sheets', async () => {
    const document = await exportScenarioSet(STORED_SET, 'xlsx');
    expect(document.fileName).toBe('leaseback-set-set-9a1b.xlsx');
    const workbook = await openWorkbook(document.content);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('Comparison');
    expect(names).toContain('1 Selected assets');
    expect(names).toContain('2 Summary');
    const comparison = workbook.getWorksheet('Comparison')!;
    expect(comparison.getRow(3).getCell(1).value).toBe('Scenario');
    expect(comparison.getRow(5).getCell(1).value).toBe('Risk off');
    expect(comparison.getRow(5).getCell(7).value).toBe(60_000_000);
    expect(comparison.getRow(5).getCell(9).value).toBe(2.64);
  });

  it('writes the comparison as CSV and a memo per scenario', async () => {
    const rows = parseCsv(text((await exportScenarioSet(STORED_SET, 'csv')).content)) as string[][];
    expect(rows.map((row) => row[0])).toEqual(['Scenario', 'Base', 'Risk off']);
    const memo = text((await exportScenarioSet(STORED_SET, 'md')).content);
    expect(memo).toContain('## Comparison');
    expect(memo).toContain('## Run run-Risk off (Risk off)');
  });
});
