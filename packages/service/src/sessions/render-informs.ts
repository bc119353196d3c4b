import { formatBasisPoints, formatRate, toLeasebackError, type RunRecord, type ScenarioComparisonRow } from '@leaseback/domain';
import type { ContributionPlan } from '@leaseback/scenarios';
import type { CallContext, ScenarioSetWithComparison } from '../leaseback-service.js';
import { formatMoney, formatMultiple } from './format-figures.js';
import { belongsToSession, sessionReadScope } from './session-read-scope.js';
import type { InformResult } from './session-schemas.js';
import { SESSION_TEMPLATE_IDS } from './slb-playbooks.js';

/** The reads the templates need. */
export interface InformReaders {
  getRun(runId: string, context?: CallContext): Promise<RunRecord>;
  getScenarioSet(id: string, context?: CallContext): Promise<ScenarioSetWithComparison>;
}

/**
 * Renders the templates of every INFORM contribution of the plan from the
 * stored records the scenario's fields point at (`run_id`,
 * `scenario_set_id`): `program_results` (the run's outcome and explanation),
 * `scenario_comparison` (one line per scenario) and `run_explanation` (the
 * run's explanation summary). A record that cannot be read (unknown id, another
 * fund's run) is said so in the text rather than failing the turn. Records are
 * read under the session's fund (`sessionReadScope`), never the caller's whole
 * scope: a key for funds a and b cannot copy a fund-a run into a fund-b session.
 */
export async function renderInforms(
  plan: ContributionPlan,
  fieldsFor: (scenarioId: string) => Readonly<Record<string, unknown>>,
  readers: InformReaders,
  context: CallContext,
  sessionFundId: string | null,
): Promise<InformResult[]> {
  const informs: InformResult[] = [];
  const scope = sessionReadScope(sessionFundId, context.scope);
  const readContext: ReadContext = { ...(scope === undefined ? {} : { scope }), sessionFundId };
  for (const contribution of plan.contributions) {
    if (contribution.contribution_type !== 'INFORM') continue;
    const fields = fieldsFor(contribution.scenario_id);
    for (const templateId of contribution.template_ids) {
      const base = { scenario_id: contribution.scenario_id, template_id: templateId };
      if (templateId === SESSION_TEMPLATE_IDS.programResults || templateId === SESSION_TEMPLATE_IDS.runExplanation) {
        const runId = stringField(fields, 'run_id');
        if (runId === null) {
          informs.push({ ...base, text: 'There is no run to report on.', run_id: null, scenario_set_id: null });
          continue;
        }
        informs.push({ ...base, text: await describeRun(runId, templateId, readers, readContext), run_id: runId, scenario_set_id: null });
      } else if (templateId === SESSION_TEMPLATE_IDS.scenarioComparison) {
        const setId = stringField(fields, 'scenario_set_id');
        if (setId === null) {
          informs.push({ ...base, text: 'There is no scenario set to compare.', run_id: null, scenario_set_id: null });
          continue;
        }
        informs.push({ ...base, text: await describeScenarioSet(setId, readers, readContext), run_id: null, scenario_set_id: setId });
      } else {
        informs.push({ ...base, text: `(${contribution.current_step_name})`, run_id: null, scenario_set_id: null });
      }
    }
  }
  return informs;
}

/** The read scope plus the fund every record read must belong to. */
interface ReadContext extends CallContext {
  readonly sessionFundId: string | null;
}

async function describeRun(runId: string, templateId: string, readers: InformReaders, context: ReadContext): Promise<string> {
  let run: RunRecord;
  try {
    run = await readers.getRun(runId, context.scope === undefined ? {} : { scope: context.scope });
  } catch (thrown) {
    const error = toLeasebackError(thrown);
    if (error.code === 'not_found' || error.code === 'invalid_input') return `I could not find run ${runId}.`;
    throw thrown;
  }
  if (!belongsToSession(run.fund_id, context.sessionFundId)) return `I could not find run ${runId}.`;
  if (run.status === 'failed' || run.response === null) return `Run ${run.run_id} failed: ${run.error ?? 'no detail'}`;
  const summary = run.response.explanation.summary.trim();
  if (templateId === SESSION_TEMPLATE_IDS.runExplanation) return `Run ${run.run_id} (${run.program_description}): ${summary}`;
  const outcome = run.response.outcome;
  return `Results of run ${run.run_id}: ${outcome.status}, ${outcome.selected_asset_ids.length} assets, ${formatMoney(outcome.proceeds)} of ${formatMoney(outcome.target_amount)}. ${summary}`;
}

async function describeScenarioSet(setId: string, readers: InformReaders, context: ReadContext): Promise<string> {
  let set: ScenarioSetWithComparison;
  try {
    set = await readers.getScenarioSet(setId, context.scope === undefined ? {} : { scope: context.scope });
  } catch (thrown) {
    const code = toLeasebackError(thrown).code;
    if (code === 'not_found' || code === 'invalid_input') return `I could not find scenario set ${setId}.`;
    throw thrown;
  }
  if (!belongsToSession(set.scenario_set.fund_id ?? null, context.sessionFundId)) return `I could not find scenario set ${setId}.`;
  const rows = set.comparison.map((row) =>
    row.run_status === 'failed'
      ? `- ${row.label}: failed (${row.error ?? 'no detail'})`
      : `- ${row.label}: ${row.outcome_status ?? 'no outcome'}, ${formatMoney(row.proceeds)} of ${formatMoney(row.target_amount)}, ` +
        `net leverage ${formatMultiple(row.net_leverage_after)}, FCCR ${formatMultiple(row.fixed_charge_coverage_after)}, ${row.assets_sold ?? 0} assets` +
        economicsOf(row),
  );
  return [`Comparison of scenario set ${setId}:`, ...rows].join('\n');
}

function stringField(fields: Readonly<Record<string, unknown>>, name: string): string | null {
  const value = fields[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * What a scenario's capital costs, when the run priced it: "; implied cost
 * 7.12% (+162 bp to debt), rent added $12.40M a year". A what-if on lease terms
 * differs from the base here, not in the covenant figures.
 */
function economicsOf(row: ScenarioComparisonRow): string {
  if (row.implied_cost_of_capital === null && row.annual_rent_added === null) return '';
  return `; implied cost ${formatRate(row.implied_cost_of_capital)} (${formatBasisPoints(row.spread_to_cost_of_debt)} to debt), rent added ${formatMoney(row.annual_rent_added)} a year`;
}
