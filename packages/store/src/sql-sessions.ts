import { InvalidInputError } from '@leaseback/domain';
import type { CreateSessionInput, LeasebackStore, StoredSession } from './leaseback-store.js';
import type { SqlExecutor } from './sql-executor.js';
import { Conditions, assertValidDate, parseJsonColumn, toIsoTimestamp, type TimestampValue } from './sql-values.js';
import { AlreadyExistsError, RecordNotFoundError, VersionConflictError } from './store-errors.js';
import { translateDatabaseError } from './translate-database-error.js';
import { toJsonText } from './validate-stored-value.js';

interface SessionRow {
  id: string;
  fund_id: string | null;
  version: number;
  state: string;
  created_at: TimestampValue;
  updated_at: TimestampValue;
}

const SESSION_COLUMNS = 'id, fund_id, version, state::text AS state, created_at, updated_at';

function sessionFrom(row: SessionRow): StoredSession {
  return {
    id: row.id,
    fund_id: row.fund_id,
    version: row.version,
    state: parseJsonColumn(row.state, `session "${row.id}" state`),
    created_at: toIsoTimestamp(row.created_at, `session "${row.id}" created_at`),
    updated_at: toIsoTimestamp(row.updated_at, `session "${row.id}" updated_at`),
  };
}

function assertVersion(version: number): void {
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new InvalidInputError([{ path: 'expectedVersion', message: 'must be a whole number >= 1' }]);
  }
}

/** The session operations of the SQL store. */
export type SqlSessions = Pick<LeasebackStore, 'createSession' | 'getSession' | 'updateSession'>;

/** The session operations over `executor`; `createSqlStore` guards each call. */
export function createSqlSessions(executor: SqlExecutor): SqlSessions {
  return {
    async createSession(input: CreateSessionInput) {
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
    },

    async getSession(id, scope) {
      const conditions = new Conditions();
      conditions.add((placeholder) => `id = ${placeholder}`, id);
      conditions.addScope(scope);
      const { rows } = await executor.query<SessionRow>(
        `SELECT ${SESSION_COLUMNS} FROM sessions ${conditions.toSql()}`,
        conditions.parameters,
      );
      const row = rows[0];
      return row === undefined ? null : sessionFrom(row);
    },

    async updateSession(id, expectedVersion, state, now) {
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
    },
  };
}
