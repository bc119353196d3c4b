export { notifyProgress, type PlannerProgress, type PlannerProgressListener } from './planner-progress.js';
export { runProgram, type ProgramRunResult, type RunProgramOptions } from './run-program.js';
export { inlineEngineRunner, type EngineRunner } from './engine-runner.js';
export { runRecordFromResult, type RunRecordPlacement } from './run-record.js';
export { applyRequestOverrides, type OverriddenSpec } from './apply-request-overrides.js';
export { AuditRecorder, llmCallRecord, snapshotOutcome, type AuditEntryInput } from './audit-recorder.js';
export { summarizeAssets } from './summarize-assets.js';
export { checkRequestNames, checkSpecNames, type CheckedRequest } from './check-request-names.js';
export {
  OVERSHOOT_SHARE,
  readingNotices,
  revisionNotices,
  outcomeNotices,
  targetWasDefaulted,
  type ExactAlternative,
} from './plan-notices.js';
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
export { describePlannerProgress } from './planner-progress.js';
