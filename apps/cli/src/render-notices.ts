import type { AuditTrace, Notice, ProgramResponse } from '@leaseback/domain';
import { describeSpecChanges } from './describe-spec-changes.js';
import { formatMoney, wrapText } from './format-values.js';
import type { TextStyle } from './text-style.js';

/**
 * The notices of an answer, warnings first (what differs from the ask), then
 * information (how it was read). Printed before the result so that nobody reads
 * "ok" without reading what "ok" answers. Empty when there are none.
 */
export function renderNotices(notices: readonly Notice[], style: TextStyle, width = 100): string {
  if (notices.length === 0) return '';
  const ordered = [...notices.filter((notice) => notice.severity === 'warning'), ...notices.filter((notice) => notice.severity === 'info')];
  const lines = ordered.flatMap((notice) => {
    const label = notice.severity === 'warning' ? style.yellow('warning') : style.dim('note   ');
    const [first = '', ...rest] = wrapText(notice.message, Math.max(40, width - 14));
    return [`  ${label} ${first}`, ...rest.map((line) => `          ${line}`)];
  });
  const warnings = ordered.filter((notice) => notice.severity === 'warning').length;
  const title = warnings > 0 ? `${style.bold('Warnings')} (${warnings}) and notes` : style.bold('Notes');
  return `${title}\n${lines.join('\n')}`;
}

/** The spec the run started from (after overrides), from its audit trace. */
function originalSpec(trace: AuditTrace): unknown {
  return trace.entries.find((entry) => entry.step === 'spec_generated')?.spec ?? null;
}

/**
 * The outcome in a few words, with what the revision loop changed:
 * `ok`, or `ok, after revision: target $250.0M kept, min leaseability 0.70 → 0.60`,
 * or `infeasible, after revision: target $500.0M → $400.0M`.
 */
export function outcomeHeadline(response: ProgramResponse): string {
  const status = response.outcome.status;
  const original = originalSpec(response.audit_trace);
  if (original === null) return status;
  const changes = describeSpecChanges(original, response.spec);
  if (changes.length === 0) return status;
  const targetChanged = changes.some((change) => change.startsWith('target '));
  const kept = targetChanged ? [] : [`target ${formatMoney(response.spec.target_amount)} kept`];
  return `${status}, after revision: ${[...kept, ...changes].join(', ')}`;
}
