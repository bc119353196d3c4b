import type { ContributionPlan, LifecycleDecision, ScenarioContribution } from '@leaseback/scenarios';
import { describeChanges } from './describe-fields.js';
import { formatMoney, formatMultiple } from './format-figures.js';
import { sessionBrief } from './session-brief.js';
import { PROGRAM_FIELDS, questionFor } from './session-fields.js';
import type { InformResult, ToolResult } from './session-schemas.js';
import { scenarioCountFor } from './session-tools.js';
import { SLB_PLAYBOOK_IDS } from './slb-playbooks.js';
import type { WhatIfChange } from './what-if-changes.js';

/** What the reply is composed from: the turn's decisions and plan, and what the service did. */
export interface ReplyInput {
  readonly decisions: readonly LifecycleDecision[];
  readonly plan: ContributionPlan;
  readonly toolResults: readonly ToolResult[];
  readonly informs: readonly InformResult[];
  /** What the turn understood, one phrase each (the reply says them back). */
  readonly understood: readonly string[];
  /** What the message said that the turn could not use, one phrase each. */
  readonly notUsed: readonly string[];
  /** Sentences about the message itself ("There is nothing waiting for a yes"). */
  readonly notes: readonly string[];
  /** The message's answer to a confirmation, if it gave one. */
  readonly confirmation: boolean | null;
  /** Fields known to a scenario (its variables over the session's). */
  readonly fieldsFor: (scenarioId: string) => Readonly<Record<string, unknown>>;
  /** The name of a scenario, as its definition gives it. */
  readonly scenarioName: (scenarioId: string) => string;
  /** The program fields each checkpoint showed last time, to say what changed. */
  readonly shown: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The what-ifs with content the next scenario set runs beside the base. */
  readonly whatIfs: readonly WhatIfChange[];
  readonly assetCount: number;
}

/** The reply, the one field it asks for (if it asks one) and the checkpoints it presents. */
export interface ComposedReply {
  readonly reply: string;
  readonly asked: { readonly scenario_id: string; readonly field: string } | null;
  /** Only these can be confirmed, and only by the next message. */
  readonly presented: { readonly scenario_id: string; readonly step_id: string }[];
}

/** What the reply says when no scenario has anything to say. */
export const HELP_REPLY =
  'I can plan a sale-leaseback program (tell me how much to raise and your net leverage and coverage limits), ' +
  'compare what-if scenarios ("show me 3 scenarios"), or explain a stored run ("explain run <id>").';

const BRIEF_QUOTE_LENGTH = 200;

/**
 * Renders the reply from the plan, deterministically (the orchestrator decides,
 * this only writes it down), in this order: what happened to scenarios at the
 * user's request (paused, cancelled, resumed), what the message was understood
 * to say ("Understood: …"), what could not be used ("I could not use: …"),
 * notes about the message, tool results, rendered templates, then the
 * non-deferred contributions in plan order: one question for an ASK (its first
 * missing field), the program that would run for a CONFIRM (with what changed
 * since it was last shown), the state of a tool step not run this turn;
 * finally paused scenarios offered back. With nothing to say, `HELP_REPLY`.
 */
export function composeReply(input: ReplyInput): ComposedReply {
  const lines: string[] = [];
  for (const decision of input.decisions) {
    const note = decisionNote(decision, input.scenarioName(decision.scenario_id));
    if (note !== null) lines.push(note);
  }
  if (input.understood.length > 0) lines.push(`Understood: ${input.understood.join('; ')}.`);
  if (input.notUsed.length > 0) lines.push(`I could not use: ${input.notUsed.join('; ')}.`);
  lines.push(...input.notes);
  const said = lines.length;
  for (const result of input.toolResults) lines.push(result.summary);
  for (const inform of input.informs) lines.push(inform.text);

  let asked: ComposedReply['asked'] = null;
  const presented: ComposedReply['presented'] = [];
  for (const contribution of input.plan.contributions) {
    if (contribution.deferred) continue;
    switch (contribution.contribution_type) {
      case 'ASK': {
        const field = contribution.fields_to_ask[0];
        if (field === undefined) break;
        // One question at a time: the first missing field; the rest come in later turns.
        if (asked === null) asked = { scenario_id: contribution.scenario_id, field };
        lines.push(questionFor(field));
        break;
      }
      case 'CONFIRM':
        presented.push({ scenario_id: contribution.scenario_id, step_id: contribution.current_step_id });
        lines.push(`${input.confirmation === false ? 'Not yet, then. ' : ''}${confirmationText(contribution, input)}`);
        break;
      case 'ACTION_HINT': {
        if (input.toolResults.some((result) => result.scenario_id === contribution.scenario_id)) break;
        lines.push(
          contribution.last_action_status === 'failed'
            ? `${contribution.current_step_name} failed last time; say "yes" to try again.`
            : `${contribution.current_step_name} is in progress.`,
        );
        break;
      }
      case 'INFORM':
      case 'NONE':
        break;
    }
  }
  for (const hint of input.plan.resume_hints) {
    lines.push(`The ${lowerFirst(hint.scenario_name)} is paused at "${hint.current_step_name}"; say "resume" to pick it up.`);
  }
  // Nothing to do next: say what the session can do.
  if (lines.length === said) lines.push(HELP_REPLY);
  return { reply: lines.join('\n'), asked, presented };
}

function decisionNote(decision: LifecycleDecision, name: string): string | null {
  const subject = `the ${lowerFirst(name)}`;
  if (decision.action === 'PAUSE') {
    return decision.pause_reason === 'loop_detected' ? `Paused ${subject}: we kept coming back to the same step.` : `Paused ${subject}.`;
  }
  if (decision.action === 'CANCEL') return `Cancelled ${subject}.`;
  if (decision.action === 'CONTINUE' && decision.resumed) return `Back to ${subject}.`;
  return null;
}

/** The confirmation question: the program that would run (its generated brief), what changed since it was last shown. */
function confirmationText(contribution: ScenarioContribution, input: ReplyInput): string {
  const fields = input.fieldsFor(contribution.scenario_id);
  const brief = sessionBrief(fields);
  const previous = input.shown[contribution.scenario_id];
  const whatIfLabels = input.whatIfs.map((change) => change.label);
  const changes =
    previous === undefined
      ? []
      : [
          ...describeChanges(previous, fields, PROGRAM_FIELDS),
          ...(contribution.scenario_id === SLB_PLAYBOOK_IDS.whatIfAnalysis
            ? whatIfLabels
                .filter((label) => !(Array.isArray(previous['what_ifs']) && previous['what_ifs'].includes(label)))
                .map((label) => `what-if "${label}" (new)`)
            : []),
        ];
  const changed = changes.length === 0 ? '' : ` Changed since I last asked: ${changes.join('; ')}.`;
  if (contribution.scenario_id === SLB_PLAYBOOK_IDS.programIntake) {
    return `Ready to run the program on ${input.assetCount} assets: "${quote(brief)}"${changed} Shall I run it? (say "yes" to run it)`;
  }
  if (contribution.scenario_id === SLB_PLAYBOOK_IDS.whatIfAnalysis) {
    const count = scenarioCountFor(fields, whatIfLabels.length);
    const generated = count - 1 - whatIfLabels.length;
    const parts = [
      'the base case',
      ...(generated > 0 ? [`${generated} generated variant${generated === 1 ? '' : 's'}`] : []),
      ...whatIfLabels.map((label) => `"${label}"`),
    ];
    return `Ready to run ${count} what-if scenario${count === 1 ? '' : 's'} (${parts.join(', ')}) on "${quote(brief)}"${changed} Shall I run ${count === 1 ? 'it' : 'them'}? (say "yes" or "run the scenarios")`;
  }
  return `${contribution.action_to_confirm ?? contribution.current_step_name}? Say "yes" to go ahead.`;
}

/** "a target of $150M, net leverage at most 3.5x and fixed charge coverage at least 2x", as far as known. */
export function describeFigures(fields: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  const target = fields['target_amount'];
  const leverage = fields['max_net_leverage'];
  const coverage = fields['min_fixed_charge_coverage'];
  parts.push(typeof target === 'number' ? `a target of ${formatMoney(target)}` : 'the target the brief gives');
  if (typeof leverage === 'number') parts.push(`net leverage at most ${formatMultiple(leverage)}`);
  if (typeof coverage === 'number') parts.push(`fixed charge coverage at least ${formatMultiple(coverage)}`);
  if (parts.length === 1) return parts[0] as string;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) as string}`;
}

function quote(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length <= BRIEF_QUOTE_LENGTH ? single : `${single.slice(0, BRIEF_QUOTE_LENGTH - 1)}…`;
}

function lowerFirst(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}`;
}
