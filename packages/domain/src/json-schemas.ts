import { z } from 'zod';
import { AssetSchema, AssetListSchema } from './asset.js';
import { AuditTraceEntrySchema, AuditTraceSchema, LlmCallRecordSchema, OutcomeSnapshotSchema } from './audit-trace.js';
import { CorporateStateSchema } from './corporate-state.js';
import { NoticeSchema } from './notice.js';
import { JobProgressSchema, JobSchema } from './job.js';
import { PortfolioSchema } from './portfolio.js';
import { ExplanationSchema, ProgramRequestSchema, ProgramResponseSchema } from './program.js';
import {
  ConstraintCheckSchema,
  ExcludedAssetSchema,
  ExplanationNodeSchema,
  ProgramMetricsSchema,
  ProgramOutcomeSchema,
} from './program-outcome.js';
import { PolicyResultSchema, PolicyViolationSchema } from './revision-policy-result.js';
import { CreateRunResponseSchema, RunListItemSchema, RunRecordSchema, ScenarioSetResultSchema } from './run-record.js';
import {
  ScenarioComparisonRowSchema,
  ScenarioDefinitionListSchema,
  ScenarioDefinitionSchema,
  ScenarioKindSchema,
  ScenarioSetRequestSchema,
  ScenarioSetSummarySchema,
} from './scenario-set.js';
import { AssetFiltersSchema, HardConstraintsSchema, SelectorSpecSchema } from './selector-spec.js';

/**
 * Every wire schema by its public name. The API's OpenAPI document, the LLM
 * adapters' structured-output schemas and the JSON Schema snapshots all come
 * from this one table.
 */
export const wireSchemas = {
  Asset: AssetSchema,
  AssetList: AssetListSchema,
  CorporateState: CorporateStateSchema,
  Portfolio: PortfolioSchema,
  HardConstraints: HardConstraintsSchema,
  AssetFilters: AssetFiltersSchema,
  SelectorSpec: SelectorSpecSchema,
  ProgramRequest: ProgramRequestSchema,
  ProgramMetrics: ProgramMetricsSchema,
  ConstraintCheck: ConstraintCheckSchema,
  ExcludedAsset: ExcludedAssetSchema,
  ExplanationNode: ExplanationNodeSchema,
  ProgramOutcome: ProgramOutcomeSchema,
  PolicyViolation: PolicyViolationSchema,
  PolicyResult: PolicyResultSchema,
  LlmCallRecord: LlmCallRecordSchema,
  OutcomeSnapshot: OutcomeSnapshotSchema,
  AuditTraceEntry: AuditTraceEntrySchema,
  AuditTrace: AuditTraceSchema,
  Explanation: ExplanationSchema,
  Notice: NoticeSchema,
  ProgramResponse: ProgramResponseSchema,
  ScenarioKind: ScenarioKindSchema,
  ScenarioDefinition: ScenarioDefinitionSchema,
  ScenarioDefinitionList: ScenarioDefinitionListSchema,
  ScenarioSetRequest: ScenarioSetRequestSchema,
  ScenarioSetSummary: ScenarioSetSummarySchema,
  ScenarioSetResult: ScenarioSetResultSchema,
  ScenarioComparisonRow: ScenarioComparisonRowSchema,
  RunRecord: RunRecordSchema,
  RunListItem: RunListItemSchema,
  CreateRunResponse: CreateRunResponseSchema,
  JobProgress: JobProgressSchema,
  Job: JobSchema,
} as const;

/** The name of a wire schema. */
export type WireSchemaName = keyof typeof wireSchemas;

/**
 * JSON Schema (draft 2020-12) for a wire schema, from zod 4's own conversion.
 * `io: "input"` describes what a caller may send (defaults optional);
 * `io: "output"` what Leaseback returns (defaults filled in).
 */
export function toJsonSchema(name: WireSchemaName, options: { io?: 'input' | 'output' } = {}): Record<string, unknown> {
  return z.toJSONSchema(wireSchemas[name], { io: options.io ?? 'output', unrepresentable: 'any' }) as Record<string, unknown>;
}
