// The one copy of the recorded planning inputs, kept with the shared prompts in @leaseback/llm.
import { planningInputs } from '@leaseback/llm/testing';

export const { assetSummary, brief, nodes, outcome, revisionContext, spec } = planningInputs;
