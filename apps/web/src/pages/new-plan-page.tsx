import { useState } from 'preact/hooks';
import { useJobRunner } from '../components/job-runner.js';
import { EXAMPLE_CHOICE, PortfolioPicker, type ChosenPortfolio } from '../components/portfolio-picker.js';
import { EXAMPLE_BRIEFS } from '../examples.js';
import { navigate } from '../router.js';

/** A new plan: a portfolio, a brief and a strategy, run through the asynchronous API with live progress. */
export function NewPlanPage() {
  const [portfolio, setPortfolio] = useState<ChosenPortfolio>(EXAMPLE_CHOICE);
  const [brief, setBrief] = useState(EXAMPLE_BRIEFS[0]?.brief ?? '');
  const [strategy, setStrategy] = useState<'' | 'greedy' | 'exact'>('');
  const [fund, setFund] = useState('');
  const runner = useJobRunner((_job, result) => {
    const runId = (result as { run_id?: string } | null)?.run_id;
    if (runId) navigate({ page: 'run', id: runId });
  });

  return (
    <section>
      <h1>New plan</h1>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void runner.start('/api/runs', {
            assets: portfolio.assets,
            corporate_state: portfolio.corporate_state,
            program_description: brief,
            ...(strategy ? { strategy } : {}),
            ...(fund.trim() ? { fund_id: fund.trim() } : {}),
          });
        }}
      >
        <PortfolioPicker value={portfolio} onChange={setPortfolio} />
        <label>
          Brief
          <textarea rows={4} required value={brief} onInput={(event) => setBrief(event.currentTarget.value)} />
        </label>
        <div class="row">
          <label>
            Example briefs
            <select
              onChange={(event) => setBrief(event.currentTarget.value)}
              value={EXAMPLE_BRIEFS.some((item) => item.brief === brief) ? brief : ''}
            >
              <option value="" disabled>
                choose one
              </option>
              {EXAMPLE_BRIEFS.map((item) => (
                <option key={item.name} value={item.brief}>
                  {item.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Strategy
            <select value={strategy} onChange={(event) => setStrategy(event.currentTarget.value as '' | 'greedy' | 'exact')}>
              <option value="">as the brief says (greedy by default)</option>
              <option value="greedy">greedy (fast, explainable)</option>
              <option value="exact">exact (best proceeds, proven)</option>
            </select>
          </label>
          <label>
            Fund (optional)
            <input value={fund} onInput={(event) => setFund(event.currentTarget.value)} />
          </label>
        </div>
        <div>
          <button type="submit" disabled={runner.running || brief.trim() === ''}>
            {runner.running ? 'Planning…' : 'Plan'}
          </button>
        </div>
      </form>
      {runner.view}
    </section>
  );
}
