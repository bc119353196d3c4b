import type { SessionView, ToolResult, TurnResponse } from '@leaseback/service';
import { formatMoney } from '../format-values.js';
import type { TextStyle } from '../text-style.js';

/** What one scenario contributes to a turn's reply. */
export type ChatContribution = TurnResponse['plan']['contributions'][number];

/**
 * One turn for people: the reply, then per scenario what it contributes this
 * turn (type, step, fields asked, checkpoint, tools, templates), the tools that
 * ran (run id, status, proceeds) and the scenarios waiting paused.
 */
export function renderChatTurn(turn: TurnResponse, style: TextStyle): string {
  const lines = turn.reply.split('\n').map((line) => style.bold(line));
  for (const contribution of turn.plan.contributions) lines.push(style.dim(`  ${describeContribution(contribution)}`));
  for (const result of turn.tool_results) lines.push(`  ${describeToolResult(result, style)}`);
  for (const hint of turn.plan.resume_hints) lines.push(style.dim(`  ${hint.scenario_id}: paused at ${hint.current_step_id}`));
  return `${lines.join('\n')}\n`;
}

/** `program_intake: CONFIRM at confirm_run (checkpoint: Run the program)`, with what the type carries. */
export function describeContribution(contribution: ChatContribution): string {
  const details: string[] = [];
  if (contribution.fields_to_ask.length > 0) details.push(`asks ${contribution.fields_to_ask.join(', ')}`);
  if (contribution.action_to_confirm !== null) details.push(`checkpoint: ${contribution.action_to_confirm}`);
  if (contribution.suggested_tools.length > 0) details.push(`tools: ${contribution.suggested_tools.join(', ')}`);
  if (contribution.template_ids.length > 0) details.push(`templates: ${contribution.template_ids.join(', ')}`);
  if (contribution.last_action_status === 'failed') details.push('last run failed');
  const flags = [contribution.deferred ? 'deferred' : null, contribution.is_final ? 'final' : null].filter((flag) => flag !== null);
  return (
    `${contribution.scenario_id}: ${contribution.contribution_type} at ${contribution.current_step_id}` +
    (details.length === 0 ? '' : ` (${details.join('; ')})`) +
    (flags.length === 0 ? '' : ` [${flags.join(', ')}]`)
  );
}

/** `tool run_program (program_intake): succeeded, run <id> completed ok, $181.3M of $150M`. */
export function describeToolResult(result: ToolResult, style: TextStyle): string {
  const status =
    result.status === 'succeeded'
      ? style.green(result.status)
      : result.status === 'failed'
        ? style.red(result.status)
        : style.yellow(result.status);
  const parts = [`tool ${result.tool_id} (${result.scenario_id}): ${status}`];
  if (result.run_id !== null) parts.push(`run ${result.run_id} ${result.run_status ?? ''}`.trimEnd());
  if (result.scenario_set_id !== null) parts.push(`scenario set ${result.scenario_set_id} (${result.run_ids.length} runs)`);
  if (result.outcome_status !== null) parts.push(result.outcome_status);
  if (result.proceeds !== null) parts.push(`${formatMoney(result.proceeds)} of ${formatMoney(result.target_amount)}`);
  if (result.error !== null) parts.push(`${result.error.code}: ${result.error.message}`);
  return parts.join(', ');
}

/** `/state`: the session's version, fund, portfolio, brief, known fields, scenarios and turns. */
export function renderChatSession(view: SessionView, style: TextStyle): string {
  const lines = [
    `${style.bold(`Session ${view.session_id}`)}  version ${view.version}${view.fund_id === null ? '' : `  fund ${view.fund_id}`}`,
    `Portfolio: ${view.portfolio.company ?? 'unnamed'} (${view.portfolio.asset_count} assets in ${view.portfolio.markets.length} markets)`,
    `Brief: ${view.brief === null ? 'none yet' : `"${view.brief}"`}`,
    `Known: ${
      Object.entries(view.known_fields)
        .filter(([name]) => name !== 'portfolio_id')
        .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
        .join(', ') || 'nothing yet'
    }`,
    'Scenarios:',
    ...(view.instances.length === 0
      ? ['  none yet']
      : view.instances.map(
          (instance) => `  ${instance.scenario_id}: ${instance.status} at ${instance.current_step_id} (${instance.current_step_name})`,
        )),
    `Turns: ${view.history.length}`,
  ];
  return `${lines.join('\n')}\n`;
}
