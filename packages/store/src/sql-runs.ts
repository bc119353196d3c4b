import {
  InvalidInputError,
  RunListItemSchema,
  RunRecordSchema,
  RunStatusSchema,
  ScenarioKindSchema,
  type RunListItem,
  type RunRecord,
} from '@leaseback/domain';
import {
  DEFAULT_RUN_LIST_LIMIT,
  MAX_RUN_LIST_LIMIT,
  type FundScope,
  type LeasebackStore,
  type ListRunsOptions,
} from './leaseback-store.js';
import type { SqlExecutor, SqlQueryable } from './sql-executor.js';
import { Conditions, clampLimit, parseJsonColumn, toDate, toIsoTimestamp, type TimestampValue } from './sql-values.js';
import { AlreadyExistsError } from './store-errors.js';
import { translateDatabaseError } from './translate-database-error.js';
import { guardRunCreation } from './run-write-guard.js';
import { validateOnRead } from './validate-stored-value.js';

interface RunListRow {
  run_id: string;
  fund_id: string | null;
  program_description: string;
  status: string;
  /** In `toISOString()` form, formatted by the database (`CREATED_AT_ISO`). */
  created_at: string;
  scenario_set_id: string | null;
  scenario_kind: string | null;
  scenario_label: string | null;
}

/** A `runs` row with its payload columns read as text and `created_at` as the driver returns a timestamp. */
export interface RunRow extends Omit<RunListRow, 'created_at'> {
  created_at: TimestampValue;
  response: string | null;
  error: string | null;
  error_code: string | null;
  audit_trace: string | null;
  request: string | null;
}

/**
 * `created_at` as `Date.prototype.toISOString()` writes it (UTC, milliseconds:
 * stored values come from JavaScript dates, so no precision is lost). Why: the
 * driver parsing each timestamp into a Date and the store formatting it again
 * were a twentieth of a list request's CPU. Lists order by `runs.created_at`,
 * qualified, so that ORDER BY means the column (and its index), not this text.
 */
const CREATED_AT_ISO = `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;
const RUN_LIST_COLUMNS = `run_id, fund_id, program_description, status, ${CREATED_AT_ISO}, scenario_set_id, scenario_kind, scenario_label`;
/**
 * Every column of a run, payloads as text, `created_at` as stored and formatted
 * here. Why not `CREATED_AT_ISO` as the list has it: measured on a read by id
 * of the example run (26 KB of payloads, 10 connections), this list made
 * PostgreSQL spend 0.12-0.16 ms of CPU per read, and the same list with
 * `created_at` formatted by `to_char` 0.39-0.41 ms, while the driver's parse of
 * one timestamp costs microseconds. The cause inside PostgreSQL was not
 * isolated (some shorter lists of columns alone cost in between), so this is
 * the list as measured (store README, "A read by id: the columns as stored").
 * Payloads are read as text and parsed here, so both drivers return identical values.
 */
export const RUN_COLUMNS =
  'run_id, fund_id, program_description, status, created_at, scenario_set_id, scenario_kind, scenario_label, ' +
  'response::text AS response, error, error_code, audit_trace::text AS audit_trace, request::text AS request';
/** A run read back, checked against its schema. */
export function runRecordFrom(row: RunRow): RunRecord {
  const subject = `run "${row.run_id}"`;
  // Keys in the schema's order, so that the validated value is this very object.
  const assembled = {
    run_id: row.run_id,
    fund_id: row.fund_id,
    program_description: row.program_description,
    status: row.status,
    created_at: toIsoTimestamp(row.created_at, `${subject} created_at`),
    scenario_set_id: row.scenario_set_id,
    scenario_kind: row.scenario_kind,
    scenario_label: row.scenario_label,
    response: parseJsonColumn(row.response, `${subject} response`),
    error: row.error,
    error_code: row.error_code,
    audit_trace: parseJsonColumn(row.audit_trace, `${subject} audit_trace`),
    request: parseJsonColumn(row.request, `${subject} request`),
  };
  return validateOnRead(RunRecordSchema, assembled, subject);
}

/**
 * The run as UTF-8 JSON in the schema's key order, with the payload columns
 * spliced in as stored. PostgreSQL's `json` type checked their syntax on insert
 * and keeps their text exactly, so the result is valid JSON and equal to
 * `JSON.stringify(runRecordFrom(row))`, without parsing the payloads, checking
 * them again and serialising them back. The row comes in the text result format
 * from an unnamed statement: measured on this read, PostgreSQL's binary format
 * and named prepared statements each cost the database more CPU than the driver
 * saved (see the README).
 */
function runJsonFrom(row: RunRow): Buffer {
  const text = JSON.stringify;
  return Buffer.from(
    `{"run_id":${text(row.run_id)},"fund_id":${text(row.fund_id)},"program_description":${text(row.program_description)},` +
      `"status":${text(row.status)},"created_at":"${toIsoTimestamp(row.created_at, `run "${row.run_id}" created_at`)}",` +
      `"scenario_set_id":${text(row.scenario_set_id)},"scenario_kind":${text(row.scenario_kind)},"scenario_label":${text(row.scenario_label)},` +
      `"response":${row.response ?? 'null'},"error":${text(row.error)},"error_code":${text(row.error_code)},` +
      `"audit_trace":${row.audit_trace ?? 'null'},"request":${row.request ?? 'null'}}`,
  );
}

const RUN_STATUSES = new Set<string>(RunStatusSchema.options);
const SCENARIO_KINDS = new Set<string>(ScenarioKindSchema.options);

/**
 * Whether a list row surely matches `RunListItemSchema` without parsing it:
 * the text columns hold strings (or null where nullable) by their SQL types and
 * `created_at` is formatted by the database, so only the two enumerated columns can hold
 * a value the schema refuses. Why: a full parse of every row was a noticeable
 * part of a list request; a row that fails this check is parsed, and reported
 * as corrupt with the schema's own message.
 */
function isPlainListRow(row: RunListRow): boolean {
  return (
    typeof row.run_id === 'string' &&
    typeof row.program_description === 'string' &&
    // The database formats only instants; a timestamp that is none comes back null.
    typeof row.created_at === 'string' &&
    RUN_STATUSES.has(row.status) &&
    (row.scenario_kind === null || SCENARIO_KINDS.has(row.scenario_kind))
  );
}

function runListItemFrom(row: RunListRow): RunListItem {
  const assembled = {
    run_id: row.run_id,
    fund_id: row.fund_id,
    program_description: row.program_description,
    status: row.status,
    created_at: row.created_at,
    scenario_set_id: row.scenario_set_id,
    scenario_kind: row.scenario_kind,
    scenario_label: row.scenario_label,
  };
  if (isPlainListRow(row)) return assembled as RunListItem;
  return validateOnRead(RunListItemSchema, assembled, `run "${row.run_id}"`);
}

/**
 * The values of a run's columns, in `insertRun`'s parameter order, as they are
 * written: the payloads as JSON text (`responseJson` as given), `created_at` as a Date.
 */
export function runColumnValues(record: RunRecord, responseJson?: string): unknown[] {
  return [
    record.run_id,
    record.fund_id,
    record.program_description,
    record.status,
    record.response === null ? null : (responseJson ?? JSON.stringify(record.response)),
    record.error,
    record.error_code,
    record.audit_trace === null ? null : JSON.stringify(record.audit_trace),
    toDate(record.created_at),
    record.scenario_set_id,
    record.scenario_kind,
    record.scenario_label,
    record.request === null || record.request === undefined ? null : JSON.stringify(record.request),
  ];
}

/**
 * Whether a stored run's row holds exactly what `insertRun(record, responseJson)`
 * writes: the payloads compared as the text kept (the `json` type keeps it as
 * given), `created_at` to the millisecond. Lets a write that is repeated (a
 * pending run taken in twice) be told from a different run under the same id.
 */
export function rowHoldsRun(row: RunRow, record: RunRecord, responseJson?: string): boolean {
  const [runId, fundId, description, status, response, error, errorCode, auditTrace, createdAt, setId, kind, label, request] =
    runColumnValues(record, responseJson);
  return (
    row.run_id === runId &&
    row.fund_id === fundId &&
    row.program_description === description &&
    row.status === status &&
    row.response === response &&
    row.error === error &&
    row.error_code === errorCode &&
    row.audit_trace === auditTrace &&
    toIsoTimestamp(row.created_at, `run "${row.run_id}" created_at`) === (createdAt as Date).toISOString() &&
    row.scenario_set_id === setId &&
    row.scenario_kind === kind &&
    row.scenario_label === label &&
    row.request === request
  );
}

/**
 * Inserts one run (alone or inside a scenario set's transaction). `responseJson`
 * is the response already serialised by the caller, stored as given.
 */
export async function insertRun(queryable: SqlQueryable, record: RunRecord, responseJson?: string): Promise<void> {
  try {
    await queryable.query(
      `INSERT INTO runs (run_id, fund_id, program_description, status, response, error, error_code, audit_trace,
                         created_at, scenario_set_id, scenario_kind, scenario_label, request)
       VALUES ($1, $2, $3, $4, $5::json, $6, $7, $8::json, $9, $10, $11, $12, $13::json)`,
      runColumnValues(record, responseJson),
    );
  } catch (error) {
    throw translateDatabaseError(error, {
      onUniqueViolation: () => new AlreadyExistsError(`run "${record.run_id}" already exists`, { cause: error }),
      onForeignKeyViolation: () =>
        new InvalidInputError([{ path: 'scenario_set_id', message: `no scenario set "${String(record.scenario_set_id)}" is stored` }], {
          subject: 'run',
          cause: error,
        }),
    });
  }
}

/** The run operations of the SQL store. */
export type SqlRuns = Pick<LeasebackStore, 'createRun' | 'getRun' | 'getRunJson' | 'listRuns'>;

// A read by id is one of two statements, written once. Why not `Conditions`: building the
// SQL text on every read (and hashing it again to find its prepared statement) was
// allocation and work on the hottest read path, for a text that never changes.
const RUN_BY_ID = `SELECT ${RUN_COLUMNS} FROM runs WHERE run_id = $1`;
const RUN_BY_ID_IN_SCOPE = `SELECT ${RUN_COLUMNS} FROM runs WHERE run_id = $1 AND fund_id = ANY($2::text[])`;

/** The row of one run by its exact id, within `scope` when given. */
export async function runById(executor: SqlExecutor, runId: string, scope: FundScope | undefined): Promise<RunRow | undefined> {
  const { rows } =
    scope === undefined
      ? await executor.query<RunRow>(RUN_BY_ID, [runId])
      : await executor.query<RunRow>(RUN_BY_ID_IN_SCOPE, [runId, [...scope]]);
  return rows[0];
}

/** The run operations over `executor`; `createSqlStore` guards each call. */
export function createSqlRuns(executor: SqlExecutor): SqlRuns {
  return {
    async createRun(record, responseJson) {
      await insertRun(executor, guardRunCreation(record, responseJson), responseJson);
    },

    async getRun(runId, scope) {
      const row = await runById(executor, runId, scope);
      return row === undefined ? null : runRecordFrom(row);
    },

    async getRunJson(runId, scope) {
      const { rows } =
        scope === undefined
          ? await executor.query<RunRow>(RUN_BY_ID, [runId])
          : await executor.query<RunRow>(RUN_BY_ID_IN_SCOPE, [runId, [...scope]]);
      const row = rows[0];
      return row === undefined ? null : runJsonFrom(row);
    },

    async listRuns(options: ListRunsOptions = {}) {
      const conditions = new Conditions();
      if (options.fundId !== undefined) conditions.add((placeholder) => `fund_id = ${placeholder}`, options.fundId);
      conditions.addScope(options.scope);
      const limit = conditions.placeholderFor(clampLimit(options.limit, DEFAULT_RUN_LIST_LIMIT, MAX_RUN_LIST_LIMIT));
      const { rows } = await executor.query<RunListRow>(
        `SELECT ${RUN_LIST_COLUMNS} FROM runs ${conditions.toSql()} ORDER BY runs.created_at DESC, runs.run_id DESC LIMIT ${limit}`,
        conditions.parameters,
      );
      return rows.map((row) => runListItemFrom(row));
    },
  };
}
