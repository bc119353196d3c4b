import {
  InvalidInputError,
  RunListItemSchema,
  RunRecordSchema,
  ScenarioSetSummarySchema,
  type InputProblem,
  type RunListItem,
  type RunRecord,
  type ScenarioSetResult,
  type ScenarioSetSummary,
} from '@leaseback/domain';
import {
  DEFAULT_RUN_LIST_LIMIT,
  DEFAULT_SCENARIO_SET_LIST_LIMIT,
  MAX_RUN_LIST_LIMIT,
  MAX_SCENARIO_SET_LIST_LIMIT,
  type ClaimIdempotencyKeyInput,
  type CompleteIdempotencyKeyInput,
  type CreateSessionInput,
  type FundScope,
  type IdempotencyClaim,
  type IdempotencyKeyRef,
  type LeasebackStore,
  type ListRunsOptions,
  type ListScenarioSetsOptions,
  type StoredSession,
} from './leaseback-store.js';
import type { SqlExecutor, SqlQueryable } from './sql-executor.js';
import { createSqlJobsRepository } from './sql-jobs-repository.js';
import {
  AlreadyExistsError,
  RecordNotFoundError,
  StoreClosedError,
  StoreCorruptError,
  VersionConflictError,
} from './store-errors.js';
import { findIdsByPrefix } from './find-ids-by-prefix.js';
import { translateDatabaseError } from './translate-database-error.js';
import { checkValue, toJsonText, validateForWrite, validateOnRead } from './validate-stored-value.js';

/** A stored timestamp as a driver returns it. */
type TimestampValue = Date | string;

interface RunListRow {
  run_id: string;
  fund_id: string | null;
  program_description: string;
  status: string;
  created_at: TimestampValue;
  scenario_set_id: string | null;
  scenario_kind: string | null;
  scenario_label: string | null;
}

interface RunRow extends RunListRow {
  response: string | null;
  error: string | null;
  error_code: string | null;
  audit_trace: string | null;
  request: string | null;
}

interface ScenarioSetRow {
  id: string;
  fund_id: string | null;
  brief: string;
  created_at: TimestampValue;
  run_ids: string;
}

interface SessionRow {
  id: string;
  fund_id: string | null;
  version: number;
  state: string;
  created_at: TimestampValue;
  updated_at: TimestampValue;
}

interface IdempotencyRow {
  request_hash: string;
  state: string;
  status_code: number | null;
  body: string | null;
}

const RUN_LIST_COLUMNS =
  'run_id, fund_id, program_description, status, created_at, scenario_set_id, scenario_kind, scenario_label';
// Payloads are read as text and parsed here, so both drivers return identical values.
const RUN_COLUMNS = `${RUN_LIST_COLUMNS}, response::text AS response, error, error_code, audit_trace::text AS audit_trace, request::text AS request`;
const SESSION_COLUMNS = 'id, fund_id, version, state::text AS state, created_at, updated_at';

/** Timestamps are stored to the millisecond and returned in `toISOString()` form (UTC). */
function toIsoTimestamp(value: TimestampValue): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** Parses a validated ISO timestamp for a `timestamptz` parameter. */
function toDate(timestamp: string): Date {
  return new Date(timestamp);
}

function parseJsonColumn(text: string | null, subject: string): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StoreCorruptError(`${subject} holds invalid JSON`, { cause: error });
  }
}

function clampLimit(limit: number | undefined, fallback: number, maximum: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(maximum, Math.max(1, Math.floor(limit)));
}

function assertValidDate(value: Date, path: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new InvalidInputError([{ path, message: 'must be a valid Date' }]);
  }
}

/** Builds a WHERE clause from optional filters, numbering parameters as it goes. */
class Conditions {
  readonly parameters: unknown[] = [];
  private readonly clauses: string[] = [];

  add(clause: (placeholder: string) => string, value: unknown): void {
    this.parameters.push(value);
    this.clauses.push(clause(`$${this.parameters.length}`));
  }

  addScope(scope: FundScope | undefined): void {
    if (scope !== undefined) this.add((placeholder) => `fund_id = ANY(${placeholder}::text[])`, [...scope]);
  }

  placeholderFor(value: unknown): string {
    this.parameters.push(value);
    return `$${this.parameters.length}`;
  }

  toSql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}

function runRecordFrom(row: RunRow): RunRecord {
  const subject = `run "${row.run_id}"`;
  // Keys in the schema's order, so that the validated value is this very object.
  const assembled = {
    run_id: row.run_id,
    fund_id: row.fund_id,
    program_description: row.program_description,
    status: row.status,
    created_at: toIsoTimestamp(row.created_at),
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
 * The run as JSON text in the schema's key order, with the payload columns
 * spliced in as stored. PostgreSQL's `json` type checked their syntax on
 * insert and keeps their text exactly, so the result is valid JSON and equal to
 * `JSON.stringify(runRecordFrom(row))`.
 */
function runJsonFrom(row: RunRow): string {
  const text = (value: string | null): string => JSON.stringify(value);
  const payload = (value: string | null): string => value ?? 'null';
  return (
    `{"run_id":${text(row.run_id)},"fund_id":${text(row.fund_id)},"program_description":${text(row.program_description)},` +
    `"status":${text(row.status)},"created_at":${text(toIsoTimestamp(row.created_at))},` +
    `"scenario_set_id":${text(row.scenario_set_id)},"scenario_kind":${text(row.scenario_kind)},"scenario_label":${text(row.scenario_label)},` +
    `"response":${payload(row.response)},"error":${text(row.error)},"error_code":${text(row.error_code)},` +
    `"audit_trace":${payload(row.audit_trace)},"request":${payload(row.request)}}`
  );
}

function runListItemFrom(row: RunListRow): RunListItem {
  const assembled = {
    run_id: row.run_id,
    fund_id: row.fund_id,
    program_description: row.program_description,
    status: row.status,
    created_at: toIsoTimestamp(row.created_at),
    scenario_set_id: row.scenario_set_id,
    scenario_kind: row.scenario_kind,
    scenario_label: row.scenario_label,
  };
  return validateOnRead(RunListItemSchema, assembled, `run "${row.run_id}"`);
}

function scenarioSetSummaryFrom(row: ScenarioSetRow): ScenarioSetSummary {
  const subject = `scenario set "${row.id}"`;
  const assembled = {
    id: row.id,
    brief: row.brief,
    created_at: toIsoTimestamp(row.created_at),
    run_ids: parseJsonColumn(row.run_ids, `${subject} run_ids`),
    fund_id: row.fund_id,
  };
  return validateOnRead(ScenarioSetSummarySchema, assembled, subject);
}

function sessionFrom(row: SessionRow): StoredSession {
  return {
    id: row.id,
    fund_id: row.fund_id,
    version: row.version,
    state: parseJsonColumn(row.state, `session "${row.id}" state`),
    created_at: toIsoTimestamp(row.created_at),
    updated_at: toIsoTimestamp(row.updated_at),
  };
}

async function insertRun(queryable: SqlQueryable, record: RunRecord): Promise<void> {
  try {
    await queryable.query(
      `INSERT INTO runs (run_id, fund_id, program_description, status, response, error, error_code, audit_trace,
                         created_at, scenario_set_id, scenario_kind, scenario_label, request)
       VALUES ($1, $2, $3, $4, $5::json, $6, $7, $8::json, $9, $10, $11, $12, $13::json)`,
      [
        record.run_id,
        record.fund_id,
        record.program_description,
        record.status,
        record.response === null ? null : JSON.stringify(record.response),
        record.error,
        record.error_code,
        record.audit_trace === null ? null : JSON.stringify(record.audit_trace),
        toDate(record.created_at),
        record.scenario_set_id,
        record.scenario_kind,
        record.scenario_label,
        record.request === null || record.request === undefined ? null : JSON.stringify(record.request),
      ],
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

/** Checks a set and its runs together, reporting every problem at once. */
function validateScenarioSet(
  summary: ScenarioSetSummary,
  runs: readonly RunRecord[],
): { summary: ScenarioSetSummary; runs: RunRecord[] } {
  const problems: InputProblem[] = [];
  const checkedSummary = checkValue(ScenarioSetSummarySchema, summary, 'scenario_set');
  if (!checkedSummary.ok) problems.push(...checkedSummary.problems);
  const checkedRuns: RunRecord[] = [];
  runs.forEach((run, index) => {
    const checked = checkValue(RunRecordSchema, run, `runs[${index}]`);
    if (!checked.ok) {
      problems.push(...checked.problems);
      return;
    }
    checkedRuns.push(checked.value);
    if (!checkedSummary.ok) return;
    const set = checkedSummary.value;
    if (set.run_ids[index] !== checked.value.run_id) {
      problems.push({ path: `runs[${index}].run_id`, message: `must be scenario_set.run_ids[${index}]` });
    }
    if (checked.value.scenario_set_id !== set.id) {
      problems.push({ path: `runs[${index}].scenario_set_id`, message: `must be the set's id "${set.id}"` });
    }
    if (checked.value.fund_id !== set.fund_id) {
      problems.push({ path: `runs[${index}].fund_id`, message: "must be the set's fund_id" });
    }
  });
  if (checkedSummary.ok && checkedSummary.value.run_ids.length !== runs.length) {
    problems.push({
      path: 'runs',
      message: `must hold the ${checkedSummary.value.run_ids.length} runs listed in scenario_set.run_ids (got ${runs.length})`,
    });
  }
  if (problems.length > 0 || !checkedSummary.ok) throw new InvalidInputError(problems, { subject: 'scenario set' });
  return { summary: checkedSummary.value, runs: checkedRuns };
}

function assertVersion(version: number): void {
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new InvalidInputError([{ path: 'expectedVersion', message: 'must be a whole number >= 1' }]);
  }
}

/**
 * The store, written once against a `SqlExecutor`: every statement is plain
 * PostgreSQL and runs unchanged on PGlite. The executor must already be
 * migrated (`openStore` does both).
 */
export function createSqlStore(executor: SqlExecutor): LeasebackStore {
  const inFlight = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  /** Runs one public call: refused once closing, tracked until it settles, errors translated. */
  function guarded<T>(work: () => Promise<T>): Promise<T> {
    if (closing !== undefined) return Promise.reject(new StoreClosedError());
    const call = (async () => {
      try {
        return await work();
      } catch (error) {
        throw translateDatabaseError(error);
      }
    })();
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return call;
  }

  return {
    backend: executor.backend,
    ...createSqlJobsRepository(executor, guarded),

    createRun(record) {
      return guarded(async () => {
        const validated = validateForWrite(RunRecordSchema, record, 'run');
        await insertRun(executor, validated);
      });
    },

    getRun(runId, scope) {
      return guarded(async () => {
        const conditions = new Conditions();
        conditions.add((placeholder) => `run_id = ${placeholder}`, runId);
        conditions.addScope(scope);
        const { rows } = await executor.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM runs ${conditions.toSql()}`, conditions.parameters);
        const row = rows[0];
        return row === undefined ? null : runRecordFrom(row);
      });
    },

    getRunJson(runId, scope) {
      return guarded(async () => {
        const conditions = new Conditions();
        conditions.add((placeholder) => `run_id = ${placeholder}`, runId);
        conditions.addScope(scope);
        const { rows } = await executor.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM runs ${conditions.toSql()}`, conditions.parameters);
        const row = rows[0];
        return row === undefined ? null : runJsonFrom(row);
      });
    },

    findIdsByPrefix(kind, prefix, scope, limit) {
      return guarded(() => findIdsByPrefix(executor, kind, prefix, scope, limit));
    },

    listRuns(options: ListRunsOptions = {}) {
      return guarded(async () => {
        const conditions = new Conditions();
        if (options.fundId !== undefined) conditions.add((placeholder) => `fund_id = ${placeholder}`, options.fundId);
        conditions.addScope(options.scope);
        const limit = conditions.placeholderFor(clampLimit(options.limit, DEFAULT_RUN_LIST_LIMIT, MAX_RUN_LIST_LIMIT));
        const { rows } = await executor.query<RunListRow>(
          `SELECT ${RUN_LIST_COLUMNS} FROM runs ${conditions.toSql()} ORDER BY created_at DESC, run_id DESC LIMIT ${limit}`,
          conditions.parameters,
        );
        return rows.map((row) => runListItemFrom(row));
      });
    },

    createScenarioSet(summary, runs) {
      return guarded(async () => {
        const validated = validateScenarioSet(summary, runs);
        const set = validated.summary;
        await executor.transaction(async (transaction) => {
          try {
            await transaction.query(
              'INSERT INTO scenario_sets (id, fund_id, brief, created_at, run_ids) VALUES ($1, $2, $3, $4, $5::json)',
              [set.id, set.fund_id, set.brief, toDate(set.created_at), JSON.stringify(set.run_ids)],
            );
          } catch (error) {
            throw translateDatabaseError(error, {
              onUniqueViolation: () => new AlreadyExistsError(`scenario set "${set.id}" already exists`, { cause: error }),
            });
          }
          // One by one inside the transaction: a failure on any run undoes the set and the runs before it.
          for (const run of validated.runs) await insertRun(transaction, run);
        });
      });
    },

    getScenarioSet(id, scope) {
      return guarded(async () => {
        const conditions = new Conditions();
        conditions.add((placeholder) => `id = ${placeholder}`, id);
        conditions.addScope(scope);
        const setRows = await executor.query<ScenarioSetRow>(
          `SELECT id, fund_id, brief, created_at, run_ids::text AS run_ids FROM scenario_sets ${conditions.toSql()}`,
          conditions.parameters,
        );
        const setRow = setRows.rows[0];
        if (setRow === undefined) return null;
        const summary = scenarioSetSummaryFrom(setRow);
        const runRows = await executor.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM runs WHERE scenario_set_id = $1`, [id]);
        const runsById = new Map(runRows.rows.map((row) => [row.run_id, row]));
        const runs = summary.run_ids.map((runId) => {
          const row = runsById.get(runId);
          if (row === undefined) throw new StoreCorruptError(`scenario set "${id}" lists run "${runId}", which is not stored with it`);
          return runRecordFrom(row);
        });
        const result: ScenarioSetResult = { scenario_set: summary, runs };
        return result;
      });
    },

    listScenarioSets(options: ListScenarioSetsOptions = {}) {
      return guarded(async () => {
        const conditions = new Conditions();
        if (options.fundId !== undefined) conditions.add((placeholder) => `fund_id = ${placeholder}`, options.fundId);
        conditions.addScope(options.scope);
        const limit = conditions.placeholderFor(
          clampLimit(options.limit, DEFAULT_SCENARIO_SET_LIST_LIMIT, MAX_SCENARIO_SET_LIST_LIMIT),
        );
        const { rows } = await executor.query<ScenarioSetRow>(
          `SELECT id, fund_id, brief, created_at, run_ids::text AS run_ids FROM scenario_sets ${conditions.toSql()}
           ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
          conditions.parameters,
        );
        return rows.map((row) => scenarioSetSummaryFrom(row));
      });
    },

    createSession(input: CreateSessionInput) {
      return guarded(async () => {
        assertValidDate(input.now, 'now');
        const state = toJsonText(input.state, 'session state');
        try {
          const { rows } = await executor.query<SessionRow>(
            `INSERT INTO sessions (id, fund_id, version, state, created_at, updated_at)
             VALUES ($1, $2, 1, $3::json, $4, $4) RETURNING ${SESSION_COLUMNS}`,
            [input.id, input.fundId, state, input.now],
          );
          return sessionFrom(rows[0] as SessionRow);
        } catch (error) {
          throw translateDatabaseError(error, {
            onUniqueViolation: () => new AlreadyExistsError(`session "${input.id}" already exists`, { cause: error }),
          });
        }
      });
    },

    getSession(id, scope) {
      return guarded(async () => {
        const conditions = new Conditions();
        conditions.add((placeholder) => `id = ${placeholder}`, id);
        conditions.addScope(scope);
        const { rows } = await executor.query<SessionRow>(
          `SELECT ${SESSION_COLUMNS} FROM sessions ${conditions.toSql()}`,
          conditions.parameters,
        );
        const row = rows[0];
        return row === undefined ? null : sessionFrom(row);
      });
    },

    updateSession(id, expectedVersion, state, now) {
      return guarded(async () => {
        assertVersion(expectedVersion);
        assertValidDate(now, 'now');
        const stateText = toJsonText(state, 'session state');
        // The version test and the write are one statement: of two concurrent
        // writers holding the same version, the second re-checks the row after
        // the first commits, finds the version moved on and updates nothing.
        const { rows } = await executor.query<SessionRow>(
          `UPDATE sessions SET state = $3::json, version = version + 1, updated_at = $4
           WHERE id = $1 AND version = $2 RETURNING ${SESSION_COLUMNS}`,
          [id, expectedVersion, stateText, now],
        );
        const row = rows[0];
        if (row !== undefined) return sessionFrom(row);
        const current = await executor.query<{ version: number }>('SELECT version FROM sessions WHERE id = $1', [id]);
        const stored = current.rows[0];
        if (stored === undefined) throw new RecordNotFoundError(`session "${id}" does not exist`);
        throw new VersionConflictError(`session "${id}"`, expectedVersion, stored.version);
      });
    },

    claimIdempotencyKey(input: ClaimIdempotencyKeyInput) {
      return guarded(async (): Promise<IdempotencyClaim> => {
        assertValidDate(input.now, 'now');
        // A few rounds: the row seen as taken may be released before it is read.
        for (let round = 0; round < 3; round += 1) {
          const inserted = await executor.query(
            `INSERT INTO idempotency_keys (scope, key, request_hash, state, claimed_at)
             VALUES ($1, $2, $3, 'in_progress', $4) ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
            [input.scope, input.key, input.requestHash, input.now],
          );
          if (inserted.rows.length === 1) return { state: 'claimed' };
          const { rows } = await executor.query<IdempotencyRow>(
            `SELECT request_hash, state, status_code, body::text AS body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
            [input.scope, input.key],
          );
          const row = rows[0];
          if (row === undefined) continue;
          if (row.request_hash !== input.requestHash) return { state: 'mismatch' };
          if (row.state === 'completed') {
            return {
              state: 'completed',
              statusCode: row.status_code ?? 500,
              body: parseJsonColumn(row.body, `idempotency key "${input.key}" body`),
            };
          }
          if (input.staleAfterMs !== undefined) {
            const cutoff = new Date(input.now.getTime() - input.staleAfterMs);
            // Conditional on the old claim time, so two takers cannot both win.
            const takenOver = await executor.query(
              `UPDATE idempotency_keys SET claimed_at = $4
               WHERE scope = $1 AND key = $2 AND request_hash = $3 AND state = 'in_progress' AND claimed_at <= $5
               RETURNING key`,
              [input.scope, input.key, input.requestHash, input.now, cutoff],
            );
            if (takenOver.rows.length === 1) return { state: 'claimed' };
          }
          return { state: 'in_progress' };
        }
        return { state: 'in_progress' };
      });
    },

    completeIdempotencyKey(input: CompleteIdempotencyKeyInput) {
      return guarded(async () => {
        if (!Number.isInteger(input.statusCode) || input.statusCode < 100 || input.statusCode > 599) {
          throw new InvalidInputError([{ path: 'statusCode', message: 'must be an HTTP status (100 to 599)' }]);
        }
        if (input.now !== undefined) assertValidDate(input.now, 'now');
        const body = toJsonText(input.body, 'idempotent response body');
        const { rows } = await executor.query(
          `UPDATE idempotency_keys SET state = 'completed', status_code = $3, body = $4::json, completed_at = COALESCE($5, now())
           WHERE scope = $1 AND key = $2 AND state = 'in_progress' RETURNING key`,
          [input.scope, input.key, input.statusCode, body, input.now ?? null],
        );
        return rows.length === 1;
      });
    },

    releaseIdempotencyKey(reference: IdempotencyKeyRef) {
      return guarded(async () => {
        const { rows } = await executor.query(
          `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'in_progress' RETURNING key`,
          [reference.scope, reference.key],
        );
        return rows.length === 1;
      });
    },

    ping() {
      return guarded(async () => {
        await executor.query('SELECT 1');
      });
    },

    close() {
      closing ??= (async () => {
        // Calls started before close finish; calls after it are refused by `guarded`.
        while (inFlight.size > 0) await Promise.all([...inFlight]);
        await executor.close();
      })();
      return closing;
    },
  };
}
