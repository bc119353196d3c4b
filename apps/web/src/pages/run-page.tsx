import type { Asset, ProgramMetrics, RunRecord } from '@leaseback/domain';
import { useState } from 'preact/hooks';
import { ApiError, api, download } from '../api-client.js';
import { CovenantCharts, ProceedsChart } from '../components/charts.js';
import { ErrorNotice, Show, useLoad } from '../components/common.js';
import { formatMoney, formatMultiple, formatTime, words } from '../format.js';
import { hrefOf } from '../router.js';

interface ReplayReport {
  readonly run_id: string;
  readonly identical: boolean;
  readonly differences: readonly string[];
  readonly llm_calls_replayed: number;
}

const EXPORTS = [
  { format: 'xlsx', label: 'Spreadsheet (.xlsx)' },
  { format: 'md', label: 'Memo (.md)' },
  { format: 'html', label: 'Memo (.html)' },
] as const;

/** The figures of the economics table, in order. */
const ECONOMICS: readonly { key: keyof ProgramMetrics; label: string; kind: 'money' | 'multiple' }[] = [
  { key: 'ebitda', label: 'EBITDA', kind: 'money' },
  { key: 'ebitdar', label: 'EBITDAR', kind: 'money' },
  { key: 'net_debt', label: 'Net debt', kind: 'money' },
  { key: 'interest_expense', label: 'Interest expense', kind: 'money' },
  { key: 'rent_expense', label: 'Rent expense', kind: 'money' },
  { key: 'net_leverage', label: 'Net leverage', kind: 'multiple' },
  { key: 'fixed_charge_coverage', label: 'Fixed-charge coverage', kind: 'multiple' },
  { key: 'lease_adjusted_leverage', label: 'Lease-adjusted leverage', kind: 'multiple' },
];

function figure(value: unknown, kind: 'money' | 'multiple'): string {
  if (typeof value !== 'number') return 'n/a';
  return kind === 'money' ? formatMoney(value) : formatMultiple(value);
}

function Notices({ run }: { run: RunRecord }) {
  const outcome = run.response?.outcome;
  const notes = Object.entries(outcome?.metrics_after?.ratio_notes ?? {});
  const items: preact.ComponentChildren[] = [];
  if (run.status === 'failed') {
    items.push(
      <div class="notice bad" role="alert" key="failed">
        <strong>The run failed:</strong> {run.error} <code>{run.error_code}</code>
      </div>,
    );
  }
  if (outcome && outcome.status !== 'ok') {
    items.push(
      <div class="notice warn" key="reasons">
        <strong>Outcome: {words(outcome.status)}.</strong>
        <ul>
          {outcome.reasons.map((reason) => (
            <li key={reason.code + reason.message}>
              {reason.message} <code>{reason.code}</code>
            </li>
          ))}
        </ul>
        {outcome.capacity ? (
          <p>The most this portfolio can raise under these covenants: {formatMoney(outcome.capacity.max_proceeds)}.</p>
        ) : null}
      </div>,
    );
  }
  if (notes.length > 0) {
    items.push(
      <div class="notice" key="notes">
        <ul>
          {notes.map(([ratio, note]) => (
            <li key={ratio}>
              {words(ratio)}: {note}
            </li>
          ))}
        </ul>
      </div>,
    );
  }
  return items.length === 0 ? null : <section aria-label="Notices">{items}</section>;
}

function Selection({ run }: { run: RunRecord }) {
  const outcome = run.response?.outcome;
  if (!outcome) return null;
  const assets = new Map<string, Asset>((run.request?.assets ?? []).map((asset) => [asset.asset_id, asset]));
  return (
    <section>
      <h2>Selection ({outcome.selected_asset_ids.length} sites)</h2>
      {outcome.selected_asset_ids.length === 0 ? (
        <p>No asset was selected.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Asset</th>
              <th scope="col">Type</th>
              <th scope="col">Market</th>
              <th scope="col" class="number">
                Rent
              </th>
              <th scope="col" class="number">
                Cap rate
              </th>
              <th scope="col" class="number">
                Value at cap
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.selected_asset_ids.map((id, index) => {
              const asset = assets.get(id);
              return (
                <tr key={id}>
                  <td>{index + 1}</td>
                  <td>
                    {asset?.name ?? id} <span class="muted">{id}</span>
                  </td>
                  <td>{asset ? words(asset.asset_type) : '—'}</td>
                  <td>{asset?.market ?? '—'}</td>
                  <td class="number">{asset ? formatMoney(asset.market_rent) : '—'}</td>
                  <td class="number">{asset ? `${(asset.cap_rate * 100).toFixed(2)}%` : '—'}</td>
                  <td class="number">{asset ? formatMoney(asset.market_rent / asset.cap_rate) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Economics({ run }: { run: RunRecord }) {
  const outcome = run.response?.outcome;
  if (!outcome?.metrics_before || !outcome.metrics_after) return null;
  const before = outcome.metrics_before;
  const after = outcome.metrics_after;
  return (
    <section>
      <h2>Economics</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" class="number">
              Before
            </th>
            <th scope="col" class="number">
              After
            </th>
          </tr>
        </thead>
        <tbody>
          {ECONOMICS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td class="number">{figure(before[row.key], row.kind)}</td>
              <td class="number">{figure(after[row.key], row.kind)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AuditTimeline({ run }: { run: RunRecord }) {
  const entries = run.response?.audit_trace.entries ?? run.audit_trace?.entries ?? [];
  return (
    <section>
      <h2>Audit timeline</h2>
      <ol class="timeline">
        {entries.map((entry, index) => (
          <li key={index}>
            <span class="step">{words(entry.step)}</span>
            {entry.iteration > 0 ? <span class="muted"> · iteration {entry.iteration}</span> : null}
            <span class="muted"> · {formatTime(entry.timestamp)}</span>
            {entry.outcome ? (
              <span>
                {' '}
                · {words(entry.outcome.status)}, {formatMoney(entry.outcome.proceeds)} of {formatMoney(entry.outcome.target_amount)}
              </span>
            ) : null}
            {entry.llm_call ? <span class="muted"> · model call {entry.llm_call.method}</span> : null}
            {entry.message ? <div>{entry.message}</div> : null}
            {entry.error ? (
              <div class="bad-text">
                {entry.error.message} <code>{entry.error.code}</code>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ReplayCheck({ run }: { run: RunRecord }) {
  const [state, setState] = useState<{ busy: boolean; report?: ReplayReport; error?: unknown }>({ busy: false });
  const replay = async () => {
    setState({ busy: true });
    try {
      setState({ busy: false, report: await api<ReplayReport>('POST', `/api/runs/${encodeURIComponent(run.run_id)}/replay`) });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <section class="no-print">
      <h2>Replay check</h2>
      <p>Runs the stored request again with every model answer taken from the audit trace, and compares the result with what was stored.</p>
      <button type="button" onClick={replay} disabled={state.busy || run.status !== 'completed'}>
        {state.busy ? 'Replaying…' : 'Replay this run'}
      </button>
      {state.report ? (
        <p class={state.report.identical ? 'ok-text' : 'bad-text'} role="status">
          {state.report.identical
            ? `Identical: the replay (${state.report.llm_calls_replayed} model calls from the trace) gives exactly the stored result.`
            : `Different at: ${state.report.differences.join(', ')}`}
        </p>
      ) : null}
      {state.error ? <ErrorNotice error={state.error} /> : null}
    </section>
  );
}

function Exports({ run }: { run: RunRecord }) {
  const [error, setError] = useState<unknown>(null);
  return (
    <section class="no-print">
      <h2>Export</h2>
      <div class="buttons">
        {EXPORTS.map((item) => (
          <button
            type="button"
            class="secondary"
            key={item.format}
            onClick={() => {
              setError(null);
              download(
                `/api/runs/${encodeURIComponent(run.run_id)}/export?format=${item.format}`,
                `run-${run.run_id}.${item.format}`,
              ).catch((thrown: unknown) =>
                setError(
                  thrown instanceof ApiError && thrown.status === 404 && thrown.code === 'route_not_found'
                    ? new ApiError(404, 'not_available', 'Exports are not available on this server yet')
                    : thrown,
                ),
              );
            }}
          >
            {item.label}
          </button>
        ))}
        <button type="button" class="secondary" onClick={() => print()}>
          Print memo
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}

/** One run: the ask and the answer, notices first, charts, selection, economics, audit, replay and exports. */
export function RunPage({ id }: { id: string }) {
  const [loaded] = useLoad(() => api<RunRecord>('GET', `/api/runs/${encodeURIComponent(id)}`), [id]);
  return (
    <Show loaded={loaded}>
      {(run) => {
        const outcome = run.response?.outcome;
        const spec = run.response?.spec;
        return (
          <article class="run">
            <p class="no-print">
              <a href={hrefOf({ page: 'runs' })}>← Runs</a>
              {run.scenario_set_id ? (
                <>
                  {' · '}
                  <a href={hrefOf({ page: 'set', id: run.scenario_set_id })}>Scenario set</a>
                </>
              ) : null}
            </p>
            <h1>{run.scenario_label ? `${run.scenario_label}: ` : ''}Sale-leaseback plan</h1>
            <p class="muted">
              Run <code>{run.run_id}</code> · {formatTime(run.created_at)}
              {run.fund_id ? ` · fund ${run.fund_id}` : ''}
            </p>
            <Notices run={run} />
            <section class="ask-answer">
              <div>
                <h2>The ask</h2>
                <blockquote>{run.program_description}</blockquote>
                {spec ? (
                  <p class="muted">
                    Read as: raise {formatMoney(spec.target_amount)}
                    {spec.hard_constraints.max_net_leverage != null
                      ? `, net leverage at most ${formatMultiple(spec.hard_constraints.max_net_leverage)}`
                      : ''}
                    {spec.hard_constraints.min_fixed_charge_coverage != null
                      ? `, coverage at least ${formatMultiple(spec.hard_constraints.min_fixed_charge_coverage)}`
                      : ''}
                    ; strategy {spec.strategy}.
                  </p>
                ) : null}
              </div>
              <div>
                <h2>The answer</h2>
                <p>{run.response?.explanation.summary ?? run.error}</p>
              </div>
            </section>
            {outcome ? (
              <>
                <section>
                  <h2>Proceeds against target</h2>
                  <ProceedsChart outcome={outcome} floor={spec?.floor_amount ?? null} />
                </section>
                <section>
                  <h2>Covenants before and after</h2>
                  <CovenantCharts outcome={outcome} />
                </section>
              </>
            ) : null}
            <Selection run={run} />
            <Economics run={run} />
            <AuditTimeline run={run} />
            <ReplayCheck run={run} />
            <Exports run={run} />
          </article>
        );
      }}
    </Show>
  );
}
