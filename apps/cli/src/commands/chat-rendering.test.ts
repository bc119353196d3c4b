import type { SessionView, ToolResult, TurnResponse } from '@leaseback/service';
import { describe, expect, it } from 'vitest';
import { createTextStyle } from '../text-style.js';
import { describeContribution, describeToolResult, renderChatSession, renderChatTurn, type ChatContribution } from './chat-rendering.js';

const plain = createTextStyle(false);

function contribution(overrides: Partial<ChatContribution>): ChatContribution {
  return {
    scenario_id: 'program_intake',
    scenario_name: 'Program intake',
    scenario_version: 1,
    current_step_id: 'constraints',
    current_step_name: 'Covenants',
    contribution_type: 'ASK',
    fields_to_ask: [],
    action_to_confirm: null,
    suggested_tools: [],
    template_ids: [],
    priority: 120,
    deferred: false,
    is_final: false,
    last_action_status: null,
    ...overrides,
  };
}

const failedTool: ToolResult = {
  scenario_id: 'what_if_analysis',
  step_id: 'run_scenario_set',
  tool_id: 'run_scenario_set',
  status: 'failed',
  run_id: null,
  scenario_set_id: null,
  run_ids: [],
  run_status: null,
  outcome_status: null,
  proceeds: null,
  target_amount: null,
  summary: 'failed',
  error: { code: 'scenario_definitions_unavailable', message: 'no definitions' },
};

describe('chat rendering', () => {
  it('describes each contribution type with what it carries', () => {
    expect(describeContribution(contribution({ fields_to_ask: ['max_net_leverage', 'min_fixed_charge_coverage'] }))).toBe(
      'program_intake: ASK at constraints (asks max_net_leverage, min_fixed_charge_coverage)',
    );
    expect(
      describeContribution(
        contribution({
          contribution_type: 'CONFIRM',
          current_step_id: 'confirm_run',
          action_to_confirm: 'Run the program',
          deferred: true,
        }),
      ),
    ).toBe('program_intake: CONFIRM at confirm_run (checkpoint: Run the program) [deferred]');
    expect(
      describeContribution(
        contribution({
          contribution_type: 'ACTION_HINT',
          current_step_id: 'run_program',
          suggested_tools: ['run_program'],
          last_action_status: 'failed',
        }),
      ),
    ).toBe('program_intake: ACTION_HINT at run_program (tools: run_program; last run failed)');
    expect(
      describeContribution(
        contribution({ contribution_type: 'INFORM', current_step_id: 'results', template_ids: ['program_results'], is_final: true }),
      ),
    ).toBe('program_intake: INFORM at results (templates: program_results) [final]');
    expect(describeContribution(contribution({ contribution_type: 'NONE' }))).toBe('program_intake: NONE at constraints');
  });

  it('describes tool results, failures included', () => {
    expect(describeToolResult(failedTool, plain)).toBe(
      'tool run_scenario_set (what_if_analysis): failed, scenario_definitions_unavailable: no definitions',
    );
    expect(
      describeToolResult(
        {
          ...failedTool,
          status: 'succeeded',
          error: null,
          scenario_set_id: 'set-1',
          run_ids: ['a', 'b'],
          outcome_status: 'ok',
          proceeds: 2e8,
          target_amount: 1.5e8,
        },
        plain,
      ),
    ).toBe('tool run_scenario_set (what_if_analysis): succeeded, scenario set set-1 (2 runs), ok, $200M of $150M');
  });

  it('prints the reply, the contributions, the tools and the paused scenarios of a turn', () => {
    const turn = {
      reply: 'Paused the what-if analysis.\nShall I run it?',
      plan: {
        contributions: [
          contribution({ contribution_type: 'CONFIRM', current_step_id: 'confirm_run', action_to_confirm: 'Run the program' }),
        ],
        resume_hints: [{ scenario_id: 'what_if_analysis', current_step_id: 'confirm' }],
      },
      tool_results: [failedTool],
    } as unknown as TurnResponse;
    expect(renderChatTurn(turn, plain)).toBe(
      [
        'Paused the what-if analysis.',
        'Shall I run it?',
        '  program_intake: CONFIRM at confirm_run (checkpoint: Run the program)',
        '  tool run_scenario_set (what_if_analysis): failed, scenario_definitions_unavailable: no definitions',
        '  what_if_analysis: paused at confirm',
        '',
      ].join('\n'),
    );
  });

  it('prints a session for /state without the field the service sets', () => {
    const view = {
      session_id: 's-1',
      fund_id: null,
      version: 3,
      portfolio: { company: 'Northwind', asset_count: 34, markets: ['Dallas', 'Chicago'], asset_types: [] },
      brief: null,
      known_fields: { portfolio_id: 's-1', target_amount: 1.5e8 },
      instances: [{ scenario_id: 'program_intake', status: 'active', current_step_id: 'constraints', current_step_name: 'Covenants' }],
      history: [{}, {}],
    } as unknown as SessionView;
    expect(renderChatSession(view, plain)).toBe(
      [
        'Session s-1  version 3',
        'Portfolio: Northwind (34 assets in 2 markets)',
        'Brief: none yet',
        'Known: target_amount=150000000',
        'Scenarios:',
        '  program_intake: active at constraints (Covenants)',
        'Turns: 2',
        '',
      ].join('\n'),
    );
  });
});
