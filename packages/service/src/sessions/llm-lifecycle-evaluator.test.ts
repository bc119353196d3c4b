import { createOfflineLlmClient } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { LifecycleProposalsSchema, type LifecycleEvaluationRequest } from '@leaseback/scenarios';
import { describe, expect, it } from 'vitest';
import { MODEL_PROPOSAL_CONFIDENCE, createLlmLifecycleEvaluator, proposalField } from './llm-lifecycle-evaluator.js';

const request: LifecycleEvaluationRequest = {
  session_id: 's-1',
  message: 'hold on',
  intent: null,
  signal: { type: 'pause', scenario_id: null },
  ambiguity: ['"pause" names no scenario while 2 are active'],
  scenarios: [
    {
      scenario_id: 'program_intake',
      name: 'Program intake',
      description: 'plans a program',
      status: 'active',
      current_step_id: 'confirm_run',
      current_step_name: 'Confirm the run',
      score: null,
    },
    {
      scenario_id: 'what_if_analysis',
      name: 'What-if analysis',
      description: '',
      status: 'active',
      current_step_id: 'confirm',
      current_step_name: 'Confirm',
      score: null,
    },
  ],
  deterministic_decisions: [{ scenario_id: 'what_if_analysis', action: 'PAUSE', reasoning: 'the primary' }],
  applied_rules: [],
  min_start_score: 0.5,
  max_simultaneous_scenarios: 5,
};

describe('createLlmLifecycleEvaluator', () => {
  it('asks one action field per scenario and turns valid answers into proposals', async () => {
    const llm = createTestLlmClient({
      extractFields: {
        program_intake_lifecycle_action: ' pause ',
        what_if_analysis_lifecycle_action: 'continue',
        lifecycle_reasoning: 'the program was meant',
      },
    });
    const answer = await createLlmLifecycleEvaluator(llm).evaluate(request, {});
    expect(LifecycleProposalsSchema.parse(answer)).toEqual({
      proposals: [
        { scenario_id: 'program_intake', action: 'PAUSE', reasoning: 'the program was meant', confidence: MODEL_PROPOSAL_CONFIDENCE },
        { scenario_id: 'what_if_analysis', action: 'CONTINUE', reasoning: 'the program was meant', confidence: MODEL_PROPOSAL_CONFIDENCE },
      ],
    });
    const call = llm.callsTo('extractFields')[0];
    expect(call?.arguments[0]).toBe('hold on');
    expect(call?.arguments[1]).toEqual([proposalField('program_intake'), proposalField('what_if_analysis'), 'lifecycle_reasoning']);
    const context = call?.arguments[2] as { known_fields: Record<string, unknown>; field_descriptions: Record<string, string> };
    expect(context.known_fields['deterministic_decisions']).toEqual(['what_if_analysis: PAUSE']);
    expect(context.field_descriptions[proposalField('program_intake')]).toContain('Confirm the run');
  });

  it('drops answers that are not actions and gives a default reasoning', async () => {
    const llm = createTestLlmClient({
      extractFields: { program_intake_lifecycle_action: 'maybe', what_if_analysis_lifecycle_action: 'cancel' },
    });
    expect(await createLlmLifecycleEvaluator(llm).evaluate(request, {})).toEqual({
      proposals: [
        {
          scenario_id: 'what_if_analysis',
          action: 'CANCEL',
          reasoning: 'proposed by the language model',
          confidence: MODEL_PROPOSAL_CONFIDENCE,
        },
      ],
    });
  });

  it('proposes nothing with the offline client, and passes cancellation through', async () => {
    expect(await createLlmLifecycleEvaluator(createOfflineLlmClient()).evaluate(request, {})).toEqual({ proposals: [] });
    const controller = new AbortController();
    controller.abort();
    await expect(
      createLlmLifecycleEvaluator(createOfflineLlmClient()).evaluate(request, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'llm_cancelled' });
  });
});
