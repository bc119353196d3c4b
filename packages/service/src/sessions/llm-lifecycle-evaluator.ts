import type { LlmClient } from '@leaseback/llm';
import {
  ProposalActionSchema,
  type LifecycleEvaluationRequest,
  type LifecycleEvaluator,
  type LifecycleProposal,
  type LifecycleProposals,
} from '@leaseback/scenarios';

/** The confidence given to a proposal read from the model (the model states none). */
export const MODEL_PROPOSAL_CONFIDENCE = 0.7;

const REASONING_FIELD = 'lifecycle_reasoning';

/** The extraction field that carries the proposal for one scenario. */
export function proposalField(scenarioId: string): string {
  return `${scenarioId}_lifecycle_action`;
}

/**
 * A `LifecycleEvaluator` on the client's `extractFields`: for an ambiguous turn
 * it asks, per scenario in the request, for one action (START, CONTINUE, PAUSE,
 * COMPLETE, CANCEL or DO_NOT_START) and one line of reasoning, with the
 * deterministic decisions and the ambiguity as known context. Answers that are
 * not an action are dropped; the orchestrator validates the rest and keeps its
 * invariants. The offline client reads none of these fields, so offline the
 * evaluator proposes nothing and the deterministic decisions stand.
 */
export function createLlmLifecycleEvaluator(llm: LlmClient): LifecycleEvaluator {
  return {
    async evaluate(request: LifecycleEvaluationRequest, options: { signal?: AbortSignal }): Promise<LifecycleProposals> {
      if (request.scenarios.length === 0) return { proposals: [] };
      const descriptions: Record<string, string> = {};
      for (const scenario of request.scenarios) {
        const where = scenario.current_step_name === null ? '' : `, at step "${scenario.current_step_name}"`;
        descriptions[proposalField(scenario.scenario_id)] =
          `What to do with the scenario "${scenario.name}" (${scenario.status}${where}${scenario.description === '' ? '' : `: ${scenario.description}`}) ` +
          `given this message: one of ${ProposalActionSchema.options.join(', ')}; null when the message does not concern it.`;
      }
      descriptions[REASONING_FIELD] = 'One sentence: why these actions.';
      const fields = [...Object.keys(descriptions)];
      const { value } = await llm.extractFields(
        request.message,
        fields,
        {
          known_fields: {
            ambiguity: request.ambiguity,
            signal: `${request.signal.type}${request.signal.scenario_id === null ? '' : ` (${request.signal.scenario_id})`}`,
            deterministic_decisions: request.deterministic_decisions.map((decision) => `${decision.scenario_id}: ${decision.action}`),
            max_simultaneous_scenarios: request.max_simultaneous_scenarios,
          },
          field_descriptions: descriptions,
        },
        options.signal === undefined ? {} : { signal: options.signal },
      );
      const reasoningValue = value[REASONING_FIELD];
      const reasoning =
        typeof reasoningValue === 'string' && reasoningValue.trim() !== '' ? reasoningValue.trim() : 'proposed by the language model';
      const proposals: LifecycleProposal[] = [];
      for (const scenario of request.scenarios) {
        const answer = value[proposalField(scenario.scenario_id)];
        if (typeof answer !== 'string') continue;
        const action = ProposalActionSchema.safeParse(answer.trim().toUpperCase());
        if (!action.success) continue;
        proposals.push({ scenario_id: scenario.scenario_id, action: action.data, reasoning, confidence: MODEL_PROPOSAL_CONFIDENCE });
      }
      return { proposals };
    },
  };
}
