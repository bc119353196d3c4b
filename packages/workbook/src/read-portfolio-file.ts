import type ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { CorporateStateSchema, safeParseInput, type InputProblem } from '@leaseback/domain';
import { ASSETS_SHEET, COMPANY_SHEET } from './portfolio-layout.js';
import type { SheetCell } from './read-cell-value.js';
import { loadExcelJs } from './workbook-bytes.js';
import { assemblePortfolio, readAssetsSheet, readCompanySheet, type PortfolioReading, type SheetGrid } from './read-portfolio-sheets.js';

/** The spreadsheet formats a portfolio may come in. */
export type SpreadsheetFormat = 'xlsx' | 'csv';

/** The media types of the spreadsheet formats. */
export const SPREADSHEET_MEDIA_TYPES: Readonly<Record<SpreadsheetFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** The spreadsheet format a file name or media type names, or `undefined`. */
export function spreadsheetFormatOf(nameOrMediaType: string): SpreadsheetFormat | undefined {
  const lower = nameOrMediaType.toLowerCase().split(';')[0]?.trim() ?? '';
  if (lower.endsWith('.xlsx') || lower === SPREADSHEET_MEDIA_TYPES.xlsx) return 'xlsx';
  if (lower.endsWith('.csv') || lower === 'text/csv' || lower === 'application/csv') return 'csv';
  return undefined;
}

function failure(path: string, message: string): PortfolioReading {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * Reads a portfolio workbook (.xlsx): the Assets sheet and the Company sheet
 * (sheet names compared case-insensitively; other sheets, such as the
 * template's "Read me", are ignored). Resolves to the portfolio or every
 * problem with its cell; never rejects for a bad file.
 */
export async function readPortfolioWorkbook(content: Uint8Array): Promise<PortfolioReading> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs types its input as a Node Buffer; a view on the same bytes costs no copy.
    await workbook.xlsx.load(Buffer.from(content.buffer, content.byteOffset, content.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return failure('', 'not a readable .xlsx workbook (save it from Excel as "Excel Workbook (.xlsx)")');
  }
  const find = (name: string): ExcelJS.Worksheet | undefined =>
    workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name.toLowerCase());
  const assetsSheet = find(ASSETS_SHEET);
  const companySheet = find(COMPANY_SHEET);
  const missing: InputProblem[] = [];
  if (!assetsSheet)
    missing.push({
      path: ASSETS_SHEET,
      message: `no sheet named "${ASSETS_SHEET}" (the workbook has: ${workbook.worksheets.map((sheet) => sheet.name).join(', ') || 'no sheets'})`,
    });
  if (!companySheet)
    missing.push({
      path: COMPANY_SHEET,
      message: `no sheet named "${COMPANY_SHEET}" (label/value rows: EBITDA, Net debt, Interest expense, Rent expense, …)`,
    });
  if (!assetsSheet || !companySheet) return { ok: false, problems: missing };
  return assemblePortfolio(
    readAssetsSheet(worksheetGrid(assetsSheet), assetsSheet.name),
    readCompanySheet(worksheetGrid(companySheet), companySheet.name),
  );
}

/** Where a CSV portfolio's corporate state comes from. */
export type CompanySource =
  /** A company CSV (label,value rows, as the Company sheet). */
  | { readonly kind: 'csv'; readonly content: Uint8Array | string }
  /** A JSON object: the corporate state itself, or a portfolio-like object holding `corporate_state` (and maybe `company`). */
  | { readonly kind: 'json'; readonly value: unknown };

/**
 * Reads a CSV portfolio: the assets in the Assets sheet's layout (a header row,
 * one row per asset) and the corporate state from `company`. Places are cells
 * of the file (`D7 (cap_rate)`); the company's places are prefixed `company `.
 */
export function readPortfolioCsv(content: Uint8Array | string, company: CompanySource | undefined): PortfolioReading {
  const assetsGrid = csvGrid(content);
  if (!assetsGrid.ok) return failure('', assetsGrid.message);
  const assets = readAssetsSheet(assetsGrid.grid, null);
  if (company === undefined) {
    return {
      ok: false,
      problems: [
        ...assets.problems,
        {
          path: 'company',
          message: 'a CSV holds only the assets: give the corporate state too (a company CSV of label,value rows, or JSON)',
        },
      ],
    };
  }
  if (company.kind === 'csv') {
    const companyGrid = csvGrid(company.content);
    if (!companyGrid.ok) return { ok: false, problems: [...assets.problems, { path: 'company', message: companyGrid.message }] };
    const reading = readCompanySheet(companyGrid.grid, null);
    return assemblePortfolio(assets, {
      ...reading,
      problems: reading.problems.map((problem) => ({ ...problem, path: `company ${problem.path}` })),
    });
  }
  return assemblePortfolio(assets, companyFromJson(company.value));
}

function companyFromJson(value: unknown): Parameters<typeof assemblePortfolio>[1] {
  const holder =
    typeof value === 'object' && value !== null && 'corporate_state' in value
      ? (value as Record<string, unknown>)
      : { corporate_state: value };
  const checked = safeParseInput(CorporateStateSchema, holder['corporate_state'], 'corporate_state');
  const name = typeof holder['company'] === 'string' ? holder['company'] : undefined;
  const description = typeof holder['description'] === 'string' ? holder['description'] : undefined;
  return {
    value: {
      corporate_state: checked.ok ? checked.value : {},
      ...(name !== undefined ? { company: name } : {}),
      ...(description !== undefined ? { description } : {}),
    },
    problems: checked.ok ? [] : checked.problems.map((problem) => ({ ...problem, path: `company ${problem.path}` })),
  };
}

/** A CSV's rows as a grid of text cells; a BOM and `;`-free standard CSV (RFC 4180) expected. */
function csvGrid(content: Uint8Array | string): { ok: true; grid: SheetGrid } | { ok: false; message: string } {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  try {
    const rows = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return { ok: true, grid: rows.map((row) => row.map((value): SheetCell => ({ value }))) };
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : 'parse error';
    return { ok: false, message: `not a readable CSV file (${detail})` };
  }
}

/** A worksheet's used range as a grid, formulas read as their last computed result. */
function worksheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const grid: (SheetCell | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (SheetCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = plainCellValue(cell.value);
      cells[columnNumber - 1] = { value, ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}) };
    });
    grid[rowNumber - 1] = cells;
  });
  // Rows skipped above stay holes; readers treat a missing row as blank.
  return Array.from(grid, (row) => row ?? []);
}

function plainCellValue(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
    return result instanceof Date ? result.toISOString().slice(0, 10) : (result as string | number | boolean);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return String(value.text);
  return null;
}
