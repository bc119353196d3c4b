// The planning inputs every LLM client is tested with (brief, portfolio summary, spec,
// infeasible outcome, explanation facts, revision context) are kept once, beside the
// shared prompts in @leaseback/llm, so the adapters and the prompts are tested on the same data.
export { assetSummary, brief, nodes, outcome, revisionContext, spec } from '../../../llm/src/structured-output/__fixtures__/planning-inputs.js';
