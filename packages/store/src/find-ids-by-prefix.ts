import type { FundScope } from './leaseback-store.js';
import type { SqlQueryable } from './sql-executor.js';

/** The stored things an id prefix can name, with the table and id column of each. */
export const PREFIX_LOOKUPS = {
  run: { table: 'runs', column: 'run_id' },
  scenario_set: { table: 'scenario_sets', column: 'id' },
  session: { table: 'sessions', column: 'id' },
} as const;

/** What an id prefix may name. */
export type PrefixKind = keyof typeof PREFIX_LOOKUPS;

/** `%`, `_` and the escape character match themselves in a LIKE pattern once escaped. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The ids of `kind` that start with `prefix`, within the fund scope, in id
 * order, at most `limit` (two are enough to tell unique from ambiguous), as git
 * resolves an abbreviated commit. The prefix is matched literally.
 */
export async function findIdsByPrefix(
  executor: SqlQueryable,
  kind: PrefixKind,
  prefix: string,
  scope: FundScope | undefined,
  limit = 2,
): Promise<string[]> {
  const { table, column } = PREFIX_LOOKUPS[kind];
  const parameters: unknown[] = [likePrefix(prefix), limit];
  const scoped = scope === undefined ? '' : ` AND fund_id = ANY($3::text[])`;
  if (scope !== undefined) parameters.push([...scope]);
  const { rows } = await executor.query<{ id: string }>(
    `SELECT ${column} AS id FROM ${table} WHERE ${column} LIKE $1 ESCAPE '\\'${scoped} ORDER BY ${column} LIMIT $2`,
    parameters,
  );
  return rows.map((row) => row.id);
}
