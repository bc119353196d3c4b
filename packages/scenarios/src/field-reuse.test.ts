import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playbooks, programIntake } from './__fixtures__/playbooks.js';
import { at, instanceOf, newSession, orchestratorFor, runTurns, startTurn } from './__fixtures__/turn-helpers.js';
import { loadScenarioDefinitions } from './load-scenario-definitions.js';
import type { ScenarioInput } from './scenario-definition.js';
import { instanceFieldValues, type Session } from './session.js';
import type { TurnInput } from './turn-input.js';

const FIGURES = { target_amount: 150, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 };

/** A program run to completion: started with every figure, confirmed, its tool reported. */
function completedProgram(): TurnInput[] {
  return [
    startTurn('program_intake', { fields: FIGURES }),
    { confirmations: [{ scenario_id: 'program_intake' }] },
    { action_results: [{ scenario_id: 'program_intake', status: 'succeeded', variables: { run_id: 'r-1' } }] },
  ];
}

function withReuse(reuse: ScenarioInput['field_reuse']): ScenarioInput[] {
  return playbooks.map((definition) => (definition.id === programIntake.id ? { ...definition, field_reuse: reuse } : definition));
}

describe('field reuse between instances of one scenario', () => {
  it('defaults to asking again: a second program does not reuse the first one’s figures', () => {
    const orchestrator = orchestratorFor();
    const results = runTurns(orchestrator, newSession({ portfolio_id: 'p-1' }), [...completedProgram(), startTurn('program_intake')]);
    expect(results[2]!.session.instances[0]!.status).toBe('completed');
    const second = results[3]!;
    const instance = instanceOf(second.session, 'program_intake');
    expect(instance.instance_id).toBe('program_intake#2');
    // portfolio_id was never an answer of the program's: it is covered too, unless carried (see below).
    expect(instance.fields_to_restate).toEqual(['portfolio_id', 'target_amount', 'max_net_leverage', 'min_fixed_charge_coverage']);
    expect(second.plan.contributions[0]).toMatchObject({ contribution_type: 'ASK', current_step_id: 'portfolio' });
    expect(instanceFieldValues(second.session, instance)).toEqual({});
    // The session still holds the values: the first instance's record is untouched.
    expect(second.session.variables).toMatchObject(FIGURES);
  });

  it('asks for every covered field again, one step after the other, and uses each once restated', () => {
    const orchestrator = orchestratorFor({}, withReuse({ policy: 'ask_again', carry_fields: ['portfolio_id'] }));
    const results = runTurns(orchestrator, newSession({ portfolio_id: 'p-1' }), [
      ...completedProgram(),
      startTurn('program_intake'),
      { fields: { target_amount: 80 } },
      { fields: { max_net_leverage: 3, min_fixed_charge_coverage: 2 } },
    ]);
    const [, , , started, target, covenants] = results;
    expect(started!.plan.contributions[0]).toMatchObject({ contribution_type: 'ASK', fields_to_ask: ['target_amount'] });
    expect(target!.plan.contributions[0]).toMatchObject({
      contribution_type: 'ASK',
      fields_to_ask: ['max_net_leverage', 'min_fixed_charge_coverage'],
    });
    expect(instanceOf(target!.session, 'program_intake').fields_to_restate).toEqual(['max_net_leverage', 'min_fixed_charge_coverage']);
    expect(covenants!.plan.contributions[0]).toMatchObject({ contribution_type: 'CONFIRM', current_step_id: 'confirm_run' });
    const instance = instanceOf(covenants!.session, 'program_intake');
    expect(instance.fields_to_restate).toBeUndefined();
    expect(instanceFieldValues(covenants!.session, instance)).toMatchObject({
      portfolio_id: 'p-1',
      target_amount: 80,
      max_net_leverage: 3,
      min_fixed_charge_coverage: 2,
    });
  });

  it('uses the fields the starting message states at once', () => {
    const orchestrator = orchestratorFor({}, withReuse({ policy: 'ask_again', carry_fields: ['portfolio_id'] }));
    const results = runTurns(orchestrator, newSession({ portfolio_id: 'p-1' }), [
      ...completedProgram(),
      startTurn('program_intake', { fields: { target_amount: 90 } }),
    ]);
    const instance = instanceOf(results[3]!.session, 'program_intake');
    expect(instance.fields_to_restate).toEqual(['max_net_leverage', 'min_fixed_charge_coverage']);
    expect(results[3]!.plan.contributions[0]).toMatchObject({ fields_to_ask: ['max_net_leverage', 'min_fixed_charge_coverage'] });
  });

  it('covers the listed fields only, and reuses everything under the reuse policy', () => {
    const listed = orchestratorFor({}, withReuse({ policy: 'ask_again', fields: ['target_amount', 'exclude_markets'] }));
    const session = newSession({ portfolio_id: 'p-1', exclude_markets: ['Dallas'] });
    const results = runTurns(listed, session, [...completedProgram(), startTurn('program_intake')]);
    const instance = instanceOf(results[3]!.session, 'program_intake');
    expect(instance.fields_to_restate).toEqual(['target_amount', 'exclude_markets']);
    expect(results[3]!.plan.contributions[0]).toMatchObject({ fields_to_ask: ['target_amount'] });
    expect(instanceFieldValues(results[3]!.session, instance)).not.toHaveProperty('exclude_markets');

    const reusing = orchestratorFor({}, withReuse({ policy: 'reuse' }));
    const again = runTurns(reusing, session, [...completedProgram(), startTurn('program_intake')]);
    expect(instanceOf(again[3]!.session, 'program_intake').fields_to_restate).toBeUndefined();
    expect(again[3]!.plan.contributions[0]).toMatchObject({ contribution_type: 'CONFIRM' });
  });

  it('never touches the first instance of a scenario', () => {
    const orchestrator = orchestratorFor();
    const [first] = runTurns(orchestrator, newSession({ portfolio_id: 'p-1', ...FIGURES }), [startTurn('program_intake')]);
    expect(instanceOf(first!.session, 'program_intake').fields_to_restate).toBeUndefined();
    expect(first!.plan.contributions[0]).toMatchObject({ contribution_type: 'CONFIRM' });
  });

  it('is part of the validated definition, with its default filled in', () => {
    const registry = loadScenarioDefinitions([programIntake]);
    expect(registry.require('program_intake', 1).field_reuse).toEqual({ policy: 'ask_again', fields: [], carry_fields: [] });
    expect(() => loadScenarioDefinitions([{ ...programIntake, field_reuse: { policy: 'sometimes' } }])).toThrow(/field_reuse\.policy/);
  });

  it('property: a new instance sees a covered field only once a turn after its start states it', () => {
    const covered = ['target_amount', 'max_net_leverage', 'min_fixed_charge_coverage'] as const;
    const orchestrator = orchestratorFor({}, withReuse({ policy: 'ask_again', carry_fields: ['portfolio_id'] }));
    const base = runTurns(orchestrator, newSession({ portfolio_id: 'p-1' }), completedProgram()).at(-1)!.session;
    const turnArbitrary = fc.record({
      fields: fc.dictionary(fc.constantFrom(...covered), fc.integer({ min: 1, max: 9 }), { maxKeys: 2 }),
    });
    fc.assert(
      fc.property(fc.array(turnArbitrary, { minLength: 1, maxLength: 5 }), (turns) => {
        let session: Session = base;
        const stated = new Map<string, number>();
        turns.forEach((turn, index) => {
          const input: TurnInput = index === 0 ? startTurn('program_intake', turn) : turn;
          const result = orchestrator.processTurn(session, { ...input, now: at(10 + index) });
          session = result.session;
          for (const [field, value] of Object.entries(turn.fields)) stated.set(field, value);
          const instance = session.instances.at(-1)!;
          if (instance.status !== 'active') return;
          const seen = instanceFieldValues(session, instance);
          for (const field of covered) {
            // Stated since the start: the stated value; otherwise never the first program's answer.
            if (stated.has(field)) expect(seen[field]).toBe(stated.get(field));
            else expect(seen).not.toHaveProperty(field);
          }
          expect(seen['portfolio_id']).toBe('p-1');
        });
      }),
      { numRuns: 60 },
    );
  });
});
