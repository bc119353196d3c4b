export {
  ASSETS_SHEET,
  ASSET_COLUMNS,
  COMPANY_ROWS,
  COMPANY_SHEET,
  normalizeLabel,
  type CellKind,
  type CompanyField,
  type LayoutField,
} from './portfolio-layout.js';
export {
  SPREADSHEET_MEDIA_TYPES,
  readPortfolioCsv,
  readPortfolioWorkbook,
  spreadsheetFormatOf,
  type CompanySource,
  type SpreadsheetFormat,
} from './read-portfolio-file.js';
export type { PortfolioReading } from './read-portfolio-sheets.js';
export { writePortfolioWorkbook } from './write-portfolio-workbook.js';
export {
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  escapeHtml,
  exportRun,
  exportScenarioSet,
  formatCell,
  formatMoneyShort,
  isExportFormat,
  type ExportDocument,
  type ExportFormat,
  type ScenarioSetExportInput,
} from './render-export.js';
export {
  buildRunExport,
  buildScenarioSetExport,
  covenantLabel,
  readEconomics,
  readNotices,
  type ColumnKind,
  type ExportCell,
  type ExportColumn,
  type ExportFact,
  type ExportNotice,
  type ExportTable,
  type RunExportModel,
  type ScenarioSetExportModel,
} from './export-tables.js';
