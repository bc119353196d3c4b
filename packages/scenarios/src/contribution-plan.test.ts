import { describe, expect, it } from 'vitest';
import { playbooks } from './__fixtures__/playbooks.js';
import { at, linearScenario, newSession, orchestratorFor, runTurns, startTurn } from './__fixtures__/turn-helpers.js';
import { CONTRIBUTION_TYPE_PRIORITY, ENGAGED_PRIORITY_BONUS, planContributions } from './plan-contributions.js';
import type { ScenarioContribution } from './turn-result.js';

function contribution(overrides: Partial<ScenarioContribution>): ScenarioContribution {
  return {
    scenario_id: 'x',
    scenario_name: 'x',
    scenario_version: 1,
    current_step_id: 's',
    current_step_name: 's',
    contribution_type: 'NONE',
    fields_to_ask: [],
    action_to_confirm: null,
    suggested_tools: [],
    template_ids: [],
    priority: 0,
    deferred: false,
    is_final: false,
    last_action_status: null,
    ...overrides,
  };
}

describe('contribution types', () => {
  const kinds = [
    linearScenario('asks', [{ collects_fields: ['name'] }]),
    linearScenario('confirms', [{ is_checkpoint: true, checkpoint_description: 'Send it?' }, {}]),
    linearScenario('acts', [{ performs_action: true, tool_ids: ['lookup', 'notify'] }, {}]),
    linearScenario('informs', [{ template_ids: ['bye'] }]),
    linearScenario('silent', [{ collects_fields: ['known'] }, { collects_fields: ['later'] }]),
  ];
  const orchestrator = orchestratorFor({ enable_step_skipping: false, max_questions_per_turn: 5 }, kinds);
  const result = orchestrator.processTurn(newSession({ known: 1 }), {
    candidates: ['asks', 'confirms', 'acts', 'informs', 'silent'].map((scenario_id) => ({ scenario_id, score: 1 })),
  });
  const byScenario = new Map(result.plan.contributions.map((entry) => [entry.scenario_id, entry]));

  it('ASKs for the fields still missing at the current step', () => {
    expect(byScenario.get('asks')).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['name'], action_to_confirm: null });
  });

  it('CONFIRMs a checkpoint with its description', () => {
    expect(byScenario.get('confirms')).toMatchObject({ contribution_type: 'CONFIRM', action_to_confirm: 'Send it?', fields_to_ask: [] });
  });

  it('hints the tools of an action step', () => {
    expect(byScenario.get('acts')).toMatchObject({ contribution_type: 'ACTION_HINT', suggested_tools: ['lookup', 'notify'] });
  });

  it('INFORMs with the templates of a terminal step and marks it final', () => {
    expect(byScenario.get('informs')).toMatchObject({ contribution_type: 'INFORM', template_ids: ['bye'], is_final: true });
  });

  it('is silent at a step with nothing to ask, confirm, run or show', () => {
    expect(byScenario.get('silent')).toMatchObject({ contribution_type: 'NONE', fields_to_ask: [], template_ids: [], suggested_tools: [] });
  });

  it('sets the flags from the contributions', () => {
    expect(result.plan).toMatchObject({ has_asks: true, has_confirms: true, has_action_hints: true });
    const quiet = orchestrator.processTurn(newSession({ known: 1 }), { candidates: [{ scenario_id: 'silent', score: 1 }] });
    expect(quiet.plan).toMatchObject({ has_asks: false, has_confirms: false, has_action_hints: false });
  });

  it('orders by type priority among equally engaged scenarios', () => {
    expect(result.plan.contributions.map((entry) => entry.contribution_type)).toEqual(['ACTION_HINT', 'CONFIRM', 'ASK', 'INFORM', 'NONE']);
    expect(result.plan.contributions.map((entry) => entry.priority)).toEqual(
      ['ACTION_HINT', 'CONFIRM', 'ASK', 'INFORM', 'NONE'].map((type) => CONTRIBUTION_TYPE_PRIORITY[type as 'ASK'] + ENGAGED_PRIORITY_BONUS),
    );
    expect(result.plan.primary_scenario_id).toBe('acts');
  });
});

describe('primary scenario', () => {
  it('is the scenario the turn engaged, over one that was left alone', () => {
    const orchestrator = orchestratorFor({}, playbooks);
    const results = runTurns(orchestrator, newSession({ portfolio_id: 'p' }), [
      startTurn('program_intake', { fields: { target_amount: 1, max_net_leverage: 3, min_fixed_charge_coverage: 1 } }),
      startTurn('what_if_analysis'),
    ]);
    const plan = results[1]!.plan;
    expect(plan.contributions.map((entry) => [entry.scenario_id, entry.contribution_type, entry.priority])).toEqual([
      ['what_if_analysis', 'ASK', CONTRIBUTION_TYPE_PRIORITY.ASK + ENGAGED_PRIORITY_BONUS],
      ['program_intake', 'CONFIRM', CONTRIBUTION_TYPE_PRIORITY.CONFIRM],
    ]);
    expect(plan.primary_scenario_id).toBe('what_if_analysis');
  });

  it('breaks priority ties by most recent activity, then by scenario id', () => {
    const plan = planContributions(
      [
        { contribution: contribution({ scenario_id: 'b', priority: 20 }), lastActiveAt: at(1) },
        { contribution: contribution({ scenario_id: 'a', priority: 20 }), lastActiveAt: at(1) },
        { contribution: contribution({ scenario_id: 'c', priority: 20 }), lastActiveAt: at(2) },
        { contribution: contribution({ scenario_id: 'd', priority: 30 }), lastActiveAt: at(0) },
      ],
      ['a', 'b', 'c', 'd'],
      [],
      1,
    );
    expect(plan.contributions.map((entry) => entry.scenario_id)).toEqual(['d', 'c', 'a', 'b']);
    expect(plan.primary_scenario_id).toBe('d');
  });

  it('is null when nothing is active', () => {
    expect(orchestratorFor().processTurn(newSession(), {}).plan.primary_scenario_id).toBeNull();
  });
});

describe('merging questions', () => {
  const entries = [
    {
      contribution: contribution({ scenario_id: 'first', contribution_type: 'ASK', fields_to_ask: ['email'], priority: 120 }),
      lastActiveAt: at(1),
    },
    {
      contribution: contribution({ scenario_id: 'second', contribution_type: 'CONFIRM', action_to_confirm: 'Go?', priority: 30 }),
      lastActiveAt: at(1),
    },
    {
      contribution: contribution({ scenario_id: 'third', contribution_type: 'ASK', fields_to_ask: ['email'], priority: 20 }),
      lastActiveAt: at(1),
    },
    {
      contribution: contribution({ scenario_id: 'fourth', contribution_type: 'ACTION_HINT', suggested_tools: ['t'], priority: 40 }),
      lastActiveAt: at(1),
    },
  ];

  it('keeps one question and defers the unrelated ones', () => {
    const plan = planContributions(entries, [], [], 1);
    expect(plan.contributions.map((entry) => [entry.scenario_id, entry.deferred])).toEqual([
      ['first', false],
      ['fourth', false],
      ['second', true],
      ['third', false],
    ]);
  });

  it('keeps as many questions as max_questions_per_turn allows', () => {
    const plan = planContributions(entries, [], [], 2);
    expect(plan.contributions.filter((entry) => entry.deferred)).toEqual([]);
  });

  it('defers the second scenario question in a real turn unless configured otherwise', () => {
    const two = [linearScenario('a', [{ collects_fields: ['x'] }, {}]), linearScenario('b', [{ collects_fields: ['y'] }, {}])];
    const candidates = [
      { scenario_id: 'a', score: 1 },
      { scenario_id: 'b', score: 1 },
    ];
    const single = orchestratorFor({}, two).processTurn(newSession(), { candidates });
    expect(single.plan.contributions.map((entry) => [entry.scenario_id, entry.deferred])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    const double = orchestratorFor({ max_questions_per_turn: 2 }, two).processTurn(newSession(), { candidates });
    expect(double.plan.contributions.map((entry) => entry.deferred)).toEqual([false, false]);
  });
});
