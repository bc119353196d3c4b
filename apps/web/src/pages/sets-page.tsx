import type { ScenarioSetSummary } from '@leaseback/domain';
import { useState } from 'preact/hooks';
import { api } from '../api-client.js';
import { Show, useLoad } from '../components/common.js';
import { useJobRunner } from '../components/job-runner.js';
import { EXAMPLE_CHOICE, PortfolioPicker, type ChosenPortfolio } from '../components/portfolio-picker.js';
import { EXAMPLE_BRIEFS } from '../examples.js';
import { formatTime } from '../format.js';
import { hrefOf, navigate } from '../router.js';

/** What-if sets: start one (asynchronously, with progress) and list those stored. */
export function SetsPage() {
  const [portfolio, setPortfolio] = useState<ChosenPortfolio>(EXAMPLE_CHOICE);
  const [brief, setBrief] = useState(EXAMPLE_BRIEFS[0]?.brief ?? '');
  const [count, setCount] = useState(3);
  const [loaded] = useLoad(() => api<ScenarioSetSummary[]>('GET', '/api/scenario_sets?limit=50'), []);
  const runner = useJobRunner((_job, result) => {
    const id = (result as { scenario_set?: { id: string } } | null)?.scenario_set?.id;
    if (id) navigate({ page: 'set', id });
  });
  return (
    <section>
      <h1>What-if scenario sets</h1>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void runner.start('/api/scenario_sets', {
            brief,
            num_scenarios: count,
            base_request: { assets: portfolio.assets, corporate_state: portfolio.corporate_state, program_description: brief },
          });
        }}
      >
        <PortfolioPicker value={portfolio} onChange={setPortfolio} />
        <label>
          Brief
          <textarea rows={3} required value={brief} onInput={(event) => setBrief(event.currentTarget.value)} />
        </label>
        <div class="row">
          <label>
            Scenarios
            <input type="number" min={1} max={5} value={count} onInput={(event) => setCount(Number(event.currentTarget.value) || 1)} />
          </label>
          <div class="align-end">
            <button type="submit" disabled={runner.running}>
              {runner.running ? 'Running…' : 'Create what-if set'}
            </button>
          </div>
        </div>
      </form>
      {runner.view}
      <h2>Stored sets</h2>
      <Show loaded={loaded}>
        {(sets) =>
          sets.length === 0 ? (
            <p>No sets yet.</p>
          ) : (
            <ul class="cards">
              {sets.map((set) => (
                <li key={set.id}>
                  <a href={hrefOf({ page: 'set', id: set.id })}>{set.brief}</a>
                  <span class="muted">
                    {' '}
                    · {set.run_ids.length} scenarios · {formatTime(set.created_at)}
                    {set.fund_id ? ` · fund ${set.fund_id}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
}
