import type { RunListItem, RunRecord } from '@leaseback/domain';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api-client.js';
import { Show, useLoad } from '../components/common.js';
import { formatTime, words } from '../format.js';
import { hrefOf } from '../router.js';

type OutcomeFilter = 'any' | 'ok' | 'infeasible' | 'numeric_error' | 'failed';

/** The outcome of each listed run, read a few at a time (the list itself carries only the run status). */
function useOutcomes(runs: readonly RunListItem[]): Record<string, string> {
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  useEffect(() => {
    let current = true;
    const queue = runs.filter((run) => run.status === 'completed').map((run) => run.run_id);
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined && current; id = queue.shift()) {
        try {
          const record = await api<RunRecord>('GET', `/api/runs/${encodeURIComponent(id)}`);
          const status = record.response?.outcome.status ?? record.status;
          if (current) setOutcomes((known) => ({ ...known, [id]: status }));
        } catch {
          // An unreadable run keeps showing its run status.
        }
      }
    };
    void Promise.all([worker(), worker(), worker(), worker()]);
    return () => {
      current = false;
    };
  }, [runs]);
  return outcomes;
}

/** Runs, newest first: filter by fund and outcome, search the briefs. */
export function RunsPage() {
  const [fund, setFund] = useState('');
  const [outcome, setOutcome] = useState<OutcomeFilter>('any');
  const [search, setSearch] = useState('');
  const [loaded] = useLoad(
    () => api<RunListItem[]>('GET', `/api/runs?limit=100${fund.trim() ? `&fund_id=${encodeURIComponent(fund.trim())}` : ''}`),
    [fund],
  );
  const runs = loaded.state === 'ready' ? loaded.value : [];
  const outcomes = useOutcomes(runs);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return runs.filter((run) => {
      if (needle && !run.program_description.toLowerCase().includes(needle)) return false;
      if (outcome === 'any') return true;
      if (outcome === 'failed') return run.status === 'failed';
      return outcomes[run.run_id] === outcome;
    });
  }, [runs, outcomes, outcome, search]);

  return (
    <section>
      <h1>Runs</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: the form itself is the search landmark; a <search> wrapper would only add an element. */}
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label>
          Fund
          <input value={fund} onChange={(event) => setFund(event.currentTarget.value)} placeholder="any fund" />
        </label>
        <label>
          Outcome
          <select value={outcome} onChange={(event) => setOutcome(event.currentTarget.value as OutcomeFilter)}>
            <option value="any">any</option>
            <option value="ok">ok</option>
            <option value="infeasible">infeasible</option>
            <option value="numeric_error">numeric error</option>
            <option value="failed">run failed</option>
          </select>
        </label>
        <label class="grow">
          Search briefs
          <input type="search" value={search} onInput={(event) => setSearch(event.currentTarget.value)} placeholder="e.g. warehouses" />
        </label>
      </form>
      <Show loaded={loaded}>
        {() =>
          shown.length === 0 ? (
            <p>
              No runs match. <a href="#/new">Plan a program</a>.
            </p>
          ) : (
            <table class="list">
              <caption class="visually-hidden">Runs, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Brief</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Fund</th>
                  <th scope="col">Scenario</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((run) => (
                  <tr key={run.run_id}>
                    <td>
                      <a href={hrefOf({ page: 'run', id: run.run_id })}>{run.program_description}</a>
                    </td>
                    <td>
                      <span
                        class={`pill ${run.status === 'failed' ? 'bad' : outcomes[run.run_id] === 'ok' ? 'ok' : outcomes[run.run_id] ? 'warn' : ''}`}
                      >
                        {run.status === 'failed' ? 'failed' : words(outcomes[run.run_id] ?? 'completed')}
                      </span>
                    </td>
                    <td>{run.fund_id ?? '—'}</td>
                    <td>
                      {run.scenario_set_id ? (
                        <a href={hrefOf({ page: 'set', id: run.scenario_set_id })}>{run.scenario_label ?? 'set'}</a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{formatTime(run.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Show>
    </section>
  );
}
