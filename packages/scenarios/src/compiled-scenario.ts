import { conditionFields } from './condition.js';
import type { Scenario, ScenarioStep } from './scenario-definition.js';

/** A scenario with its lookups precomputed, so a turn never scans step lists. */
export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly steps: ReadonlyMap<string, ScenarioStep>;
  /** Every field the scenario's steps collect or its conditions mention, in definition order. */
  readonly fields: readonly string[];
  /** Per step: the fields it collects plus those its transitions' conditions mention. */
  readonly stepFields: ReadonlyMap<string, ReadonlySet<string>>;
}

const compiledScenarios = new WeakMap<Scenario, CompiledScenario>();

/** Compiles a validated scenario once (cached by object identity; definitions are treated as immutable). */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const cached = compiledScenarios.get(scenario);
  if (cached !== undefined) return cached;
  const steps = new Map<string, ScenarioStep>();
  const stepFields = new Map<string, ReadonlySet<string>>();
  const fields: string[] = [];
  for (const step of scenario.steps) {
    steps.set(step.id, step);
    const own = new Set(step.collects_fields);
    for (const transition of step.transitions) {
      if (transition.condition !== undefined) for (const field of conditionFields(transition.condition)) own.add(field);
    }
    stepFields.set(step.id, own);
    for (const field of own) if (!fields.includes(field)) fields.push(field);
  }
  const compiled: CompiledScenario = { scenario, steps, fields, stepFields };
  compiledScenarios.set(scenario, compiled);
  return compiled;
}
