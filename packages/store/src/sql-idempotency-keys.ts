import { InvalidInputError } from '@leaseback/domain';
import type { ClaimIdempotencyKeyInput, CompleteIdempotencyKeyInput, IdempotencyKeyRef, LeasebackStore } from './leaseback-store.js';
import type { SqlExecutor } from './sql-executor.js';
import { assertValidDate, parseJsonColumn } from './sql-values.js';
import { toJsonText } from './validate-stored-value.js';

interface IdempotencyRow {
  request_hash: string;
  state: string;
  status_code: number | null;
  body: string | null;
}

/** The idempotency-key operations of the SQL store. */
export type SqlIdempotencyKeys = Pick<LeasebackStore, 'claimIdempotencyKey' | 'completeIdempotencyKey' | 'releaseIdempotencyKey'>;

/** The idempotency-key operations over `executor`; `createSqlStore` guards each call. */
export function createSqlIdempotencyKeys(executor: SqlExecutor): SqlIdempotencyKeys {
  return {
    async claimIdempotencyKey(input: ClaimIdempotencyKeyInput) {
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
    },

    async completeIdempotencyKey(input: CompleteIdempotencyKeyInput) {
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
    },

    async releaseIdempotencyKey(reference: IdempotencyKeyRef) {
      const { rows } = await executor.query(
        `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND state = 'in_progress' RETURNING key`,
        [reference.scope, reference.key],
      );
      return rows.length === 1;
    },
  };
}
