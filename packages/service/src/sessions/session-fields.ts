import { EXTRACTABLE_FIELDS } from '@leaseback/llm';
import { z } from 'zod';

/** How the conversation treats one field the playbooks collect. */
export interface SessionFieldRule {
  /** What the field holds, for the field extractor. */
  readonly description: string;
  /** The one question the reply asks when the field is missing. */
  readonly question: string;
  /** The values accepted; anything else is ignored and reported. */
  readonly schema: z.ZodType;
  /**
   * Rewrites a bare answer to this field's question ("150M", "3.5x") as a
   * phrase the extractor reads ("raise 150M"). Absent when answers always
   * carry their own cue (a run id is a UUID).
   */
  readonly frameAnswer?: (message: string) => string;
}

/** Fields the service sets itself (never read from a message). */
export const SERVICE_FIELDS: readonly string[] = Object.freeze(['portfolio_id']);

/** The control fields read from every message besides the playbooks' fields. */
export const CONTROL_FIELDS = Object.freeze({ lifecycleSignal: 'lifecycle_signal', confirmation: 'confirmation' } as const);

/**
 * The fields the SLB playbooks collect, with their questions and bounds. The
 * bounds are those of the program request the fields become overrides of
 * (`target_override > 0`, `max_leverage_override` in (0, 10),
 * `min_coverage_override` in (0, 20)) and of a scenario set (1 to 5 scenarios).
 */
export const SESSION_FIELD_RULES: Readonly<Record<string, SessionFieldRule>> = Object.freeze({
  target_amount: {
    description: EXTRACTABLE_FIELDS.target_amount,
    question: 'How much should the program raise (for example $150M)?',
    schema: z.number().finite().gt(0, 'must be more than zero'),
    frameAnswer: (message: string) => `raise ${message}`,
  },
  max_net_leverage: {
    description: EXTRACTABLE_FIELDS.max_net_leverage,
    question: 'What is the highest net leverage the program may leave you at (for example 3.5x)?',
    schema: z.number().gt(0, 'must be between 0 and 10').lt(10, 'must be between 0 and 10'),
    frameAnswer: (message: string) => `net leverage below ${message}`,
  },
  min_fixed_charge_coverage: {
    description: EXTRACTABLE_FIELDS.min_fixed_charge_coverage,
    question: 'What is the lowest fixed charge coverage you can accept (for example 1.5x)?',
    schema: z.number().gt(0, 'must be between 0 and 20').lt(20, 'must be between 0 and 20'),
    frameAnswer: (message: string) => `FCCR of at least ${message}`,
  },
  num_scenarios: {
    description: EXTRACTABLE_FIELDS.num_scenarios,
    question: 'How many scenarios should I compare (1 to 5, the base case first)?',
    schema: z.int('must be a whole number').min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5'),
    frameAnswer: (message: string) => `${message} scenarios`,
  },
  run_id: {
    description: EXTRACTABLE_FIELDS.run_id,
    question: 'Which run should I explain? Give me its id.',
    schema: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  },
});

/** The rule of a field, when the playbooks collect it. */
export function fieldRule(field: string): SessionFieldRule | undefined {
  return Object.hasOwn(SESSION_FIELD_RULES, field) ? SESSION_FIELD_RULES[field] : undefined;
}

/** The question for a missing field (a generic one for a field without a rule). */
export function questionFor(field: string): string {
  return fieldRule(field)?.question ?? `What is the ${field.replaceAll('_', ' ')}?`;
}
