import type { JsonValue, ScenarioDefinition } from '@leaseback/domain';
import { describeField } from './describe-fields.js';

/** A what-if the user named ("what if the target were $200M"): its label and the fields it changes. */
export interface WhatIfChange {
  readonly label: string;
  readonly fields: Record<string, JsonValue>;
}

/** The fields a what-if can change: those a scenario definition carries. */
export const WHAT_IF_FIELDS: readonly string[] = Object.freeze([
  'target_amount',
  'max_net_leverage',
  'min_fixed_charge_coverage',
  'max_criticality',
  'min_leaseability',
  'exclude_markets',
  'lease_term_years',
  'rent_escalator',
]);

const WHAT_IF_WORDS = /\bwhat[-\s]?if\b/i;
const CASE_WORDS = /\b(?:case|variant|scenario)\b/i;
const LABEL_LENGTH = 50;

/**
 * True when the message asks a what-if about a program that already exists
 * ("what if the target were $200M?", "a 3.0x leverage case"): its figures
 * become a custom scenario beside the base, never an edit of the base.
 * A first brief that mentions scenarios ("raise $150M, show me 3 scenarios")
 * defines the base, so "case" words count only once a program exists.
 */
export function isWhatIfRequest(message: string, programExists: boolean): boolean {
  return WHAT_IF_WORDS.test(message) || (programExists && CASE_WORDS.test(message));
}

/** "Target $200M", "Exclude Chicago", "Net leverage at most 3x": the change, as its label (at most 50 characters). */
export function whatIfLabel(fields: Readonly<Record<string, JsonValue>>): string {
  const text = Object.entries(fields)
    .map(([name, value]) => describeField(name, value))
    .join(', ');
  const label = text.length === 0 ? 'What-if' : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
  return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1)}…`;
}

/**
 * The custom scenario definition of a what-if over the program in force: its
 * target (or the base target), its covenant and filter overrides, its lease
 * term and escalator, and the markets it adds to the exclusions. `null` while no target is known (the
 * session asks for the amount first).
 */
export function customScenario(change: WhatIfChange, base: Readonly<Record<string, unknown>>): ScenarioDefinition | null {
  const target = numberOf(change.fields, 'target_amount') ?? numberOf(base, 'target_amount');
  if (target === null) return null;
  const definition: ScenarioDefinition = {
    label: change.label,
    kind: 'custom',
    rationale: `Asked for in the conversation: ${change.label}`.slice(0, 200),
    target_amount: target,
  };
  const leverage = numberOf(change.fields, 'max_net_leverage');
  if (leverage !== null) definition.max_leverage = leverage;
  const coverage = numberOf(change.fields, 'min_fixed_charge_coverage');
  if (coverage !== null) definition.min_coverage = coverage;
  const criticality = numberOf(change.fields, 'max_criticality');
  if (criticality !== null) definition.max_criticality = criticality;
  const leaseability = numberOf(change.fields, 'min_leaseability');
  if (leaseability !== null) definition.min_leaseability = leaseability;
  const term = numberOf(change.fields, 'lease_term_years');
  if (term !== null) definition.lease_term_years = term;
  const escalator = numberOf(change.fields, 'rent_escalator');
  if (escalator !== null) definition.rent_escalator = escalator;
  const exclude = change.fields['exclude_markets'];
  if (Array.isArray(exclude) && exclude.length > 0)
    definition.exclude_markets = exclude.filter((item): item is string => typeof item === 'string');
  return definition;
}

function numberOf(fields: Readonly<Record<string, unknown>>, name: string): number | null {
  const value = fields[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
