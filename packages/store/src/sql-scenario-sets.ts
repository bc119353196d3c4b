import {
  InvalidInputError,
  ScenarioSetSummarySchema,
  type InputProblem,
  type RunRecord,
  type ScenarioSetResult,
  type ScenarioSetSummary,
} from '@leaseback/domain';
import {
  DEFAULT_SCENARIO_SET_LIST_LIMIT,
  MAX_SCENARIO_SET_LIST_LIMIT,
  type LeasebackStore,
  type ListScenarioSetsOptions,
} from './leaseback-store.js';
import type { SqlExecutor } from './sql-executor.js';
import { RUN_COLUMNS, insertRun, runRecordFrom, type RunRow } from './sql-runs.js';
import { Conditions, clampLimit, parseJsonColumn, toDate, toIsoTimestamp, type TimestampValue } from './sql-values.js';
import { AlreadyExistsError, StoreCorruptError } from './store-errors.js';
import { translateDatabaseError } from './translate-database-error.js';
import { guardRunForWrite } from './run-write-guard.js';
import { checkValue, validateOnRead } from './validate-stored-value.js';

interface ScenarioSetRow {
  id: string;
  fund_id: string | null;
  brief: string;
  created_at: TimestampValue;
  run_ids: string;
}

function scenarioSetSummaryFrom(row: ScenarioSetRow): ScenarioSetSummary {
  const subject = `scenario set "${row.id}"`;
  const assembled = {
    id: row.id,
    brief: row.brief,
    created_at: toIsoTimestamp(row.created_at, `${subject} created_at`),
    run_ids: parseJsonColumn(row.run_ids, `${subject} run_ids`),
    fund_id: row.fund_id,
  };
  return validateOnRead(ScenarioSetSummarySchema, assembled, subject);
}

/** Checks a set and its runs together, reporting every problem at once. */
function validateScenarioSet(summary: ScenarioSetSummary, runs: readonly RunRecord[]): { summary: ScenarioSetSummary; runs: RunRecord[] } {
  const problems: InputProblem[] = [];
  const checkedSummary = checkValue(ScenarioSetSummarySchema, summary, 'scenario_set');
  if (!checkedSummary.ok) problems.push(...checkedSummary.problems);
  const checkedRuns: RunRecord[] = [];
  runs.forEach((run, index) => {
    const checked = guardRunForWrite(run, `runs[${index}]`);
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

/** The scenario-set operations of the SQL store. */
export type SqlScenarioSets = Pick<LeasebackStore, 'createScenarioSet' | 'getScenarioSet' | 'listScenarioSets'>;

/** The scenario-set operations over `executor`; `createSqlStore` guards each call. */
export function createSqlScenarioSets(executor: SqlExecutor): SqlScenarioSets {
  return {
    async createScenarioSet(summary, runs) {
      const validated = validateScenarioSet(summary, runs);
      const set = validated.summary;
      await executor.transaction(async (transaction) => {
        try {
          await transaction.query('INSERT INTO scenario_sets (id, fund_id, brief, created_at, run_ids) VALUES ($1, $2, $3, $4, $5::json)', [
            set.id,
            set.fund_id,
            set.brief,
            toDate(set.created_at),
            JSON.stringify(set.run_ids),
          ]);
        } catch (error) {
          throw translateDatabaseError(error, {
            onUniqueViolation: () => new AlreadyExistsError(`scenario set "${set.id}" already exists`, { cause: error }),
          });
        }
        // One by one inside the transaction: a failure on any run undoes the set and the runs before it.
        for (const run of validated.runs) await insertRun(transaction, run);
      });
    },

    async getScenarioSet(id, scope) {
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
    },

    async listScenarioSets(options: ListScenarioSetsOptions = {}) {
      const conditions = new Conditions();
      if (options.fundId !== undefined) conditions.add((placeholder) => `fund_id = ${placeholder}`, options.fundId);
      conditions.addScope(options.scope);
      const limit = conditions.placeholderFor(clampLimit(options.limit, DEFAULT_SCENARIO_SET_LIST_LIMIT, MAX_SCENARIO_SET_LIST_LIMIT));
      const { rows } = await executor.query<ScenarioSetRow>(
        `SELECT id, fund_id, brief, created_at, run_ids::text AS run_ids FROM scenario_sets ${conditions.toSql()}
         ORDER BY created_at DESC, id DESC LIMIT ${limit}`,
        conditions.parameters,
      );
      return rows.map((row) => scenarioSetSummaryFrom(row));
    },
  };
}
