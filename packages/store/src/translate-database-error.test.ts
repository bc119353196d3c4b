import { InvalidInputError, LeasebackError } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlreadyExistsError, StoreQueryError, StoreUnavailableError } from './store-errors.js';
import { redactCredentials, translateDatabaseError } from './translate-database-error.js';

function driverError(code: string | undefined, message = 'driver said no'): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe('redactCredentials', () => {
  it('hides the password of a connection URL and keeps the rest', () => {
    expect(redactCredentials('connect to postgres://app:hunter2@db.internal:5432/leaseback failed')).toBe(
      'connect to postgres://app:***@db.internal:5432/leaseback failed',
    );
    expect(redactCredentials('postgresql://app:p%40ss:word@db/x')).toBe('postgresql://app:***@db/x');
    expect(redactCredentials('host=db password=hunter2 user=app')).toBe('host=db password=*** user=app');
    expect(redactCredentials("password='two words'")).toBe('password=***');
    expect(redactCredentials('postgres://postgres@127.0.0.1:5432/test')).toBe('postgres://postgres@127.0.0.1:5432/test');
  });

  it('removes any password from a URL, whatever its characters', () => {
    const password = fc.stringMatching(/^[A-Za-z0-9%!$&'()*+,;=._~:-]{1,40}$/);
    fc.assert(
      fc.property(password, (secret) => {
        expect(redactCredentials(`error: postgres://leaseback:${secret}@host:5432/db`)).toBe(
          'error: postgres://leaseback:***@host:5432/db',
        );
      }),
    );
  });
});

describe('translateDatabaseError', () => {
  it('reports lost or refused connections as a retryable store_unavailable', () => {
    for (const thrown of [
      driverError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      driverError('57P01', 'terminating connection due to administrator command'),
      driverError('53300', 'sorry, too many clients already'),
      driverError('08006'),
      driverError('28P01', 'password authentication failed for user "app"'),
      driverError(undefined, 'Connection terminated unexpectedly'),
      driverError(undefined, 'timeout exceeded when trying to connect'),
    ]) {
      const translated = translateDatabaseError(thrown);
      expect(translated).toBeInstanceOf(StoreUnavailableError);
      expect(translated).toMatchObject({ code: 'store_unavailable', isRetryable: true, cause: thrown });
    }
  });

  it('maps constraint violations to what the call site asked for, or a generic conflict', () => {
    const unique = driverError('23505', 'duplicate key value violates unique constraint "runs_pkey"');
    expect(translateDatabaseError(unique)).toBeInstanceOf(AlreadyExistsError);
    const specific = new AlreadyExistsError('run "r1" already exists');
    expect(translateDatabaseError(unique, { onUniqueViolation: () => specific })).toBe(specific);
    const foreignKey = driverError('23503');
    expect(translateDatabaseError(foreignKey)).toBeInstanceOf(StoreQueryError);
    expect(translateDatabaseError(foreignKey, { onForeignKeyViolation: () => specific })).toBe(specific);
    expect(translateDatabaseError(driverError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'))).toBeInstanceOf(
      InvalidInputError,
    );
  });

  it('keeps the SQLSTATE of other failures and marks only serialization failures and deadlocks retryable', () => {
    expect(translateDatabaseError(driverError('40001'))).toMatchObject({
      code: 'store_query_failed',
      sqlState: '40001',
      isRetryable: true,
    });
    expect(translateDatabaseError(driverError('40P01'))).toMatchObject({ isRetryable: true });
    expect(translateDatabaseError(driverError('42P01', 'relation "runs" does not exist'))).toMatchObject({
      code: 'store_query_failed',
      sqlState: '42P01',
      isRetryable: false,
      message: 'a store query failed (SQLSTATE 42P01): relation "runs" does not exist',
    });
  });

  it('passes project errors through and never repeats a password from a driver message', () => {
    const own = new LeasebackError('version_conflict', 'changed');
    expect(translateDatabaseError(own)).toBe(own);
    const leaky = driverError('ECONNREFUSED', 'could not reach postgres://app:hunter2@db:5432/x');
    expect(translateDatabaseError(leaky).message).not.toContain('hunter2');
    expect(translateDatabaseError(driverError('XX000', 'bad password=hunter2')).message).not.toContain('hunter2');
  });
});
