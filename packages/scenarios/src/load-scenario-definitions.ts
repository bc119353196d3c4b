import { z } from 'zod';
import { ScenarioDefinitionsObjectSchema, ScenarioSchema, type Scenario } from './scenario-definition.js';
import { ScenarioDefinitionError, type ScenarioProblem } from './scenario-error.js';
import { ScenarioRegistry } from './scenario-registry.js';
import { problemsFromZodError } from './zod-problems.js';

/**
 * Validates scenario definitions and returns them as a registry keyed by
 * `(id, version)`. Accepts a list or `{ scenarios: [...] }` (e.g. parsed JSON).
 *
 * Besides the schema it checks that each `(id, version)` appears once, step ids
 * are unique within a scenario, the entry step and every transition target
 * exist, every step is reachable from the entry step, every step can reach a
 * terminal step (one with no transitions), action steps name their tools,
 * `is_required_action` only marks action steps, `checkpoint_description` only
 * describes checkpoints, and trigger patterns are valid regular expressions.
 *
 * @throws ScenarioDefinitionError listing every problem as `path: message`,
 *   paths rooted at `scenarios`, e.g. `scenarios[0].steps[2].transitions[0].to_step_id`.
 */
export function loadScenarioDefinitions(input: unknown): ScenarioRegistry {
  return new ScenarioRegistry(validateScenarioDefinitions(input));
}

/** Like `loadScenarioDefinitions` but returns the validated list (defaults filled in) instead of a registry. */
export function validateScenarioDefinitions(input: unknown): Scenario[] {
  // Dispatch on the shape rather than through a union, so errors point into the list that was meant.
  const isList = Array.isArray(input);
  if (!isList && (typeof input !== 'object' || input === null)) {
    throw new ScenarioDefinitionError([{ path: '', message: 'must be a list of scenarios or an object with a "scenarios" list' }]);
  }
  const parsed = isList ? z.array(ScenarioSchema).safeParse(input) : ScenarioDefinitionsObjectSchema.safeParse(input);
  if (!parsed.success) throw new ScenarioDefinitionError(problemsFromZodError(parsed.error, isList ? 'scenarios' : ''));
  const scenarios = Array.isArray(parsed.data) ? parsed.data : parsed.data.scenarios;
  const problems: ScenarioProblem[] = [];
  const seen = new Map<string, number>();
  scenarios.forEach((scenario, index) => {
    const key = `${scenario.id}@${scenario.version}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path: `scenarios[${index}].id`,
        message: `duplicate scenario "${scenario.id}" version ${scenario.version} (also at scenarios[${first}])`,
      });
    } else {
      seen.set(key, index);
    }
    problems.push(...checkScenario(scenario, `scenarios[${index}]`));
  });
  if (problems.length > 0) throw new ScenarioDefinitionError(problems);
  return scenarios;
}

function checkScenario(scenario: Scenario, root: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const where = `in scenario "${scenario.id}"`;
  const stepIndex = new Map<string, number>();
  scenario.steps.forEach((step, index) => {
    const first = stepIndex.get(step.id);
    if (first !== undefined) {
      problems.push({ path: `${root}.steps[${index}].id`, message: `duplicate step id "${step.id}" ${where} (also at steps[${first}])` });
    } else {
      stepIndex.set(step.id, index);
    }
  });

  scenario.triggers.patterns.forEach((pattern, index) => {
    try {
      new RegExp(pattern, 'iu');
    } catch (error) {
      problems.push({
        path: `${root}.triggers.patterns[${index}]`,
        message: `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  });

  let targetsExist = stepIndex.has(scenario.entry_step_id);
  if (!targetsExist) {
    problems.push({ path: `${root}.entry_step_id`, message: `entry step "${scenario.entry_step_id}" does not exist ${where}` });
  }
  scenario.steps.forEach((step, index) => {
    const stepPath = `${root}.steps[${index}]`;
    step.transitions.forEach((transition, transitionIndex) => {
      if (!stepIndex.has(transition.to_step_id)) {
        targetsExist = false;
        problems.push({
          path: `${stepPath}.transitions[${transitionIndex}].to_step_id`,
          message: `step "${transition.to_step_id}" does not exist ${where}`,
        });
      }
    });
    if (step.performs_action && step.tool_ids.length === 0) {
      problems.push({ path: `${stepPath}.tool_ids`, message: `step "${step.id}" performs an action, so it must name at least one tool` });
    }
    if (!step.performs_action && step.tool_ids.length > 0) {
      problems.push({ path: `${stepPath}.performs_action`, message: `step "${step.id}" names tools, so performs_action must be true` });
    }
    if (step.is_required_action && !step.performs_action) {
      problems.push({
        path: `${stepPath}.is_required_action`,
        message: `step "${step.id}" is a required action, so performs_action must be true`,
      });
    }
    if (step.checkpoint_description !== undefined && !step.is_checkpoint) {
      problems.push({
        path: `${stepPath}.checkpoint_description`,
        message: `step "${step.id}" has a checkpoint description, so is_checkpoint must be true`,
      });
    }
  });
  // The graph checks only make sense once every edge points at a real step.
  if (!targetsExist || stepIndex.size !== scenario.steps.length) return problems;

  const reachable = new Set<string>([scenario.entry_step_id]);
  const queue = [scenario.entry_step_id];
  const successors = new Map(scenario.steps.map((step) => [step.id, step.transitions.map((transition) => transition.to_step_id)]));
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const next of successors.get(current) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  const predecessors = new Map<string, string[]>(scenario.steps.map((step) => [step.id, []]));
  for (const step of scenario.steps) {
    for (const transition of step.transitions) predecessors.get(transition.to_step_id)?.push(step.id);
  }
  const reachesTerminal = new Set(scenario.steps.filter((step) => step.transitions.length === 0).map((step) => step.id));
  const backward = [...reachesTerminal];
  while (backward.length > 0) {
    const current = backward.shift() as string;
    for (const previous of predecessors.get(current) ?? []) {
      if (!reachesTerminal.has(previous)) {
        reachesTerminal.add(previous);
        backward.push(previous);
      }
    }
  }
  if (reachesTerminal.size === 0) {
    problems.push({ path: `${root}.steps`, message: `scenario "${scenario.id}" has no terminal step (a step with no transitions)` });
  }
  scenario.steps.forEach((step, index) => {
    if (!reachable.has(step.id)) {
      problems.push({
        path: `${root}.steps[${index}]`,
        message: `step "${step.id}" cannot be reached from the entry step "${scenario.entry_step_id}"`,
      });
    }
    if (reachesTerminal.size > 0 && !reachesTerminal.has(step.id)) {
      problems.push({
        path: `${root}.steps[${index}]`,
        message: `step "${step.id}" cannot reach a terminal step (a step with no transitions)`,
      });
    }
  });
  return problems;
}
