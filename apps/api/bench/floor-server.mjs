// The floor the API benchmark compares against: bare Express 5 and a pg pool of
// 10 doing the same work per request as the API's store, and nothing else (no
// validation, no planning, no logging, no metrics). POST parses the body and
// inserts a run row of the same shape and size (the body as `request`, a stored
// run's response and trace as the payloads); GET lists the newest 20; GET by id
// returns one row's JSON. Prints `{"url": ...}` once listening; SIGTERM stops it.
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
await pool.query(`CREATE TABLE IF NOT EXISTS "${schema}".floor_runs (
  run_id text PRIMARY KEY, fund_id text, program_description text NOT NULL, status text NOT NULL,
  created_at timestamptz NOT NULL, response json, audit_trace json, request json)`);
await pool.query(`CREATE INDEX IF NOT EXISTS floor_runs_created ON "${schema}".floor_runs (created_at DESC, run_id DESC)`);

const app = express();
app.use(express.json({ limit: '10mb' }));
app.post('/api/runs', async (request, response) => {
  const body = request.body;
  const runId = randomUUID();
  await pool.query(
    `INSERT INTO floor_runs (run_id, fund_id, program_description, status, created_at, response, audit_trace, request)
     VALUES ($1, $2, $3, 'completed', $4, $5::json, $6::json, $7::json)`,
    [runId, body.fund_id ?? null, body.program_description ?? '', new Date(), responseText, traceText, JSON.stringify(body)],
  );
  response.status(201).json({ run_id: runId, status: 'completed' });
});
app.get('/api/runs', async (request, response) => {
  const limit = Math.min(100, Math.max(1, Number(request.query['limit'] ?? 20) || 20));
  const { rows } = await pool.query(
    'SELECT run_id, fund_id, program_description, status, created_at FROM floor_runs ORDER BY created_at DESC, run_id DESC LIMIT $1',
    [limit],
  );
  response.json(rows);
});
app.get('/api/runs/:id', async (request, response) => {
  const { rows } = await pool.query(
    'SELECT run_id, status, response::text AS response, audit_trace::text AS audit_trace, request::text AS request FROM floor_runs WHERE run_id = $1',
    [request.params.id],
  );
  const row = rows[0];
  if (row === undefined) return void response.status(404).json({ error: 'not found' });
  response
    .type('application/json')
    .send(
      `{"run_id":${JSON.stringify(row.run_id)},"status":${JSON.stringify(row.status)},"response":${row.response ?? 'null'},"audit_trace":${row.audit_trace ?? 'null'},"request":${row.request ?? 'null'}}`,
    );
});

const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
});
