import type ExcelJS from 'exceljs';
import { ASSET_TYPES, type Portfolio } from '@leaseback/domain';
import { ASSETS_SHEET, ASSET_COLUMNS, COMPANY_ROWS, COMPANY_SHEET, columnLetters } from './portfolio-layout.js';
import { loadExcelJs, workbookBytes } from './workbook-bytes.js';

/** Rows of the Assets sheet that carry validation and formats in a blank template. */
const TEMPLATE_ROWS = 200;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };

/**
 * A portfolio workbook in the documented layout: a Read me sheet, the Assets
 * sheet (one row per asset, a note on every header) and the Company sheet
 * (label/value rows). Without a portfolio it is the blank template
 * (`leaseback template`); with one it holds that portfolio, and reading it back
 * gives the same portfolio.
 */
export async function writePortfolioWorkbook(portfolio?: Portfolio): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Leaseback';
  addReadMe(workbook);
  addAssetsSheet(workbook, portfolio);
  addCompanySheet(workbook, portfolio);
  return workbookBytes(workbook);
}

function addReadMe(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Read me');
  sheet.getColumn(1).width = 110;
  const lines = [
    'Leaseback portfolio workbook',
    '',
    `"${ASSETS_SHEET}": one row per site you own and could sell and lease back. Row 1 is the header; every other non-blank row is a site.`,
    `"${COMPANY_SHEET}": the company's last-twelve-months figures, one item per row (label in column A, value in column B).`,
    'Money: a number of dollars, or text such as $21,500,000, 21.5M, $2.4mm or 1.2bn.',
    'Rates: a percentage (6.5% or, under a header marked %, 6.5) or a share of 1 (0.065). Scores (0-1): 0.7 or 70%.',
    'Headers may be written as a treasurer would ("Annual rent", "Cap rate %", "Criticality (0-1)"); a "Notes" column is ignored.',
    'Hover over a header for what it means. Every problem is reported at once with its cell, e.g. Assets!F7 (cap_rate): must be > 0 and < 1.',
    `Asset types: ${ASSET_TYPES.join(', ')} (spaces instead of underscores are fine).`,
    'Plan it: leaseback plan portfolio.xlsx --brief "Raise $150M from warehouses, net leverage under 3.5x"',
  ];
  lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
}

function addAssetsSheet(workbook: ExcelJS.Workbook, portfolio: Portfolio | undefined): void {
  const sheet = workbook.addWorksheet(ASSETS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ASSET_COLUMNS.forEach((column, index) => {
    const cell = sheet.getCell(1, index + 1);
    cell.value = column.label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.note = `${column.required ? 'Required. ' : ''}${column.note}`;
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.field === 'name' ? 40 : Math.max(14, column.label.length + 4);
    if (column.numberFormat) sheetColumn.numFmt = column.numberFormat;
  });
  const assets = portfolio?.assets ?? [];
  assets.forEach((asset, assetIndex) => {
    ASSET_COLUMNS.forEach((column, columnIndex) => {
      const value = asset[column.field];
      if (value === undefined) return;
      const cell = sheet.getCell(assetIndex + 2, columnIndex + 1);
      // Asset types are written as a person would type them; the reader maps them back.
      cell.value = column.kind === 'asset_type' ? String(value).replace(/_/g, ' ') : value;
      if (column.numberFormat) cell.numFmt = column.numberFormat;
    });
  });
  const lastRow = Math.max(TEMPLATE_ROWS, assets.length + 1);
  ASSET_COLUMNS.forEach((column, index) => {
    const letters = columnLetters(index);
    const validation = dataValidation(column.kind, column.field === 'cap_rate');
    if (!validation) return;
    for (let row = 2; row <= lastRow; row += 1) sheet.getCell(`${letters}${row}`).dataValidation = validation;
  });
}

function addCompanySheet(workbook: ExcelJS.Workbook, portfolio: Portfolio | undefined): void {
  const sheet = workbook.addWorksheet(COMPANY_SHEET);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 22;
  sheet.getColumn(3).width = 90;
  const header = sheet.getRow(1);
  header.values = ['Item', 'Value', 'Notes'];
  header.font = { bold: true };
  for (const column of [1, 2, 3]) sheet.getCell(1, column).fill = HEADER_FILL;
  COMPANY_ROWS.forEach((item, index) => {
    const row = index + 2;
    sheet.getCell(row, 1).value = item.label;
    sheet.getCell(row, 3).value = `${item.required ? 'Required. ' : ''}${item.note}`;
    const valueCell = sheet.getCell(row, 2);
    if (item.numberFormat) valueCell.numFmt = item.numberFormat;
    const validation = dataValidation(item.kind, false);
    if (validation) valueCell.dataValidation = validation;
    if (!portfolio) return;
    const value =
      item.field === 'company'
        ? portfolio.company
        : item.field === 'description'
          ? portfolio.description
          : portfolio.corporate_state[item.field];
    if (value !== undefined) valueCell.value = value;
  });
}

/** Excel's own checks on entry, so most mistakes are caught as they are typed. */
function dataValidation(kind: (typeof ASSET_COLUMNS)[number]['kind'], openInterval: boolean): ExcelJS.DataValidation | undefined {
  switch (kind) {
    case 'asset_type':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${ASSET_TYPES.map((type) => type.replace(/_/g, ' ')).join(',')}"`],
        showErrorMessage: false,
      };
    case 'score':
      return {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 1],
        showErrorMessage: true,
        errorTitle: 'Between 0 and 1',
        error: 'Enter a score from 0 to 1.',
      };
    case 'rate':
      return openInterval
        ? {
            type: 'decimal',
            operator: 'between',
            allowBlank: true,
            formulae: [0.0001, 0.9999],
            showErrorMessage: true,
            errorTitle: 'A rate',
            error: 'Enter a rate above 0% and below 100%.',
          }
        : undefined;
    default:
      return undefined;
  }
}
