import type { ScenarioInput } from '../scenario-definition.js';

/** A guided intake shaped like the service's planning playbook: collect, confirm, run a tool, report. */
export const programIntake: ScenarioInput = {
  id: 'program_intake',
  name: 'Program intake',
  version: 1,
  description: 'Collect a target and constraints, confirm, run the program, show the results.',
  triggers: { keywords: ['raise', 'program', 'proceeds'], intents: ['plan_program'] },
  entry_step_id: 'portfolio',
  steps: [
    { id: 'portfolio', name: 'Portfolio', collects_fields: ['portfolio_id'], can_skip: true, transitions: [{ to_step_id: 'target' }] },
    { id: 'target', name: 'Target', collects_fields: ['target_amount'], can_skip: true, transitions: [{ to_step_id: 'constraints' }] },
    {
      id: 'constraints',
      name: 'Constraints',
      collects_fields: ['max_net_leverage', 'min_fixed_charge_coverage'],
      can_skip: true,
      transitions: [{ to_step_id: 'confirm_run' }],
    },
    {
      id: 'confirm_run',
      name: 'Confirm the run',
      is_checkpoint: true,
      checkpoint_description: 'Run the program with the target and constraints collected so far',
      transitions: [{ to_step_id: 'run_program' }],
    },
    {
      id: 'run_program',
      name: 'Run the program',
      performs_action: true,
      is_required_action: true,
      tool_ids: ['run_program'],
      transitions: [{ to_step_id: 'results' }],
    },
    { id: 'results', name: 'Results', template_ids: ['program_results'] },
  ],
};

/** A second playbook that runs beside the intake. */
export const whatIfAnalysis: ScenarioInput = {
  id: 'what_if_analysis',
  name: 'What-if analysis',
  version: 1,
  description: 'Compare variants of a brief.',
  triggers: { keywords: ['what-if', 'conservative case', 'compare'], patterns: ['\\bshow me (an? )?\\w+ case\\b'] },
  entry_step_id: 'variants',
  steps: [
    { id: 'variants', name: 'Variants', collects_fields: ['num_scenarios'], can_skip: true, transitions: [{ to_step_id: 'confirm' }] },
    { id: 'confirm', name: 'Confirm the set', is_checkpoint: true, transitions: [{ to_step_id: 'run_scenario_set' }] },
    {
      id: 'run_scenario_set',
      name: 'Run the set',
      performs_action: true,
      is_required_action: true,
      tool_ids: ['run_scenario_set'],
      transitions: [{ to_step_id: 'compare' }],
    },
    { id: 'compare', name: 'Compare', template_ids: ['scenario_comparison'] },
  ],
};

/** A two-step playbook that finishes in the turn that gives it its field. */
export const explainRun: ScenarioInput = {
  id: 'explain_run',
  name: 'Explain a run',
  version: 1,
  description: 'Explain a stored run.',
  triggers: { keywords: ['explain', 'why'] },
  entry_step_id: 'run',
  steps: [
    { id: 'run', name: 'Which run', collects_fields: ['run_id'], can_skip: true, transitions: [{ to_step_id: 'explain' }] },
    { id: 'explain', name: 'Explain', template_ids: ['run_explanation'] },
  ],
};

/** The three playbooks together. */
export const playbooks: readonly ScenarioInput[] = [programIntake, whatIfAnalysis, explainRun];
