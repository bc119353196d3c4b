import type { RunRecord, ScenarioComparisonRow, ScenarioSetSummary } from '@leaseback/domain';
import { api } from '../api-client.js';
import { ScenarioChart } from '../components/charts.js';
import { Show, useLoad } from '../components/common.js';
import { formatMoney, formatMultiple, formatTime, words } from '../format.js';
import { hrefOf } from '../router.js';

interface SetWithComparison {
  readonly scenario_set: ScenarioSetSummary;
  readonly runs: readonly RunRecord[];
  readonly comparison: readonly ScenarioComparisonRow[];
}

/** A what-if set: the scenarios side by side, and charts of proceeds, leverage and coverage. */
export function SetPage({ id }: { id: string }) {
  const [loaded] = useLoad(() => api<SetWithComparison>('GET', `/api/scenario_sets/${encodeURIComponent(id)}`), [id]);
  return (
    <Show loaded={loaded}>
      {({ scenario_set: set, comparison }) => (
        <article class="set">
          <p class="no-print">
            <a href={hrefOf({ page: 'sets' })}>← Scenario sets</a>
          </p>
          <h1>What-if comparison</h1>
          <p class="muted">
            Set <code>{set.id}</code> · {formatTime(set.created_at)}
            {set.fund_id ? ` · fund ${set.fund_id}` : ''}
          </p>
          <blockquote>{set.brief}</blockquote>
          <table class="comparison">
            <caption>Scenarios side by side</caption>
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                <th scope="col">Outcome</th>
                <th scope="col" class="number">
                  Target
                </th>
                <th scope="col" class="number">
                  Proceeds
                </th>
                <th scope="col" class="number">
                  Shortfall
                </th>
                <th scope="col" class="number">
                  Net leverage after
                </th>
                <th scope="col" class="number">
                  Coverage after
                </th>
                <th scope="col" class="number">
                  Sites sold
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.map((row) => (
                <tr key={row.run_id}>
                  <th scope="row">
                    <a href={hrefOf({ page: 'run', id: row.run_id })}>{row.label}</a> <span class="muted">{words(row.kind)}</span>
                  </th>
                  <td>
                    {row.run_status === 'failed' ? (
                      <span class="pill bad" title={row.error ?? ''}>
                        failed
                      </span>
                    ) : (
                      <span class={`pill ${row.outcome_status === 'ok' ? 'ok' : 'warn'}`}>{words(row.outcome_status ?? '')}</span>
                    )}
                  </td>
                  <td class="number">{formatMoney(row.target_amount)}</td>
                  <td class="number">{formatMoney(row.proceeds)}</td>
                  <td class="number">{formatMoney(row.shortfall)}</td>
                  <td class="number">{formatMultiple(row.net_leverage_after)}</td>
                  <td class="number">{formatMultiple(row.fixed_charge_coverage_after)}</td>
                  <td class="number">{row.assets_sold ?? 'n/a'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="scenario-charts">
            <ScenarioChart rows={comparison} measure="proceeds" />
            <ScenarioChart rows={comparison} measure="net_leverage_after" />
            <ScenarioChart rows={comparison} measure="fixed_charge_coverage_after" />
          </div>
          <p class="no-print">
            <button type="button" class="secondary" onClick={() => print()}>
              Print memo
            </button>
          </p>
        </article>
      )}
    </Show>
  );
}
