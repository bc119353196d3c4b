import fc from 'fast-check';
import type { ContributionPlan, LifecycleDecision, ScenarioContribution } from '@leaseback/scenarios';
import { describe, expect, it } from 'vitest';
import { HELP_REPLY, composeReply, describeFigures, type ReplyInput } from './compose-reply.js';
import { questionFor } from './session-fields.js';
import type { ToolResult } from './session-schemas.js';

function contribution(
  overrides: Partial<ScenarioContribution> & Pick<ScenarioContribution, 'scenario_id' | 'contribution_type'>,
): ScenarioContribution {
  return {
    scenario_name: overrides.scenario_id,
    scenario_version: 1,
    current_step_id: 'step',
    current_step_name: 'Step',
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

function plan(contributions: ScenarioContribution[], resumeHints: ContributionPlan['resume_hints'] = []): ContributionPlan {
  return {
    contributions,
    primary_scenario_id: contributions[0]?.scenario_id ?? null,
    has_asks: contributions.some((entry) => entry.contribution_type === 'ASK'),
    has_confirms: contributions.some((entry) => entry.contribution_type === 'CONFIRM'),
    has_action_hints: contributions.some((entry) => entry.contribution_type === 'ACTION_HINT'),
    active_scenario_ids: contributions.map((entry) => entry.scenario_id),
    resume_hints: resumeHints,
  };
}

function decision(scenarioId: string, action: LifecycleDecision['action'], extra: Partial<LifecycleDecision> = {}): LifecycleDecision {
  return {
    scenario_id: scenarioId,
    scenario_version: 1,
    action,
    reasoning: 'because',
    confidence: 1,
    source: 'signal',
    entry_step_id: null,
    source_step_id: 'step',
    resumed: false,
    pause_reason: null,
    ...extra,
  };
}

const names: Record<string, string> = {
  program_intake: 'Program intake',
  what_if_analysis: 'What-if analysis',
  explain_run: 'Run explanation',
};

function input(overrides: Partial<ReplyInput>): ReplyInput {
  return {
    decisions: [],
    plan: plan([]),
    toolResults: [],
    informs: [],
    understood: [],
    notUsed: [],
    notes: [],
    confirmation: null,
    fieldsFor: () => ({}),
    scenarioName: (id) => names[id] ?? id,
    shown: {},
    whatIfs: [],
    assetCount: 34,
    ...overrides,
  };
}

describe('composeReply', () => {
  it('asks the first missing field only, and remembers which', () => {
    const composed = composeReply(
      input({
        plan: plan([
          contribution({
            scenario_id: 'program_intake',
            contribution_type: 'ASK',
            fields_to_ask: ['max_net_leverage', 'min_fixed_charge_coverage'],
          }),
        ]),
      }),
    );
    expect(composed).toEqual({
      reply: questionFor('max_net_leverage'),
      asked: { scenario_id: 'program_intake', field: 'max_net_leverage' },
      presented: [],
    });
  });

  it('shows the program that would run (the brief of the fields in force), what changed since last shown, and presents the checkpoint', () => {
    const fields = {
      target_amount: 200_000_000,
      max_net_leverage: 3.5,
      min_fixed_charge_coverage: 2,
      exclude_markets: ['Dallas', 'Chicago'],
      num_scenarios: 4,
    };
    const program = composeReply(
      input({
        plan: plan([contribution({ scenario_id: 'program_intake', contribution_type: 'CONFIRM', current_step_id: 'confirm_run' })]),
        fieldsFor: () => fields,
        shown: {
          program_intake: { target_amount: 150_000_000, max_net_leverage: 3.5, min_fixed_charge_coverage: 2, exclude_markets: ['Dallas'] },
        },
      }),
    );
    expect(program.reply).toBe(
      'Ready to run the program on 34 assets: "Raise $200M. Keep net leverage below 3.5x and FCCR of at least 2x. Exclude Dallas and Chicago." ' +
        'Changed since I last asked: target $150M → target $200M; exclude Dallas → exclude Dallas and Chicago. Shall I run it? (say "yes" to run it)',
    );
    expect(program.asked).toBeNull();
    expect(program.presented).toEqual([{ scenario_id: 'program_intake', step_id: 'confirm_run' }]);
    const whatIf = composeReply(
      input({
        plan: plan([contribution({ scenario_id: 'what_if_analysis', contribution_type: 'CONFIRM', current_step_id: 'confirm' })]),
        fieldsFor: () => fields,
        whatIfs: [{ label: 'Exclude Phoenix', fields: { exclude_markets: ['Phoenix'] } }],
      }),
    );
    expect(whatIf.reply).toBe(
      'Ready to run 4 what-if scenarios (the base case, 2 generated variants, "Exclude Phoenix") on "Raise $200M. Keep net leverage below 3.5x and FCCR of at least 2x. Exclude Dallas and Chicago." Shall I run them? (say "yes" or "run the scenarios")',
    );
    expect(
      composeReply(
        input({ plan: plan([contribution({ scenario_id: 'program_intake', contribution_type: 'CONFIRM' })]), confirmation: false }),
      ).reply,
    ).toMatch(/^Not yet, then\. Ready to run the program/);
  });

  it('says what happened to scenarios, what ran, what it found, and offers paused ones back', () => {
    const tool: ToolResult = {
      scenario_id: 'program_intake',
      step_id: 'run_program',
      tool_id: 'run_program',
      status: 'succeeded',
      run_id: 'r-1',
      scenario_set_id: null,
      run_ids: ['r-1'],
      run_status: 'completed',
      outcome_status: 'ok',
      proceeds: 1,
      target_amount: 1,
      summary: 'Ran the program.',
      error: null,
    };
    const composed = composeReply(
      input({
        decisions: [
          decision('what_if_analysis', 'PAUSE', { pause_reason: 'user_requested' }),
          decision('explain_run', 'CANCEL'),
          decision('program_intake', 'CONTINUE', { resumed: true }),
          decision('program_intake', 'COMPLETE'),
        ],
        toolResults: [tool],
        informs: [
          {
            scenario_id: 'program_intake',
            template_id: 'program_results',
            text: 'It raised enough.',
            run_id: 'r-1',
            scenario_set_id: null,
          },
        ],
        understood: ['pause'],
        notUsed: ['num scenarios 9 (must be between 1 and 5)'],
        notes: ['There is nothing waiting for a yes right now; nothing ran.'],
        plan: plan(
          [
            contribution({ scenario_id: 'program_intake', contribution_type: 'INFORM', is_final: true }),
            contribution({ scenario_id: 'program_intake', contribution_type: 'ACTION_HINT', current_step_name: 'Run the program' }),
          ],
          [
            {
              scenario_id: 'what_if_analysis',
              scenario_name: 'What-if analysis',
              scenario_version: 1,
              current_step_id: 'confirm',
              current_step_name: 'Confirm the scenarios',
              paused_at: '2025-01-01T00:00:00.000Z',
              pause_reason: 'user_requested',
            },
          ],
        ),
      }),
    );
    expect(composed.reply.split('\n')).toEqual([
      'Paused the what-if analysis.',
      'Cancelled the run explanation.',
      'Back to the program intake.',
      'Understood: pause.',
      'I could not use: num scenarios 9 (must be between 1 and 5).',
      'There is nothing waiting for a yes right now; nothing ran.',
      'Ran the program.',
      'It raised enough.',
      'The what-if analysis is paused at "Confirm the scenarios"; say "resume" to pick it up.',
    ]);
  });

  it('tells the state of a tool step that did not run this turn', () => {
    const step = { scenario_id: 'program_intake', contribution_type: 'ACTION_HINT', current_step_name: 'Run the program' } as const;
    expect(composeReply(input({ plan: plan([contribution({ ...step, last_action_status: 'failed' })]) })).reply).toBe(
      'Run the program failed last time; say "yes" to try again.',
    );
    expect(composeReply(input({ plan: plan([contribution(step)]) })).reply).toBe('Run the program is in progress.');
  });

  it('falls back to the help text when nothing is to be said', () => {
    expect(composeReply(input({})).reply).toBe(HELP_REPLY);
    expect(composeReply(input({ plan: plan([contribution({ scenario_id: 'x', contribution_type: 'NONE' })]) })).reply).toBe(HELP_REPLY);
    // What could not be used is said first, then what the session can do.
    expect(composeReply(input({ notUsed: ['"150"'] })).reply).toBe(`I could not use: "150".\n${HELP_REPLY}`);
  });

  it('renders one line per non-deferred question, in plan order, never a deferred one, and asks about the first ASK', () => {
    const arbitraryContribution = fc.record({
      scenario_id: fc.constantFrom('program_intake', 'what_if_analysis', 'explain_run', 'other'),
      contribution_type: fc.constantFrom('ASK', 'CONFIRM', 'INFORM', 'NONE'),
      fields_to_ask: fc.array(fc.constantFrom('target_amount', 'max_net_leverage', 'num_scenarios', 'run_id'), {
        minLength: 1,
        maxLength: 2,
      }),
      deferred: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryContribution, { maxLength: 6 }), (entries) => {
        const contributions = entries.map((entry) =>
          contribution({ ...entry, fields_to_ask: entry.contribution_type === 'ASK' ? entry.fields_to_ask : [] }),
        );
        const composed = composeReply(input({ plan: plan(contributions) }));
        const shown = contributions.filter(
          (entry) => !entry.deferred && (entry.contribution_type === 'ASK' || entry.contribution_type === 'CONFIRM'),
        );
        if (shown.length === 0) {
          expect(composed.reply).toBe(HELP_REPLY);
          expect(composed.asked).toBeNull();
          return;
        }
        expect(composed.reply.split('\n')).toHaveLength(shown.length);
        const firstAsk = shown.find((entry) => entry.contribution_type === 'ASK');
        expect(composed.asked).toEqual(
          firstAsk === undefined ? null : { scenario_id: firstAsk.scenario_id, field: firstAsk.fields_to_ask[0] },
        );
        // Deterministic: the same plan always gives the same reply.
        expect(composeReply(input({ plan: plan(contributions) }))).toEqual(composed);
      }),
    );
  });
});

describe('describeFigures', () => {
  it('lists what is known and falls back to the brief for the target', () => {
    expect(describeFigures({})).toBe('the target the brief gives');
    expect(describeFigures({ max_net_leverage: 4 })).toBe('the target the brief gives and net leverage at most 4x');
    expect(describeFigures({ target_amount: 1.25e9, min_fixed_charge_coverage: 1.5 })).toBe(
      'a target of $1.25B and fixed charge coverage at least 1.5x',
    );
  });
});
