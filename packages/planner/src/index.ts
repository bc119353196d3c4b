export { runProgram, type ProgramRunResult, type RunProgramOptions } from './run-program.js';
export { runRecordFromResult, type RunRecordPlacement } from './run-record.js';
export { applyRequestOverrides, type OverriddenSpec } from './apply-request-overrides.js';
export { AuditRecorder, llmCallRecord, snapshotOutcome, type AuditEntryInput } from './audit-recorder.js';
export { summarizeAssets } from './summarize-assets.js';
export { buildScenarioRequest, VARIANT_FLOOR_FRACTION } from './build-scenario-request.js';
export { runScenarioSet, type RunScenarioSetOptions, type ScenarioSetRun } from './run-scenario-set.js';
export { compareScenarioSet } from './compare-scenario-set.js';
export { mapWithConcurrency } from './map-with-concurrency.js';
export { ScenarioDefinitionsError } from './planner-error.js';
export {
  DEFAULT_PLANNER_CONFIG,
  PlannerConfigSchema,
  type PlannerConfig,
  type PlannerConfigInput,
} from './planner-config.js';
