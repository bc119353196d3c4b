import type ExcelJS from 'exceljs';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { RunRecord, ScenarioComparisonRow, ScenarioSetResult } from '@leaseback/domain';
import {
  buildRunExport,
  buildScenarioSetExport,
  type ColumnKind,
  type ExportCell,
  type ExportFact,
  type ExportTable,
  type RunExportModel,
  type ScenarioSetExportModel,
} from './export-tables.js';
import { MONEY_FORMAT, MULTIPLE_FORMAT, RATE_FORMAT, SCORE_FORMAT } from './portfolio-layout.js';
import { loadExcelJs, workbookBytes } from './workbook-bytes.js';

/** The formats a run or a scenario set exports to. */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'md', 'html'] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether `value` names an export format. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** An exported document: its bytes, media type and a file name to save it under. */
export interface ExportDocument {
  readonly content: Uint8Array;
  readonly mediaType: string;
  readonly fileName: string;
}

/** The media type each export format is answered with. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** A scenario set as the service answers it: the set, its runs and the comparison rows. */
export type ScenarioSetExportInput = ScenarioSetResult & { readonly comparison: readonly ScenarioComparisonRow[] };

/**
 * Exports one run. XLSX: Summary (the ask, the answer, the summary paragraph,
 * notices), Selected assets, Covenants, Excluded assets, Economics (when the
 * outcome has it) and Audit trail sheets, numbers as numbers with formats.
 * CSV: the selected assets. Markdown and HTML: a one-page memo.
 */
export async function exportRun(run: RunRecord, format: ExportFormat): Promise<ExportDocument> {
  const model = buildRunExport(run);
  const fileName = `leaseback-run-${run.run_id}.${format}`;
  const text = new TextEncoder();
  switch (format) {
    case 'xlsx': {
      const workbook = await newWorkbook();
      addRunSheets(workbook, model, '');
      return { content: await workbookBytes(workbook), mediaType: EXPORT_MEDIA_TYPES.xlsx, fileName };
    }
    case 'csv':
      return { content: text.encode(tableCsv(model.selected)), mediaType: EXPORT_MEDIA_TYPES.csv, fileName };
    case 'md':
      return { content: text.encode(runMarkdown(model)), mediaType: EXPORT_MEDIA_TYPES.md, fileName };
    case 'html':
      return { content: text.encode(htmlPage(model.title, runHtml(model, 2))), mediaType: EXPORT_MEDIA_TYPES.html, fileName };
  }
}

/**
 * Exports a scenario set. XLSX: the side-by-side Comparison first, then each
 * scenario's sheets prefixed with its number (`1 Summary`, `1 Selected assets`…).
 * CSV: the comparison. Markdown and HTML: the comparison, then each scenario's memo.
 */
export async function exportScenarioSet(set: ScenarioSetExportInput, format: ExportFormat): Promise<ExportDocument> {
  const model = buildScenarioSetExport(set);
  const fileName = `leaseback-set-${set.scenario_set.id}.${format}`;
  const text = new TextEncoder();
  switch (format) {
    case 'xlsx': {
      const workbook = await newWorkbook();
      const sheet = workbook.addWorksheet('Comparison');
      sheet.addRow(['Brief', model.brief]).font = { bold: true };
      sheet.addRow([]);
      writeTable(sheet, model.comparison);
      model.runs.forEach((run, index) => {
        addRunSheets(workbook, run, `${index + 1} `);
      });
      return { content: await workbookBytes(workbook), mediaType: EXPORT_MEDIA_TYPES.xlsx, fileName };
    }
    case 'csv':
      return { content: text.encode(tableCsv(model.comparison)), mediaType: EXPORT_MEDIA_TYPES.csv, fileName };
    case 'md':
      return { content: text.encode(setMarkdown(model)), mediaType: EXPORT_MEDIA_TYPES.md, fileName };
    case 'html':
      return { content: text.encode(htmlPage(model.title, setHtml(model))), mediaType: EXPORT_MEDIA_TYPES.html, fileName };
  }
}

// --- XLSX ---------------------------------------------------------------------------------

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Leaseback';
  return workbook;
}

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  money: MONEY_FORMAT,
  ratio: MULTIPLE_FORMAT,
  rate: RATE_FORMAT,
  score: SCORE_FORMAT,
  count: '0',
};

function addRunSheets(workbook: ExcelJS.Workbook, model: RunExportModel, prefix: string): void {
  const summary = workbook.addWorksheet(sheetName(`${prefix}Summary`));
  summary.getColumn(1).width = 30;
  summary.getColumn(2).width = 100;
  summary.addRow([model.title]).font = { bold: true, size: 14 };
  summary.addRow([]);
  for (const fact of model.facts) {
    const row = summary.addRow([fact.label, fact.value]);
    const format = NUMBER_FORMATS[fact.kind];
    if (format) row.getCell(2).numFmt = format;
  }
  summary.addRow([]);
  summary.addRow(['Summary']).font = { bold: true };
  const paragraph = summary.addRow([model.summary]);
  summary.mergeCells(paragraph.number, 1, paragraph.number, 2);
  paragraph.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  paragraph.height = Math.min(400, 15 * Math.ceil(model.summary.length / 110));
  summary.addRow([]);
  summary.addRow([`Notices (${model.notices.length})`]).font = { bold: true };
  for (const notice of model.notices) summary.addRow([notice.code ?? '', notice.message]);
  if (model.notices.length === 0) summary.addRow(['', 'None.']);

  for (const table of [model.selected, model.covenants, model.excluded, ...(model.economics ? [model.economics] : []), model.audit]) {
    writeTable(workbook.addWorksheet(sheetName(`${prefix}${table.title}`)), table);
  }
}

/** Excel limits sheet names to 31 characters. */
function sheetName(name: string): string {
  return name.slice(0, 31);
}

function writeTable(sheet: ExcelJS.Worksheet, table: ExportTable): void {
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((cell) => cell));
    table.columns.forEach((column, index) => {
      const format = NUMBER_FORMATS[column.kind];
      if (format && typeof row[index] === 'number') added.getCell(index + 1).numFmt = format;
    });
  }
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width =
      column.kind === 'text' ? (['Name', 'Detail', 'Message', 'Note', 'Error'].includes(column.header) ? 50 : 18) : 16;
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
}

// --- CSV ----------------------------------------------------------------------------------

/** A table as CSV: raw numbers (a spreadsheet formats them), booleans as true/false, blanks for null. */
function tableCsv(table: ExportTable): string {
  return stringifyCsv(
    [table.columns.map((column) => column.header), ...table.rows.map((row) => row.map((cell) => (cell === null ? '' : cell)))],
    {
      cast: { boolean: (value) => String(value) },
    },
  );
}

// --- Memo text ----------------------------------------------------------------------------

/** `$181.3M`, `$1.26B`, `$950K`: money as a board pack reads it. */
export function formatMoneyShort(value: number): string {
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  if (amount >= 1e9) return `${sign}$${(amount / 1e9).toFixed(2)}B`;
  if (amount >= 1e6) return `${sign}$${(amount / 1e6).toFixed(1)}M`;
  if (amount >= 1e3) return `${sign}$${(amount / 1e3).toFixed(0)}K`;
  return `${sign}$${amount.toFixed(0)}`;
}

/** A cell as memo text, by its column's kind. */
export function formatCell(cell: ExportCell, kind: ColumnKind): string {
  if (cell === null) return kind === 'ratio' ? 'n/a' : '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (typeof cell === 'string') return kind === 'timestamp' ? `${cell.slice(0, 19).replace('T', ' ')}Z` : cell;
  switch (kind) {
    case 'money':
      return formatMoneyShort(cell);
    case 'ratio':
      return `${cell.toFixed(2)}x`;
    case 'rate':
      return `${(cell * 100).toFixed(2)}%`;
    case 'score':
      return cell.toFixed(2);
    default:
      return String(cell);
  }
}

function factText(fact: ExportFact): string {
  return formatCell(fact.value, fact.kind);
}

// --- Markdown -----------------------------------------------------------------------------

function markdownEscape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdownTable(table: ExportTable): string {
  if (table.rows.length === 0) return '_None._';
  const header = `| ${table.columns.map((column) => markdownEscape(column.header)).join(' | ')} |`;
  const rule = `|${table.columns.map((column) => (column.kind === 'text' || column.kind === 'timestamp' ? ' --- |' : ' ---: |')).join('')}`;
  const rows = table.rows.map(
    (row) => `| ${table.columns.map((column, index) => markdownEscape(formatCell(row[index] ?? null, column.kind))).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

function runMarkdownBody(model: RunExportModel, level: number): string {
  const heading = '#'.repeat(level);
  const sections = [
    model.summary,
    model.facts.map((fact) => `- **${fact.label}:** ${markdownEscape(factText(fact))}`).join('\n'),
    `${heading} Notices\n\n${model.notices.length === 0 ? '_None._' : model.notices.map((notice) => `- ${notice.code ? `\`${notice.code}\` ` : ''}${markdownEscape(notice.message)}`).join('\n')}`,
    `${heading} ${model.selected.title}\n\n${markdownTable(model.selected)}`,
    `${heading} Covenants before and after\n\n${markdownTable(model.covenants)}`,
    `${heading} ${model.excluded.title}\n\n${markdownTable(model.excluded)}`,
  ];
  if (model.economics) sections.push(`${heading} Economics\n\n${markdownTable(model.economics)}`);
  sections.push(`${heading} ${model.audit.title}\n\n${markdownTable(model.audit)}`);
  return sections.join('\n\n');
}

function runMarkdown(model: RunExportModel): string {
  return `# ${model.title}\n\n${runMarkdownBody(model, 2)}\n`;
}

function setMarkdown(model: ScenarioSetExportModel): string {
  const runs = model.runs.map((run) => `## ${run.title}\n\n${runMarkdownBody(run, 3)}`);
  return `# ${model.title}\n\n**Brief:** ${markdownEscape(model.brief)}\n\n## Comparison\n\n${markdownTable(model.comparison)}\n\n${runs.join('\n\n')}\n`;
}

// --- HTML ---------------------------------------------------------------------------------

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function htmlTable(table: ExportTable): string {
  if (table.rows.length === 0) return '<p><em>None.</em></p>';
  const numeric = (kind: ColumnKind): boolean => kind !== 'text' && kind !== 'timestamp' && kind !== 'boolean';
  const head = table.columns
    .map((column) => `<th${numeric(column.kind) ? ' class="number"' : ''}>${escapeHtml(column.header)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${table.columns.map((column, index) => `<td${numeric(column.kind) ? ' class="number"' : ''}>${escapeHtml(formatCell(row[index] ?? null, column.kind))}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function runHtml(model: RunExportModel, level: number): string {
  const h = `h${level}`;
  const facts = `<dl>${model.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(factText(fact))}</dd>`).join('')}</dl>`;
  const notices =
    model.notices.length === 0
      ? '<p><em>None.</em></p>'
      : `<ul>${model.notices.map((notice) => `<li>${notice.code ? `<code>${escapeHtml(notice.code)}</code> ` : ''}${escapeHtml(notice.message)}</li>`).join('')}</ul>`;
  const sections = [
    `<p class="summary">${escapeHtml(model.summary)}</p>`,
    facts,
    `<${h}>Notices</${h}>\n${notices}`,
    `<${h}>${escapeHtml(model.selected.title)}</${h}>\n${htmlTable(model.selected)}`,
    `<${h}>Covenants before and after</${h}>\n${htmlTable(model.covenants)}`,
    `<${h}>${escapeHtml(model.excluded.title)}</${h}>\n${htmlTable(model.excluded)}`,
  ];
  if (model.economics) sections.push(`<${h}>Economics</${h}>\n${htmlTable(model.economics)}`);
  sections.push(`<${h}>${escapeHtml(model.audit.title)}</${h}>\n${htmlTable(model.audit)}`);
  return sections.join('\n');
}

function setHtml(model: ScenarioSetExportModel): string {
  const runs = model.runs.map((run) => `<section>\n<h2>${escapeHtml(run.title)}</h2>\n${runHtml(run, 3)}\n</section>`);
  return [`<p><strong>Brief:</strong> ${escapeHtml(model.brief)}</p>`, `<h2>Comparison</h2>\n${htmlTable(model.comparison)}`, ...runs].join(
    '\n',
  );
}

function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.number { text-align: right; font-variant-numeric: tabular-nums; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.summary { font-size: 1.05rem; line-height: 1.5; }
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}
