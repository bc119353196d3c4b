import { InvalidInputError, type Portfolio, type RunRecord } from '@leaseback/domain';
import {
  EXPORT_FORMATS,
  exportRun,
  exportScenarioSet,
  isExportFormat,
  readPortfolioCsv,
  readPortfolioWorkbook,
  spreadsheetFormatOf,
  type CompanySource,
  type ExportDocument,
  type ExportFormat,
  type SpreadsheetFormat,
} from '@leaseback/workbook';
import type { ScenarioSetWithComparison } from '../leaseback-service.js';

/** A spreadsheet to read as a portfolio, as the API or CLI received it. */
export interface PortfolioFileInput {
  readonly content: Uint8Array;
  /** The file's name (its extension decides the format) or its media type; one of them is needed. */
  readonly fileName?: string;
  readonly mediaType?: string;
  /** For a CSV: the corporate state (a company CSV, or JSON). */
  readonly company?: CompanySource;
}

/**
 * Reads a portfolio from an .xlsx or .csv file. Every problem is reported at
 * once with its cell (`Assets!D7 (cap_rate): must be > 0 and < 1`) in an
 * `InvalidInputError`; a file in neither format is one problem naming the
 * formats read.
 */
export async function parsePortfolioFile(input: PortfolioFileInput): Promise<Portfolio> {
  const format: SpreadsheetFormat | undefined =
    (input.fileName ? spreadsheetFormatOf(input.fileName) : undefined) ??
    (input.mediaType ? spreadsheetFormatOf(input.mediaType) : undefined);
  if (format === undefined) {
    throw new InvalidInputError([{ path: 'file', message: 'must be an .xlsx workbook or a .csv file (by its name or its content type)' }]);
  }
  const reading = format === 'xlsx' ? await readPortfolioWorkbook(input.content) : readPortfolioCsv(input.content, input.company);
  if (!reading.ok) throw new InvalidInputError(reading.problems, { subject: input.fileName ?? `the ${format} file` });
  return reading.portfolio;
}

/** Validates an export format from a query or an option: one of xlsx, csv, md, html. */
export function parseExportFormat(format: unknown, name = 'format'): ExportFormat {
  if (isExportFormat(format)) return format;
  throw new InvalidInputError([{ path: name, message: `must be one of ${EXPORT_FORMATS.join(', ')}` }]);
}

/** A stored run as a document: a workbook, a CSV of its selected assets, or a memo. */
export function renderRunExport(run: RunRecord, format: unknown): Promise<ExportDocument> {
  return exportRun(run, parseExportFormat(format));
}

/** A stored scenario set as a document: a workbook, a CSV of its comparison, or a memo. */
export function renderScenarioSetExport(set: ScenarioSetWithComparison, format: unknown): Promise<ExportDocument> {
  return exportScenarioSet(set, parseExportFormat(format));
}
