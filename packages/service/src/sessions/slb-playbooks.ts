import { loadScenarioDefinitions, type ScenarioInput, type ScenarioRegistry, type Session } from '@leaseback/scenarios';
import { PROGRAM_FIELDS } from './session-fields.js';

/** The tools the SLB playbooks name; the session use cases run them when their step is confirmed. */
export const SESSION_TOOL_IDS = Object.freeze({
  runProgram: 'run_program',
  runScenarioSet: 'run_scenario_set',
} as const);

/** A tool of the SLB playbooks. */
export type SessionToolId = (typeof SESSION_TOOL_IDS)[keyof typeof SESSION_TOOL_IDS];

/** The templates the SLB playbooks inform with; the session use cases render them. */
export const SESSION_TEMPLATE_IDS = Object.freeze({
  programResults: 'program_results',
  scenarioComparison: 'scenario_comparison',
  runExplanation: 'run_explanation',
} as const);

/** The playbook ids. */
export const SLB_PLAYBOOK_IDS = Object.freeze({
  programIntake: 'program_intake',
  whatIfAnalysis: 'what_if_analysis',
  explainRun: 'explain_run',
} as const);

/**
 * The SLB playbooks, as data. `portfolio_id` is set by the service when a
 * session is created (the portfolio travels with the session), so the portfolio
 * step is always passed; every other field comes from the conversation.
 *
 * - `program_intake`: portfolio → target → constraints → confirm_run
 *   (checkpoint) → run_program (tool `run_program`, required) → results.
 * - `what_if_analysis`: variants (the target; the count defaults to 3) →
 *   confirm (checkpoint) → run_scenario_set (tool, required) → compare.
 * - `explain_run`: run → explain.
 *
 * Field reuse: a second program after the first one does not reuse its
 * target, covenants, filters or exclusions unless the user states them again
 * (every program field, not only those a step asks for: exclusions are read
 * from any message); a second explanation asks which run again. A what-if set
 * varies the program in force, so it reuses what is in force.
 */
export const SLB_PLAYBOOKS: readonly ScenarioInput[] = Object.freeze([
  {
    id: SLB_PLAYBOOK_IDS.programIntake,
    name: 'Program intake',
    version: 1,
    description: 'Collects the capital ask and the covenant limits, confirms them, plans the program and stores the run.',
    triggers: {
      keywords: [
        'raise',
        'raising',
        'sale-leaseback',
        'sale leaseback',
        'leaseback',
        'slb',
        'monetize',
        'monetise',
        'net leverage',
        'leverage',
        'coverage',
        'fccr',
        'plan a program',
        'new program',
        'the program',
      ],
      intents: ['plan_program'],
    },
    entry_step_id: 'portfolio',
    field_reuse: { policy: 'ask_again', fields: [...PROGRAM_FIELDS] },
    steps: [
      { id: 'portfolio', name: 'Portfolio', collects_fields: ['portfolio_id'], can_skip: true, transitions: [{ to_step_id: 'target' }] },
      { id: 'target', name: 'Target', collects_fields: ['target_amount'], can_skip: true, transitions: [{ to_step_id: 'constraints' }] },
      {
        id: 'constraints',
        name: 'Covenants',
        collects_fields: ['max_net_leverage', 'min_fixed_charge_coverage'],
        can_skip: true,
        transitions: [{ to_step_id: 'confirm_run' }],
      },
      {
        id: 'confirm_run',
        name: 'Confirm the run',
        is_checkpoint: true,
        checkpoint_description: 'Run the program',
        transitions: [{ to_step_id: 'run_program' }],
      },
      {
        id: 'run_program',
        name: 'Run the program',
        performs_action: true,
        is_required_action: true,
        tool_ids: [SESSION_TOOL_IDS.runProgram],
        transitions: [{ to_step_id: 'results' }],
      },
      { id: 'results', name: 'Results', template_ids: [SESSION_TEMPLATE_IDS.programResults] },
    ],
  },
  {
    id: SLB_PLAYBOOK_IDS.whatIfAnalysis,
    name: 'What-if analysis',
    version: 1,
    description: 'Runs a set of what-if variants of the brief (base first) and compares them side by side.',
    triggers: {
      keywords: [
        'what if',
        'what-if',
        'scenario',
        'scenarios',
        'variant',
        'variants',
        'conservative',
        'conservative case',
        'aggressive case',
        'downside case',
        'alternatives',
        'sensitivity',
        'compare',
      ],
      intents: ['what_if'],
    },
    entry_step_id: 'variants',
    field_reuse: { policy: 'reuse' },
    steps: [
      // The set runs 3 scenarios unless told otherwise, so only the amount is asked: a
      // what-if set never runs on a brief without a target.
      { id: 'variants', name: 'Variants', collects_fields: ['target_amount'], can_skip: true, transitions: [{ to_step_id: 'confirm' }] },
      {
        id: 'confirm',
        name: 'Confirm the scenarios',
        is_checkpoint: true,
        checkpoint_description: 'Run the what-if scenarios',
        transitions: [{ to_step_id: 'run_scenario_set' }],
      },
      {
        id: 'run_scenario_set',
        name: 'Run the scenarios',
        performs_action: true,
        is_required_action: true,
        tool_ids: [SESSION_TOOL_IDS.runScenarioSet],
        transitions: [{ to_step_id: 'compare' }],
      },
      { id: 'compare', name: 'Comparison', template_ids: [SESSION_TEMPLATE_IDS.scenarioComparison] },
    ],
  },
  {
    id: SLB_PLAYBOOK_IDS.explainRun,
    name: 'Run explanation',
    version: 1,
    description: 'Explains a stored run: its outcome, the binding covenant and what was passed over.',
    triggers: {
      keywords: ['explain', 'explanation'],
      patterns: [String.raw`\bexplain\b[^.?!]*\brun\b`, String.raw`\bwhy\b[^.?!]*\brun\b`],
      intents: ['explain_run'],
    },
    entry_step_id: 'run',
    field_reuse: { policy: 'ask_again' },
    steps: [
      { id: 'run', name: 'Run', collects_fields: ['run_id'], can_skip: true, transitions: [{ to_step_id: 'explain' }] },
      { id: 'explain', name: 'Explanation', template_ids: [SESSION_TEMPLATE_IDS.runExplanation] },
    ],
  },
] satisfies ScenarioInput[]);

/**
 * The SLB playbooks validated and compiled (unique ids, targets exist, every
 * step reachable and able to reach a terminal step).
 *
 * @throws ScenarioDefinitionError (`invalid_scenario_definition`) when the data is inconsistent.
 */
export function loadSlbPlaybooks(definitions: readonly ScenarioInput[] = SLB_PLAYBOOKS): ScenarioRegistry {
  return loadScenarioDefinitions(definitions);
}

/**
 * The session's fields in force: its variables, less those the newest program
 * must have restated (a program started after another one does not reuse the
 * last one's answers; see `field_reuse`). What the reply says back, what new
 * exclusions add to and what the session's brief is written from.
 */
export function fieldsInForce(session: Pick<Session, 'instances' | 'variables'>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...session.variables };
  const program = session.instances.findLast((instance) => instance.scenario_id === SLB_PLAYBOOK_IDS.programIntake);
  for (const field of program?.fields_to_restate ?? []) delete values[field];
  return values;
}
