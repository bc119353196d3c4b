import { initMigration } from './0001-init.js';
import { runRequestMigration } from './0002-run-request.js';
import { jobsMigration } from './0003-jobs.js';
import type { Migration } from './migration.js';

/** Every migration, in version order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initMigration, runRequestMigration, jobsMigration];
