import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { PortfolioSchema } from '@leaseback/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_BRIEFS, EXAMPLE_PORTFOLIO, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const exampleWorkbook = readFileSync(new URL('../../../examples/portfolio.xlsx', import.meta.url));
const brief = EXAMPLE_BRIEFS[0]?.brief ?? '';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function upload(
  body: NonNullable<RequestInit['body']>,
  headers: Record<string, string> = {},
  query = '',
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}/api/portfolios/parse${query}`, { method: 'POST', body, headers });
  return { status: response.status, body: await response.json() };
}

describe('POST /api/portfolios/parse', () => {
  it('reads the example workbook uploaded as multipart/form-data into the JSON portfolio', async () => {
    const form = new FormData();
    form.append('file', new Blob([exampleWorkbook], { type: XLSX }), 'portfolio.xlsx');
    const answer = await upload(form);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(PortfolioSchema.parse(EXAMPLE_PORTFOLIO));
  });

  it('reads the raw workbook sent with its content type', async () => {
    const answer = await upload(exampleWorkbook, { 'content-type': XLSX });
    expect(answer.status).toBe(200);
    expect(answer.body.assets).toHaveLength(EXAMPLE_PORTFOLIO.assets.length);
  });

  it('reads a CSV with its company part, and answers every problem with its cell', async () => {
    const assets =
      'Asset ID,Name,Asset type,Market,Annual rent,Cap rate %,Book value,Criticality (0-1),Leaseability (0-1)\nW-1,Fontana,warehouse,Inland Empire,$4.3M,6,$54M,0.3,0.9\nW-2,Groveport,warehouse,Columbus,1.6M,130,20M,0.25,1.2\n';
    const form = new FormData();
    form.append('file', new Blob([assets], { type: 'text/csv' }), 'assets.csv');
    form.append(
      'company',
      new Blob([JSON.stringify({ corporate_state: EXAMPLE_PORTFOLIO.corporate_state })], { type: 'application/json' }),
      'company.json',
    );
    const answer = await upload(form);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_input');
    expect(answer.body.error.problems).toEqual([
      { path: 'F3 (cap_rate)', message: 'must be > 0 and < 1' },
      { path: 'I3 (leaseability)', message: 'must be between 0 and 1' },
    ]);

    const fixed = new FormData();
    fixed.append('file', new Blob([assets.replace(',130,', ',6.5,').replace(',1.2\n', ',0.85\n')], { type: 'text/csv' }), 'assets.csv');
    fixed.append('company', JSON.stringify(EXAMPLE_PORTFOLIO.corporate_state));
    const parsed = await upload(fixed);
    expect(parsed.status).toBe(200);
    expect(parsed.body.assets.map((asset: { cap_rate: number }) => asset.cap_rate)).toEqual([0.06, 0.065]);
  });

  it('answers 400, not 5xx, for a file in no spreadsheet format or a form without a file', async () => {
    const unknown = await upload('hello', { 'content-type': 'text/plain' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.problems[0].path).toBe('file');
    const form = new FormData();
    form.append('other', 'x');
    const empty = await upload(form);
    expect(empty.status).toBe(400);
    expect(empty.body.error.problems[0].path).toBe('file');
  });
});

describe('request bodies accept a portfolio file as it is', () => {
  it('plans the example portfolio file posted with a brief (company and description included)', async () => {
    const answer = await request(server.url, 'POST', '/api/runs', { json: { ...EXAMPLE_PORTFOLIO, program_description: brief } });
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('completed');
  });
});

describe('GET /api/runs/{run_id}/export and /api/scenario_sets/{id}/export', () => {
  it('exports a stored run as a workbook holding its figures as numbers', async () => {
    const created = await request(server.url, 'POST', '/api/runs', { json: { ...EXAMPLE_PORTFOLIO, program_description: brief } });
    const runId = created.body.run_id as string;
    const response = await fetch(`${server.url}/api/runs/${runId}/export?format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=leaseback-run-${runId}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const summary = workbook.getWorksheet('Summary')!;
    let proceeds: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'Proceeds') proceeds = row.getCell(2).value;
    });
    expect(proceeds).toBe(created.body.response.outcome.proceeds);
    const selected = workbook.getWorksheet('Selected assets')!;
    expect(selected.getColumn(1).values.slice(2)).toEqual(created.body.response.outcome.selected_asset_ids);

    const memo = await fetch(`${server.url}/api/runs/${runId}/export?format=md`);
    expect(memo.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await memo.text()).toContain(created.body.response.explanation.summary);
  });

  it('exports a scenario set as CSV with one comparison row per scenario', async () => {
    const created = await request(server.url, 'POST', '/api/scenario_sets', {
      json: { brief, base_request: { ...EXAMPLE_PORTFOLIO, program_description: brief }, num_scenarios: 2 },
    });
    expect(created.status).toBe(201);
    const id = created.body.scenario_set.id as string;
    const response = await fetch(`${server.url}/api/scenario_sets/${id}/export?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=leaseback-set-${id}.csv`);
    const lines = (await response.text()).trim().split('\n');
    expect(lines).toHaveLength(1 + created.body.comparison.length);
  });

  it('answers 400 for an unknown format and 404 for an unknown run', async () => {
    const created = await request(server.url, 'POST', '/api/runs', { json: { ...EXAMPLE_PORTFOLIO, program_description: brief } });
    const badFormat = await request(server.url, 'GET', `/api/runs/${created.body.run_id}/export?format=pdf`);
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.problems).toEqual([{ path: 'format', message: 'must be one of xlsx, csv, md, html' }]);
    const missing = await request(server.url, 'GET', '/api/runs/no-such-run/export?format=md');
    expect(missing.status).toBe(404);
  });
});
