import { createOfflineLlmClient } from '@leaseback/llm';
import { DEFAULT_ORCHESTRATION_CONFIG, ScenarioDefinitionError, createOrchestrator } from '@leaseback/scenarios';
import { describe, expect, it } from 'vitest';
import { CONVERSATION, UNKNOWN_RUN_ID } from './__fixtures__/conversation.js';
import { PROGRAM_FIELDS } from './session-fields.js';
import { SLB_PLAYBOOKS, fieldsInForce, loadSlbPlaybooks } from './slb-playbooks.js';

const registry = loadSlbPlaybooks();
const orchestrator = createOrchestrator({ definitions: registry });
const startScore = DEFAULT_ORCHESTRATION_CONFIG.min_start_score;

/** The scenarios a message would start (scoring at least the start score). */
function starts(message: string): string[] {
  return orchestrator
    .scoreCandidates(message)
    .filter((candidate) => candidate.score >= startScore)
    .map((candidate) => candidate.scenario_id);
}

describe('the SLB playbooks', () => {
  it('ask a second program for every program field again, and let a what-if set reuse the program in force', () => {
    const figures = {
      portfolio_id: 'p-1',
      target_amount: 150e6,
      max_net_leverage: 3.5,
      min_fixed_charge_coverage: 2,
      exclude_markets: ['Dallas'],
    };
    expect(registry.latest('program_intake')?.field_reuse).toEqual({ policy: 'ask_again', fields: [...PROGRAM_FIELDS], carry_fields: [] });
    expect(registry.latest('what_if_analysis')?.field_reuse.policy).toBe('reuse');
    let session = orchestrator.createSession('s-1', figures);
    const program = { candidates: [{ scenario_id: 'program_intake', score: 1 }] };
    session = orchestrator.processTurn(session, program).session;
    session = orchestrator.processTurn(session, { confirmations: [{ scenario_id: 'program_intake' }] }).session;
    session = orchestrator.processTurn(session, { action_results: [{ scenario_id: 'program_intake', status: 'succeeded' }] }).session;
    expect(fieldsInForce(session)).toEqual(figures);
    const second = orchestrator.processTurn(session, program);
    expect(second.plan.contributions[0]).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['target_amount'] });
    // The portfolio travels with the session; the last program's figures and exclusions are not in force.
    expect(fieldsInForce(second.session)).toEqual({ portfolio_id: 'p-1' });
    const restated = orchestrator.processTurn(second.session, { fields: { target_amount: 90e6 } });
    expect(fieldsInForce(restated.session)).toEqual({ portfolio_id: 'p-1', target_amount: 90e6 });
  });

  it('load and validate as data', () => {
    expect(registry.latestVersions().map((scenario) => scenario.id)).toEqual(['explain_run', 'program_intake', 'what_if_analysis']);
  });

  it('are shaped as documented: collected fields, checkpoints, required tool steps and terminal informs', () => {
    const shape = (id: string) =>
      registry.latest(id)?.steps.map((step) => ({
        id: step.id,
        fields: step.collects_fields,
        checkpoint: step.is_checkpoint,
        tools: step.tool_ids,
        required: step.is_required_action,
        templates: step.template_ids,
        next: step.transitions.map((transition) => transition.to_step_id),
      }));
    expect(shape('program_intake')).toEqual([
      { id: 'portfolio', fields: ['portfolio_id'], checkpoint: false, tools: [], required: false, templates: [], next: ['target'] },
      { id: 'target', fields: ['target_amount'], checkpoint: false, tools: [], required: false, templates: [], next: ['constraints'] },
      {
        id: 'constraints',
        fields: ['max_net_leverage', 'min_fixed_charge_coverage'],
        checkpoint: false,
        tools: [],
        required: false,
        templates: [],
        next: ['confirm_run'],
      },
      { id: 'confirm_run', fields: [], checkpoint: true, tools: [], required: false, templates: [], next: ['run_program'] },
      { id: 'run_program', fields: [], checkpoint: false, tools: ['run_program'], required: true, templates: [], next: ['results'] },
      { id: 'results', fields: [], checkpoint: false, tools: [], required: false, templates: ['program_results'], next: [] },
    ]);
    expect(shape('what_if_analysis')).toEqual([
      { id: 'variants', fields: ['target_amount'], checkpoint: false, tools: [], required: false, templates: [], next: ['confirm'] },
      { id: 'confirm', fields: [], checkpoint: true, tools: [], required: false, templates: [], next: ['run_scenario_set'] },
      {
        id: 'run_scenario_set',
        fields: [],
        checkpoint: false,
        tools: ['run_scenario_set'],
        required: true,
        templates: [],
        next: ['compare'],
      },
      { id: 'compare', fields: [], checkpoint: false, tools: [], required: false, templates: ['scenario_comparison'], next: [] },
    ]);
    expect(shape('explain_run')).toEqual([
      { id: 'run', fields: ['run_id'], checkpoint: false, tools: [], required: false, templates: [], next: ['explain'] },
      { id: 'explain', fields: [], checkpoint: false, tools: [], required: false, templates: ['run_explanation'], next: [] },
    ]);
  });

  it('start from the messages the playbooks are written for, and from nothing else', () => {
    expect(starts('raise $50M from our DCs, leverage under 3.5x, coverage above 1.5x')).toEqual(['program_intake']);
    expect(starts(CONVERSATION.first)).toEqual(['program_intake']);
    expect(starts('also show me a conservative case')).toEqual(['what_if_analysis']);
    expect(starts(CONVERSATION.whatIf)).toEqual(['what_if_analysis']);
    expect(starts('what if the market turns?')).toEqual(['what_if_analysis']);
    expect(starts('can we see some scenarios')).toEqual(['what_if_analysis']);
    expect(starts(`explain run ${UNKNOWN_RUN_ID}`)).toEqual(['explain_run']);
    for (const message of [CONVERSATION.pause, CONVERSATION.confirm, 'resume', 'hello there', 'no']) expect(starts(message)).toEqual([]);
  });

  it('skip a complete first message straight to the run confirmation, listing the skipped steps', async () => {
    const session = orchestrator.createSession('s', { portfolio_id: 's' });
    const message = 'raise $50M from our DCs, leverage under 3.5x, coverage above 1.5x';
    const { value } = await createOfflineLlmClient().extractFields(message, orchestrator.wantedFields(session, ['program_intake']), {});
    const turn = orchestrator.processTurn(session, {
      message,
      fields: value as Record<string, number>,
      candidates: orchestrator.scoreCandidates(message),
    });
    expect(turn.transition_decisions).toEqual([
      expect.objectContaining({
        scenario_id: 'program_intake',
        target_step_id: 'confirm_run',
        skipped_steps: ['portfolio', 'target', 'constraints'],
      }),
    ]);
    expect(turn.plan.contributions[0]).toMatchObject({ contribution_type: 'CONFIRM', action_to_confirm: 'Run the program' });
  });

  it('are checked at load: a broken copy is refused with the path of the problem', () => {
    const broken = structuredClone(SLB_PLAYBOOKS) as unknown as { steps: { transitions: { to_step_id: string }[] }[] }[];
    const firstTransition = broken[0]?.steps[0]?.transitions[0];
    if (firstTransition) firstTransition.to_step_id = 'targte';
    expect(() => loadSlbPlaybooks(broken as never)).toThrow(ScenarioDefinitionError);
    expect(() => loadSlbPlaybooks(broken as never)).toThrow(/steps\[0\]\.transitions\[0\]\.to_step_id/);
  });
});
