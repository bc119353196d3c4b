import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from './__fixtures__/turn-helpers.js';
import type { Condition } from './condition.js';
import { loadScenarioDefinitions } from './load-scenario-definitions.js';
import type { OrchestrationConfigInput } from './orchestration-config.js';
import { createOrchestrator } from './orchestrator.js';
import type { ScenarioInput, ScenarioStepInput } from './scenario-definition.js';
import { createSession, type Session } from './session.js';
import { deepFreeze } from './testing.js';
import type { TurnInput } from './turn-input.js';
import { TurnResultSchema, type TurnResult } from './turn-result.js';

const FIELDS = ['f0', 'f1', 'f2', 'f3'] as const;

const conditionArbitrary: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ exists: fc.constantFrom(...FIELDS) }),
  fc.record({ equals: fc.record({ field: fc.constantFrom(...FIELDS), value: fc.constantFrom(0, 1) }) }),
  fc.record({
    compare: fc.record({
      field: fc.constantFrom(...FIELDS),
      operator: fc.constantFrom('gt' as const, 'lte' as const),
      value: fc.constant(0),
    }),
  }),
  fc.record({ not: fc.record({ exists: fc.constantFrom(...FIELDS) }) }),
);

const stepSpecArbitrary = fc.record({
  canSkip: fc.boolean(),
  checkpoint: fc.boolean(),
  action: fc.constantFrom('none', 'none', 'optional', 'required'),
  collects: fc.subarray([...FIELDS], { maxLength: 2 }),
  template: fc.boolean(),
  parent: fc.nat(),
  parentCondition: fc.option(conditionArbitrary, { nil: undefined }),
  extraTarget: fc.option(fc.nat(), { nil: undefined }),
  extraCondition: conditionArbitrary,
  backTarget: fc.option(fc.nat(), { nil: undefined }),
  backCondition: conditionArbitrary,
});

/** A random scenario that passes every load-time check: forward edges reach the last (terminal) step; back edges make loops. */
function scenarioArbitrary(id: string): fc.Arbitrary<ScenarioInput> {
  return fc.array(stepSpecArbitrary, { minLength: 2, maxLength: 7 }).map((specs) => {
    const count = specs.length;
    const transitions: { to_step_id: string; condition?: Condition }[][] = specs.map(() => []);
    specs.forEach((spec, index) => {
      if (index === 0) return;
      const parent = spec.parent % index;
      transitions[parent]!.push({
        to_step_id: `${id}_${index}`,
        ...(spec.parentCondition === undefined ? {} : { condition: spec.parentCondition }),
      });
    });
    specs.forEach((spec, index) => {
      if (index === count - 1) return;
      if (spec.extraTarget !== undefined) {
        const target = index + 1 + (spec.extraTarget % (count - index - 1));
        transitions[index]!.push({ to_step_id: `${id}_${target}`, condition: spec.extraCondition });
      }
      if (spec.backTarget !== undefined)
        transitions[index]!.push({ to_step_id: `${id}_${spec.backTarget % (index + 1)}`, condition: spec.backCondition });
      // Every non-final step keeps a forward edge, so every step can reach the terminal one.
      if (!transitions[index]!.some((transition) => Number(transition.to_step_id.split('_').at(-1)) > index))
        transitions[index]!.push({ to_step_id: `${id}_${index + 1}` });
    });
    const steps: ScenarioStepInput[] = specs.map((spec, index) => ({
      id: `${id}_${index}`,
      name: `${id} step ${index}`,
      collects_fields: spec.collects,
      can_skip: spec.canSkip,
      is_checkpoint: spec.checkpoint,
      performs_action: spec.action !== 'none',
      is_required_action: spec.action === 'required',
      tool_ids: spec.action === 'none' ? [] : [`tool_${index}`],
      template_ids: spec.template ? [`template_${index}`] : [],
      transitions: index === count - 1 ? [] : transitions[index]!,
    }));
    return { id, name: id, version: 1, entry_step_id: `${id}_0`, steps };
  });
}

const definitionsArbitrary = fc
  .integer({ min: 1, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => scenarioArbitrary(`sc${index}`))));

const configArbitrary: fc.Arbitrary<OrchestrationConfigInput> = fc.record({
  max_simultaneous_scenarios: fc.integer({ min: 1, max: 3 }),
  enable_multi_scenario: fc.boolean(),
  enable_step_skipping: fc.boolean(),
  block_on_missing_hard_fields: fc.boolean(),
  max_loop_count: fc.integer({ min: 1, max: 3 }),
  max_questions_per_turn: fc.integer({ min: 1, max: 2 }),
});

function turnArbitrary(scenarioIds: readonly string[]): fc.Arbitrary<TurnInput> {
  const scenarioId = fc.constantFrom(...scenarioIds);
  return fc.record({
    fields: fc.dictionary(fc.constantFrom(...FIELDS), fc.constantFrom(0, 1, null), { maxKeys: 3 }),
    customer_data: fc.dictionary(fc.constantFrom(...FIELDS), fc.constantFrom(0, 1), { maxKeys: 1 }),
    candidates: fc.uniqueArray(fc.record({ scenario_id: scenarioId, score: fc.constantFrom(0.3, 0.5, 0.8, 1) }), {
      selector: (candidate) => candidate.scenario_id,
      maxLength: 3,
    }),
    signal: fc.oneof(
      fc.constant({ type: 'none' as const }),
      fc.record({ type: fc.constantFrom('pause' as const, 'cancel' as const, 'exit' as const, 'resume' as const) }),
      fc.record({ type: fc.constantFrom('pause' as const, 'cancel' as const, 'resume' as const), scenario_id: scenarioId }),
    ),
    confirmations: fc.oneof(
      fc.constant<{ scenario_id?: string }[]>([]),
      fc.constant<{ scenario_id?: string }[]>([{}]),
      scenarioId.map((id) => [{ scenario_id: id }]),
    ),
    action_results: fc.uniqueArray(
      fc.record({ scenario_id: scenarioId, status: fc.constantFrom('succeeded' as const, 'failed' as const) }),
      {
        selector: (result) => result.scenario_id,
        maxLength: 2,
      },
    ),
  });
}

const scenarioWithTurns = fc
  .tuple(definitionsArbitrary, configArbitrary)
  .chain(([definitions, config]) =>
    fc.tuple(
      fc.constant(definitions),
      fc.constant(config),
      fc.array(turnArbitrary(definitions.map((definition) => definition.id)), { minLength: 1, maxLength: 8 }),
    ),
  );

interface TurnCheck {
  readonly registry: ReturnType<typeof loadScenarioDefinitions>;
  readonly config: OrchestrationConfigInput;
  readonly session: Session;
  readonly input: TurnInput;
  readonly result: TurnResult;
  readonly orchestrator: ReturnType<typeof createOrchestrator>;
}

/** Runs random conversations over random definitions and checks `invariant` after every turn. */
function forEveryTurn(invariant: (check: TurnCheck) => void): void {
  fc.assert(
    fc.property(scenarioWithTurns, ([definitions, config, turns]) => {
      const registry = loadScenarioDefinitions(definitions);
      const orchestrator = createOrchestrator({ definitions: registry, config });
      let session: Session = deepFreeze(createSession('property'));
      turns.forEach((turn, index) => {
        // Frozen inputs: any write inside processTurn would throw.
        const input = deepFreeze({ ...turn, now: at(index + 1) });
        const result = orchestrator.processTurn(session, input);
        invariant({ registry, config, session, input, result, orchestrator });
        session = deepFreeze(result.session);
      });
    }),
    { numRuns: 150 },
  );
}

// 150 random conversations per invariant take about a second each on a quiet machine;
// the longer timeout keeps a busy CI machine from failing them for time alone.
describe('orchestrator invariants over random definitions and conversations', { timeout: 30_000 }, () => {
  it('never has more active instances than allowed, nor two open instances of one scenario', () => {
    forEveryTurn(({ config, result }) => {
      const limit = config.enable_multi_scenario ? (config.max_simultaneous_scenarios as number) : 1;
      const open = result.session.instances.filter((instance) => instance.status === 'active' || instance.status === 'paused');
      expect(open.filter((instance) => instance.status === 'active').length).toBeLessThanOrEqual(limit);
      expect(new Set(open.map((instance) => instance.scenario_id)).size).toBe(open.length);
    });
  });

  it('never skips past a checkpoint or a required action, and only skips skippable steps when skipping is on', () => {
    forEveryTurn(({ registry, config, result }) => {
      for (const transition of result.transition_decisions) {
        const definition = registry.require(transition.scenario_id, transition.scenario_version);
        if (!config.enable_step_skipping) expect(transition.skipped_steps).toEqual([]);
        for (const skipped of transition.skipped_steps) {
          const skippedStep = definition.steps.find((candidate) => candidate.id === skipped);
          expect(skippedStep).toMatchObject({ is_checkpoint: false, is_required_action: false, can_skip: true });
        }
      }
    });
  });

  it('keeps the step and variables of paused instances', () => {
    forEveryTurn(({ session, input, result }) => {
      const before = new Map(
        session.instances
          .filter((instance) => instance.status === 'active' || instance.status === 'paused')
          .map((instance) => [instance.instance_id, instance]),
      );
      const stated = Object.keys(input.fields);
      for (const instance of result.session.instances) {
        const earlier = before.get(instance.instance_id);
        if (earlier === undefined || instance.status !== 'paused') continue;
        const decisions = result.lifecycle_decisions.filter((candidate) => candidate.scenario_id === instance.scenario_id);
        // Left alone while paused: unchanged in every respect, except that a field the
        // turn states leaves its fields to restate (the user has now said it again).
        if (earlier.status === 'paused' && decisions.length === 0) {
          const { fields_to_restate: restateAfter, ...after } = instance;
          const { fields_to_restate: restateBefore, ...unchanged } = earlier;
          expect(after).toEqual(unchanged);
          expect(restateAfter ?? []).toEqual((restateBefore ?? []).filter((field) => !stated.includes(field)));
        }
        // Paused by the user this turn: still at the same step with the same variables.
        if (
          earlier.status === 'active' &&
          decisions.some((decision) => decision.action === 'PAUSE' && decision.pause_reason === 'user_requested')
        ) {
          expect(instance.current_step_id).toBe(earlier.current_step_id);
          expect(instance.variables).toEqual(earlier.variables);
        }
      }
    });
  });

  it('decides deterministically', () => {
    forEveryTurn(({ orchestrator, session, input, result }) => {
      expect(orchestrator.processTurn(session, input)).toEqual(result);
    });
  });

  it('never mutates the input session, and returns a valid, serialisable new version', () => {
    forEveryTurn(({ orchestrator, session, result }) => {
      expect(Object.isFrozen(session)).toBe(true);
      expect(result.session.version).toBe(session.version + 1);
      TurnResultSchema.parse(result);
      expect(orchestrator.loadSession(JSON.parse(JSON.stringify(result.session)))).toEqual(result.session);
      // Contributions come from the active instances and from those that completed this turn.
      const completedNow = new Set(
        result.lifecycle_decisions.filter((decision) => decision.action === 'COMPLETE').map((decision) => decision.scenario_id),
      );
      expect(new Set(result.plan.contributions.map((contribution) => contribution.scenario_id))).toEqual(
        new Set([...result.plan.active_scenario_ids, ...completedNow]),
      );
    });
  });
});
