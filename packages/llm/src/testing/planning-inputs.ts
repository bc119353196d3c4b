import {
  DEFAULT_REVISION_POLICY_CONFIG,
  ExplanationNodeSchema,
  ProgramOutcomeSchema,
  SelectorSpecSchema,
  type ExplanationNode,
  type ProgramOutcome,
  type SelectorSpec,
} from '@leaseback/domain';
import { z } from 'zod';
import type { AssetSummary, RevisionContext } from '../llm-client.js';
import planningInputs from './planning-inputs.json' with { type: 'json' };

// A recorded set of planning inputs (the example portfolio's $250M brief), shared by
// the structured-output tests here and by each provider adapter's tests.
const raw = planningInputs as Record<string, unknown>;

/** The re-lettable-250m brief of the example portfolio. */
export const brief: string = z.string().parse(raw.brief);
/** Northwind's portfolio summary. */
export const assetSummary = raw.asset_summary as AssetSummary;
/** The spec read from the brief. */
export const spec: SelectorSpec = SelectorSpecSchema.parse(raw.spec);
/** The infeasible outcome of that spec. */
export const outcome: ProgramOutcome = ProgramOutcomeSchema.parse(raw.outcome);
/** A few explanation facts. */
export const nodes: ExplanationNode[] = z.array(ExplanationNodeSchema).parse(raw.explanation_nodes);
/** First revision of the run. */
export const revisionContext: RevisionContext = {
  original: spec,
  iteration: 1,
  max_iterations: 5,
  capacity: outcome.capacity,
  policy: DEFAULT_REVISION_POLICY_CONFIG,
};
