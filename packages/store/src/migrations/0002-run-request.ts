import type { Migration } from './migration.js';

/**
 * Keeps the request each run answered (portfolio, brief, overrides), so that a
 * stored run can be shown with its assets and replayed from its audit trace.
 * Nullable: runs stored before it have none.
 */
export const runRequestMigration: Migration = {
  version: 2,
  name: 'run-request',
  sql: `
ALTER TABLE runs ADD COLUMN request json;
`,
};
