import { readFileSync } from 'node:fs';
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
import type { AssetSummary, RevisionContext } from '@leaseback/llm';

const raw = JSON.parse(readFileSync(new URL('./planning-inputs.json', import.meta.url), 'utf8')) as Record<string, unknown>;

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
