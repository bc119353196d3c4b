import type { AuditTrace, AuditTraceEntry, SelectorSpec } from '@leaseback/domain';
import { describeSpec } from './describe-spec.js';
import { describeSpecChanges } from './describe-spec-changes.js';
import { formatMoney, pluralize } from './format-values.js';
import type { TextStyle } from './text-style.js';

/**
 * The audit trail, one line per trace entry: `#iteration step  what happened`,
 * where "what happened" is the spec read from the brief, the engine's result,
 * what a revision changes relative to the spec in effect, the policy's verdict
 * and violations, or the error; and which provider and model answered.
 */
export function renderAuditTrail(trace: AuditTrace, style: TextStyle): string[] {
  const stepWidth = Math.max(0, ...trace.entries.map((entry) => entry.step.length));
  let inEffect: SelectorSpec | null = null;
  return trace.entries.map((entry) => {
    const parts: string[] = [];
    switch (entry.step) {
      case 'spec_generated':
        if (entry.spec) {
          const description = describeSpec(entry.spec);
          const terms = entry.spec.program_terms === undefined ? '' : `; lease terms: ${description.terms}`;
          parts.push(`read the brief: ${description.amounts}; ${description.covenants}; filters: ${description.filters}${terms}`);
          inEffect = entry.spec;
        }
        break;
      case 'engine_run':
        if (entry.outcome) {
          const outcome = entry.outcome;
          parts.push(
            `${outcome.status}: ${formatMoney(outcome.proceeds)} of ${formatMoney(outcome.target_amount)} from ${pluralize(outcome.selected_asset_ids.length, 'asset')}` +
              (outcome.shortfall > 0 ? `, short ${formatMoney(outcome.shortfall)}` : '') +
              (outcome.binding_constraints.length > 0 ? `; binding: ${outcome.binding_constraints.join(', ')}` : ''),
          );
        }
        if (entry.spec) inEffect = entry.spec;
        break;
      case 'revision_proposed':
        parts.push(entry.spec ? `proposes ${changesOrNone(inEffect, entry.spec)}` : 'proposal outside the spec schema');
        break;
      case 'policy_applied': {
        const status = entry.policy_status ?? 'unknown';
        const verdict = status === 'accepted' ? style.green(status) : status === 'clamped' ? style.yellow(status) : style.red(status);
        parts.push(status === 'invalid' || !entry.spec ? verdict : `${verdict}: applies ${changesOrNone(inEffect, entry.spec)}`);
        if (entry.violations.length > 0) {
          parts.push(`violations: ${entry.violations.map((violation) => `${violation.rule} (${violation.message})`).join('; ')}`);
        }
        if (status !== 'invalid' && entry.spec) inEffect = entry.spec;
        break;
      }
      case 'explanation':
        parts.push('summary written');
        break;
      case 'run_failed':
      case 'run_cancelled':
        if (entry.error) parts.push(style.red(`${entry.error.code}: ${entry.error.message}`));
        break;
    }
    // The message repeats the error of a failed step; anything else it says is new.
    if (entry.message && entry.message !== entry.error?.message) parts.push(entry.message);
    const call = entry.llm_call ? style.dim(`[${entry.llm_call.provider} ${entry.llm_call.model}${callNotes(entry)}]`) : '';
    const head = `#${entry.iteration} ${style.cyan(entry.step.padEnd(stepWidth))}`;
    return [head, parts.join('; '), call].filter((part) => part !== '').join('  ');
  });
}

function changesOrNone(before: SelectorSpec | null, after: SelectorSpec): string {
  const changes = describeSpecChanges(before, after);
  return changes.length > 0 ? changes.join(', ') : 'no change';
}

function callNotes(entry: AuditTraceEntry): string {
  const call = entry.llm_call;
  if (!call) return '';
  const notes = [
    call.attempts > 1 ? `${call.attempts} attempts` : '',
    call.assumptions.length > 0 ? `assumed: ${call.assumptions.join('; ')}` : '',
    call.unrecognized.length > 0 ? `not understood: ${call.unrecognized.map((phrase) => `"${phrase}"`).join(', ')}` : '',
  ].filter((note) => note !== '');
  return notes.length > 0 ? `; ${notes.join('; ')}` : '';
}
