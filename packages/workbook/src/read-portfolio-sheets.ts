import {
  AssetListSchema,
  CorporateStateSchema,
  PortfolioSchema,
  safeParseInput,
  type CorporateState,
  type InputProblem,
  type Portfolio,
} from '@leaseback/domain';
import { readCellValue, type SheetCell } from './read-cell-value.js';
import {
  ASSET_COLUMNS,
  COMPANY_ROWS,
  IGNORED_LABELS,
  columnLetters,
  matchLayoutField,
  normalizeLabel,
  type CompanyField,
  type LayoutField,
} from './portfolio-layout.js';

/** A sheet as rows of cells, 0-based (row 0 is spreadsheet row 1). */
export type SheetGrid = readonly (readonly (SheetCell | undefined)[])[];

/**
 * The result of reading a portfolio from a spreadsheet: the portfolio, or every
 * problem found, each placed at its cell (`Assets!D7 (cap_rate)`).
 */
export type PortfolioReading =
  | { readonly ok: true; readonly portfolio: Portfolio }
  | { readonly ok: false; readonly problems: InputProblem[] };

/** What the Assets sheet yields: raw assets for the schema, or problems already placed. */
interface SheetReading<Value> {
  readonly value: Value;
  readonly problems: InputProblem[];
}

/** `Assets!D7` in a workbook, `D7` in a CSV file (which has one unnamed sheet). */
export function cellPlace(sheet: string | null, column: number, row: number): string {
  const reference = `${columnLetters(column)}${row + 1}`;
  return sheet === null ? reference : `${sheet}!${reference}`;
}

function placed(place: string, field: string | null, message: string): InputProblem {
  if (place === '') return { path: field ?? '', message };
  return { path: field === null ? place : `${place} (${field})`, message };
}

/** Row then column of a place such as `Assets!D7 (cap_rate)`; places without a cell sort first. */
function placeOrder(problem: InputProblem): [number, number] {
  const match = /(?:^|!)([A-Z]+)(\d+)\b/.exec(problem.path);
  if (!match) return [0, 0];
  const column = [...(match[1] ?? '')].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  return [Number(match[2]), column];
}

/** Problems in reading order (row by row, left to right), as a person fixes a sheet. */
function inReadingOrder(problems: InputProblem[]): InputProblem[] {
  return problems
    .map((problem, index) => ({ problem, index, order: placeOrder(problem) }))
    .sort((left, right) => left.order[0] - right.order[0] || left.order[1] - right.order[1] || left.index - right.index)
    .map((entry) => entry.problem);
}

function cellText(cell: SheetCell | undefined): string {
  const value = cell?.value;
  return value === null || value === undefined ? '' : String(value).trim();
}

function isBlankRow(row: readonly (SheetCell | undefined)[] | undefined): boolean {
  return row === undefined || row.every((cell) => cellText(cell) === '');
}

/**
 * Reads the Assets sheet: row 1 is the header (names matched with their
 * aliases), every non-blank row below is one asset. Each cell is read by its
 * column's kind, then the list is checked with the domain schema; every
 * problem names its cell, and a cell that could not be read is not reported a
 * second time by the schema.
 */
export function readAssetsSheet(grid: SheetGrid, sheet: string | null): SheetReading<unknown[]> {
  const problems: InputProblem[] = [];
  const header = grid[0] ?? [];
  const columns: { index: number; field: LayoutField<string>; percent: boolean }[] = [];
  const columnByField = new Map<string, number>();
  header.forEach((cell, index) => {
    const label = cellText(cell);
    if (label === '') return;
    const field = matchLayoutField(ASSET_COLUMNS, label);
    if (field === undefined) {
      if (!IGNORED_LABELS.includes(normalizeLabel(label).text))
        problems.push(
          placed(
            cellPlace(sheet, index, 0),
            null,
            `unknown column "${label}" (expected one of: ${ASSET_COLUMNS.map((column) => column.label).join(', ')}; or Notes)`,
          ),
        );
      return;
    }
    const earlier = columnByField.get(field.field);
    if (earlier !== undefined) {
      problems.push(
        placed(cellPlace(sheet, index, 0), field.field, `a second column for this field (the first is ${columnLetters(earlier)})`),
      );
      return;
    }
    columnByField.set(field.field, index);
    columns.push({ index, field, percent: normalizeLabel(label).percent });
  });
  const missingColumns = new Set<string>();
  for (const column of ASSET_COLUMNS) {
    if (column.required && !columnByField.has(column.field)) {
      missingColumns.add(column.field);
      problems.push(
        placed(`${sheet === null ? '' : `${sheet}!`}1:1`, column.field, `no column for this field (add a column headed "${column.label}")`),
      );
    }
  }

  const assets: Record<string, unknown>[] = [];
  const rowOfAsset: number[] = [];
  const unreadable = new Set<string>();
  for (let rowIndex = 1; rowIndex < grid.length; rowIndex += 1) {
    const row = grid[rowIndex];
    if (isBlankRow(row)) continue;
    const asset: Record<string, unknown> = {};
    for (const column of columns) {
      const reading = readCellValue(row?.[column.index], column.field.kind, column.percent);
      if (!reading.ok) {
        problems.push(placed(cellPlace(sheet, column.index, rowIndex), column.field.field, reading.message));
        unreadable.add(`${assets.length}:${column.field.field}`);
      } else if (reading.value !== undefined) asset[column.field.field] = reading.value;
    }
    rowOfAsset.push(rowIndex);
    assets.push(asset);
  }

  // The schema checks ids for uniqueness only once every asset is valid; a sheet reports it always.
  const firstRowById = new Map<string, number>();
  const idColumn = columnByField.get('asset_id');
  assets.forEach((asset, assetIndex) => {
    const id = asset['asset_id'];
    const rowIndex = rowOfAsset[assetIndex] ?? 0;
    if (typeof id !== 'string' || idColumn === undefined) return;
    const first = firstRowById.get(id);
    if (first === undefined) firstRowById.set(id, rowIndex);
    else
      problems.push(
        placed(cellPlace(sheet, idColumn, rowIndex), 'asset_id', `duplicate asset_id "${id}" (first used in row ${first + 1})`),
      );
  });

  const checked = safeParseInput(AssetListSchema, assets);
  if (!checked.ok) {
    for (const problem of checked.problems) {
      const match = /^\[(\d+)\]\.?([a-z_]*)/.exec(problem.path);
      if (!match) {
        problems.push(placed(sheet ?? '', null, problem.message));
        continue;
      }
      const assetIndex = Number(match[1]);
      const field = match[2] ?? '';
      if (unreadable.has(`${assetIndex}:${field}`) || missingColumns.has(field) || problem.message.startsWith('duplicate asset_id'))
        continue;
      const rowIndex = rowOfAsset[assetIndex] ?? assetIndex + 1;
      const column = columnByField.get(field);
      problems.push(
        placed(
          column === undefined ? `${sheet === null ? '' : `${sheet}!`}${rowIndex + 1}:${rowIndex + 1}` : cellPlace(sheet, column, rowIndex),
          field || null,
          problem.message,
        ),
      );
    }
  }
  return { value: assets, problems: inReadingOrder(problems) };
}

/**
 * Reads the Company sheet (or a company CSV): label/value rows, the label in
 * column A and the value in column B, in any order; a header row ("Item",
 * "Field", "Label") and blank rows are skipped. A required item with no row is
 * reported at the sheet, one with an empty value at its value cell.
 */
export function readCompanySheet(
  grid: SheetGrid,
  sheet: string | null,
): SheetReading<{ corporate_state: Record<string, unknown>; company?: string; description?: string }> {
  const problems: InputProblem[] = [];
  const values: Record<string, unknown> = {};
  const rowByField = new Map<CompanyField, number>();
  const unreadable = new Set<string>();
  grid.forEach((row, rowIndex) => {
    const label = cellText(row?.[0]);
    const normalized = normalizeLabel(label).text;
    if (label === '' || ['item', 'field', 'label', 'name of item'].includes(normalized) || IGNORED_LABELS.includes(normalized)) return;
    const field = matchLayoutField(COMPANY_ROWS, label);
    if (field === undefined) {
      problems.push(
        placed(
          cellPlace(sheet, 0, rowIndex),
          null,
          `unknown item "${label}" (expected one of: ${COMPANY_ROWS.map((item) => item.label).join(', ')})`,
        ),
      );
      return;
    }
    const earlier = rowByField.get(field.field);
    if (earlier !== undefined) {
      problems.push(placed(cellPlace(sheet, 0, rowIndex), field.field, `a second row for this item (the first is row ${earlier + 1})`));
      return;
    }
    rowByField.set(field.field, rowIndex);
    const reading = readCellValue(row?.[1], field.kind, normalizeLabel(label).percent);
    if (!reading.ok) {
      problems.push(placed(cellPlace(sheet, 1, rowIndex), field.field, reading.message));
      unreadable.add(field.field);
    } else if (reading.value !== undefined) values[field.field] = reading.value;
  });

  const { company, description, ...corporateState } = values;
  const checked = safeParseInput(CorporateStateSchema, corporateState);
  if (!checked.ok) {
    for (const problem of checked.problems) {
      const field = problem.path as CompanyField;
      if (unreadable.has(field)) continue;
      const rowIndex = rowByField.get(field);
      const label = COMPANY_ROWS.find((item) => item.field === field)?.label ?? field;
      if (rowIndex === undefined) problems.push(placed(sheet ?? '', field || null, `${problem.message} (add a row labelled "${label}")`));
      else problems.push(placed(cellPlace(sheet, 1, rowIndex), field || null, problem.message));
    }
  }
  return {
    value: {
      corporate_state: corporateState,
      ...(typeof company === 'string' ? { company } : {}),
      ...(typeof description === 'string' ? { description } : {}),
    },
    problems: inReadingOrder(problems),
  };
}

/**
 * Puts the sheets' readings together into a portfolio, or every problem. The
 * schema check at the end only guards the assembly: each part was checked
 * where its cells are known.
 */
export function assemblePortfolio(
  assets: SheetReading<unknown[]>,
  company: SheetReading<{ corporate_state: Record<string, unknown> | CorporateState; company?: string; description?: string }>,
): PortfolioReading {
  const problems = [...company.problems, ...assets.problems];
  if (problems.length > 0) return { ok: false, problems };
  const parsed = safeParseInput(PortfolioSchema, { ...company.value, assets: assets.value });
  return parsed.ok ? { ok: true, portfolio: parsed.value } : { ok: false, problems: parsed.problems };
}
