import type { ApiRoute } from './api-routes.js';
import { ANY_ROUTE_CODES, BY_ID_CODES } from './route-error-codes.js';
import { FileDownload } from './file-download.js';

const FORMAT_DESCRIPTION =
  '`xlsx` (a workbook: Summary, Selected assets, Covenants, Excluded assets, Economics, Audit trail), `csv`, `md` or `html` (a one-page memo).';

/**
 * Spreadsheets in and documents out: a portfolio read from an uploaded .xlsx or
 * .csv, and stored runs and scenario sets exported as files with their
 * `Content-Type` and `Content-Disposition`.
 */
export const SPREADSHEET_ROUTES: readonly ApiRoute[] = [
  {
    method: 'post',
    path: '/api/portfolios/parse',
    operationId: 'parsePortfolio',
    summary: 'Read a portfolio from an .xlsx or .csv file',
    description:
      'Upload the file as `multipart/form-data` (a `file` part; for a CSV, a `company` part holding a company CSV or JSON) or as the raw body with its content type ' +
      '(`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `text/csv`; `?filename=` optional). Answers the JSON portfolio, or 400 with every problem at its cell (`Assets!D7 (cap_rate)`).',
    tag: 'portfolios',
    status: 200,
    upload: true,
    response: { component: 'Portfolio' },
    cancelOnDisconnect: true,
    errorCodes: [...ANY_ROUTE_CODES, 'invalid_input', 'payload_too_large', 'unsupported_media_type', 'too_many_assets'],
    handle: (service, call) => service.parsePortfolioFile(call.body as Parameters<typeof service.parsePortfolioFile>[0], call.context),
  },
  {
    method: 'get',
    path: '/api/runs/{run_id}/export',
    operationId: 'exportRun',
    summary: 'Export one run as a workbook, CSV or memo',
    description: `\`?format=\` ${FORMAT_DESCRIPTION} The CSV holds the selected assets.`,
    tag: 'runs',
    status: 200,
    exportQuery: true,
    response: { component: 'file' },
    cancelOnDisconnect: true,
    errorCodes: [...ANY_ROUTE_CODES, ...BY_ID_CODES],
    handle: async (service, call) =>
      new FileDownload(
        await service.exportRun(call.params['run_id'] ?? '', (call.query as { format?: unknown }).format ?? 'xlsx', call.context),
      ),
  },
  {
    method: 'get',
    path: '/api/scenario_sets/{id}/export',
    operationId: 'exportScenarioSet',
    summary: 'Export one scenario set as a workbook, CSV or memo',
    description: `\`?format=\` ${FORMAT_DESCRIPTION} A set adds the side-by-side comparison first; its CSV is the comparison.`,
    tag: 'scenario sets',
    status: 200,
    exportQuery: true,
    response: { component: 'file' },
    cancelOnDisconnect: true,
    errorCodes: [...ANY_ROUTE_CODES, ...BY_ID_CODES],
    handle: async (service, call) =>
      new FileDownload(
        await service.exportScenarioSet(call.params['id'] ?? '', (call.query as { format?: unknown }).format ?? 'xlsx', call.context),
      ),
  },
];
