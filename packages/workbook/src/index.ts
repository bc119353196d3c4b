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
