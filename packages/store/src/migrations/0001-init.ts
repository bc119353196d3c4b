import type { Migration } from './migration.js';

/**
 * Runs, scenario sets, guided-planning sessions and idempotency keys.
 *
 * Payloads are `json`, not `jsonb`: `json` keeps the exact text it was given, so
 * key order survives and the API returns byte-for-byte what was stored (`jsonb`
 * reorders keys, which would break replaying a recorded trace). Nothing queries
 * inside the payloads, so `jsonb`'s indexing has nothing to offer here.
 *
 * Ids sort with the "C" collation so that ties in the newest-first lists break
 * the same way on every server, whatever the database's locale.
 *
 * Enumerations (`status`, `scenario_kind`) are plain text checked by the domain
 * schemas, so that an additive change to an enum needs no migration.
 */
export const initMigration: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE scenario_sets (
  id          text COLLATE "C" PRIMARY KEY,
  fund_id     text,
  brief       text NOT NULL,
  created_at  timestamptz NOT NULL,
  run_ids     json NOT NULL
);
CREATE INDEX scenario_sets_created_at_idx ON scenario_sets (created_at DESC, id DESC);
CREATE INDEX scenario_sets_fund_created_at_idx ON scenario_sets (fund_id, created_at DESC, id DESC);

CREATE TABLE runs (
  run_id               text COLLATE "C" PRIMARY KEY,
  fund_id              text,
  program_description  text NOT NULL,
  status               text NOT NULL,
  response             json,
  error                text,
  error_code           text,
  audit_trace          json,
  created_at           timestamptz NOT NULL,
  scenario_set_id      text REFERENCES scenario_sets (id),
  scenario_kind        text,
  scenario_label       text
);
-- GET /api/runs: newest first, ties broken by id so that pages are stable.
CREATE INDEX runs_created_at_idx ON runs (created_at DESC, run_id DESC);
-- GET /api/runs?fund_id= and every API key scoped to funds.
CREATE INDEX runs_fund_created_at_idx ON runs (fund_id, created_at DESC, run_id DESC);
CREATE INDEX runs_scenario_set_idx ON runs (scenario_set_id) WHERE scenario_set_id IS NOT NULL;

CREATE TABLE sessions (
  id          text PRIMARY KEY,
  fund_id     text,
  version     integer NOT NULL CHECK (version >= 1),
  state       json NOT NULL,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);

CREATE TABLE idempotency_keys (
  scope         text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  state         text NOT NULL CHECK (state IN ('in_progress', 'completed')),
  status_code   integer,
  body          json,
  claimed_at    timestamptz NOT NULL,
  completed_at  timestamptz,
  PRIMARY KEY (scope, key)
);
`,
};
