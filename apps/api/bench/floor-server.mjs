// The floor the API benchmark compares against: bare Express 5 and a pg pool of
// 10 doing the same work per request as the API's store, and nothing else (no
// validation, no planning, no logging, no metrics). Its table has the API's
// `runs` columns and indexes. POST parses the body, inserts a run row of the
// same size (the body as `request`, a stored run's response and trace as the
// payloads) and answers the same `{ run_id, status, response, error, error_code }`
// as the API (the response as stored: the floor has it as text); GET lists the
// newest 20 with the API's eight list columns; GET by id returns the same run
// record JSON as the API, assembled from the row's payload text.
// Prints `{"url": ...}` once listening; SIGTERM stops it.
import { randomUUID } from 'node:crypto';
import express from 'express';
import pg from 'pg';

const databaseUrl = process.env['BENCH_DATABASE_URL'];
const schema = process.env['BENCH_SCHEMA'];
if (!databaseUrl || !schema) throw new Error('BENCH_DATABASE_URL and BENCH_SCHEMA are required');
const responseText = process.env['BENCH_RESPONSE_JSON'] ?? 'null';
const traceText = process.env['BENCH_TRACE_JSON'] ?? 'null';

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: `-c search_path="${schema}"` });
await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
// The API's `runs` table (migrations 0001 and 0002) and its indexes, without the
// foreign key to scenario sets (the column is always null here).
await pool.query(`CREATE TABLE IF NOT EXISTS "${schema}".floor_runs (
  run_id text COLLATE "C" PRIMARY KEY, fund_id text, program_description text NOT NULL, status text NOT NULL,
  response json, error text, error_code text, audit_trace json, created_at timestamptz NOT NULL,
  scenario_set_id text, scenario_kind text, scenario_label text, request json)`);
await pool.query(`CREATE INDEX IF NOT EXISTS floor_runs_created ON "${schema}".floor_runs (created_at DESC, run_id DESC)`);
await pool.query(`CREATE INDEX IF NOT EXISTS floor_runs_fund_created ON "${schema}".floor_runs (fund_id, created_at DESC, run_id DESC)`);
await pool.query(
  `CREATE INDEX IF NOT EXISTS floor_runs_scenario_set ON "${schema}".floor_runs (scenario_set_id) WHERE scenario_set_id IS NOT NULL`,
);

const app = express();
// As in the API: no ETag (a hash of every answer's body) on answers that are not revalidated.
app.set('etag', false);
app.use(express.json({ limit: '10mb' }));
app.post('/api/runs', async (request, response) => {
  const body = request.body;
  const runId = randomUUID();
  await pool.query(
    `INSERT INTO floor_runs (run_id, fund_id, program_description, status, response, error, error_code, audit_trace,
                             created_at, scenario_set_id, scenario_kind, scenario_label, request)
     VALUES ($1, $2, $3, 'completed', $4::json, NULL, NULL, $5::json, $6, NULL, NULL, NULL, $7::json)`,
    [runId, body.fund_id ?? null, body.program_description ?? '', responseText, traceText, new Date(), JSON.stringify(body)],
  );
  response
    .status(201)
    .type('application/json')
    .send(`{"run_id":${JSON.stringify(runId)},"status":"completed","response":${responseText},"error":null,"error_code":null}`);
});
app.get('/api/runs', async (request, response) => {
  const limit = Math.min(100, Math.max(1, Number(request.query['limit'] ?? 20) || 20));
  const { rows } = await pool.query(
    `SELECT run_id, fund_id, program_description, status, created_at, scenario_set_id, scenario_kind, scenario_label
     FROM floor_runs ORDER BY created_at DESC, run_id DESC LIMIT $1`,
    [limit],
  );
  response.json(rows);
});
app.get('/api/runs/:id', async (request, response) => {
  const { rows } = await pool.query(
    `SELECT run_id, fund_id, program_description, status, created_at, scenario_set_id, scenario_kind, scenario_label,
            response::text AS response, error, error_code, audit_trace::text AS audit_trace, request::text AS request
     FROM floor_runs WHERE run_id = $1`,
    [request.params.id],
  );
  const row = rows[0];
  if (row === undefined) return void response.status(404).json({ error: 'not found' });
  const text = JSON.stringify;
  response
    .type('application/json')
    .send(
      `{"run_id":${text(row.run_id)},"fund_id":${text(row.fund_id)},"program_description":${text(row.program_description)},` +
        `"status":${text(row.status)},"created_at":${text(row.created_at)},"scenario_set_id":${text(row.scenario_set_id)},` +
        `"scenario_kind":${text(row.scenario_kind)},"scenario_label":${text(row.scenario_label)},"response":${row.response ?? 'null'},` +
        `"error":${text(row.error)},"error_code":${text(row.error_code)},"audit_trace":${row.audit_trace ?? 'null'},"request":${row.request ?? 'null'}}`,
    );
});

const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
});
