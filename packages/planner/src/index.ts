// The public surface, listed in README.md ("Public surface"); `scripts/check-public-surfaces.mjs`
// fails when this file exports a name the README does not list. The audit recorder, notice
// builders and concurrency helper stay in their modules (tests import them by path).
export { describePlannerProgress, type PlannerProgress, type PlannerProgressListener } from './planner-progress.js';
export { runProgram, type ProgramRunResult, type RunProgramOptions } from './run-program.js';
export { inlineEngineRunner, type EngineRunner } from './engine-runner.js';
export { runRecordFromResult, type RunRecordPlacement } from './run-record.js';
export { applyRequestOverrides, type OverriddenSpec } from './apply-request-overrides.js';
export { summarizeAssets } from './summarize-assets.js';
export { checkRequestNames, checkSpecNames, type CheckedRequest } from './check-request-names.js';
export { readingNotices, targetWasDefaulted } from './plan-notices.js';
export { buildScenarioRequest } from './build-scenario-request.js';
export { runScenarioSet, type RunScenarioSetOptions, type ScenarioSetRun } from './run-scenario-set.js';
export { compareScenarioSet } from './compare-scenario-set.js';
export { ScenarioDefinitionsError } from './planner-error.js';
export type { PlannerConfig, PlannerConfigInput } from './planner-config.js';
