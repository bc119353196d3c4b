import type { SessionView, TurnResponse } from '@leaseback/service';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api-client.js';
import { ErrorNotice } from '../components/common.js';
import { EXAMPLE_PORTFOLIO } from '../examples.js';
import { formatMoney, words } from '../format.js';
import { hrefOf, navigate } from '../router.js';

type Contribution = TurnResponse['plan']['contributions'][number];

/** What one contribution of the plan means for the user: what it asks, what awaits confirmation. */
function ContributionLine({ contribution }: { contribution: Contribution }) {
  const what = (() => {
    switch (contribution.contribution_type) {
      case 'ASK':
        return `asks for ${contribution.fields_to_ask.map(words).join(', ')}`;
      case 'CONFIRM':
        return `awaits confirmation: ${contribution.action_to_confirm ?? contribution.current_step_name}`;
      case 'ACTION_HINT':
        return `will run ${contribution.suggested_tools.map(words).join(', ')}`;
      case 'INFORM':
        return 'reports results';
      default:
        return 'nothing to say';
    }
  })();
  return (
    <li class={`contribution ${contribution.contribution_type.toLowerCase()}`}>
      <strong>{words(contribution.scenario_name)}</strong> <span class="pill">{contribution.contribution_type}</span> at{' '}
      {contribution.current_step_name}: {what}
      {contribution.deferred ? <span class="muted"> (held back for now)</span> : null}
    </li>
  );
}

interface Exchange {
  readonly message: string;
  readonly turn: TurnResponse | null;
  readonly reply: string;
}

/** A guided planning session: the chat, with the plan's contributions and the tools' results beside each reply. */
export function SessionPage({ id }: { id: string | null }) {
  const [session, setSession] = useState<SessionView | null>(null);
  const [exchanges, setExchanges] = useState<Exchange[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setError(null);
    if (id === null) {
      setSession(null);
      setExchanges([]);
      return;
    }
    api<SessionView>('GET', `/api/sessions/${encodeURIComponent(id)}`).then((view) => {
      setSession(view);
      setExchanges(view.history.map((record) => ({ message: record.message, reply: record.reply, turn: null })));
    }, setError);
  }, [id]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const view = await api<SessionView>('POST', '/api/sessions', { body: { portfolio: EXAMPLE_PORTFOLIO } });
      setSession(view);
      navigate({ page: 'session', id: view.session_id });
    } catch (thrown) {
      setError(thrown);
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (session === null || message.trim() === '') return;
    setBusy(true);
    setError(null);
    const sent = message.trim();
    try {
      const turn = await api<TurnResponse>('POST', `/api/sessions/${encodeURIComponent(session.session_id)}/turns`, {
        body: { message: sent, expected_version: session.version },
      });
      setExchanges((list) => [...list, { message: sent, reply: turn.reply, turn }]);
      setSession({ ...session, version: turn.version });
      setMessage('');
    } catch (thrown) {
      setError(thrown);
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  if (id === null) {
    return (
      <section>
        <h1>Guided session</h1>
        <p>
          Plan by conversation: say what you need; the planner asks for what is missing, and runs a plan or a what-if set once you confirm.
        </p>
        <button type="button" onClick={start} disabled={busy}>
          Start a session on the example portfolio
        </button>
        {error ? <ErrorNotice error={error} /> : null}
      </section>
    );
  }

  const lastTurn = [...exchanges].reverse().find((exchange) => exchange.turn !== null)?.turn ?? null;
  return (
    <section class="session">
      <h1>Guided session</h1>
      {session ? (
        <p class="muted">
          {session.portfolio.company ?? 'Portfolio'} · {session.portfolio.asset_count} sites · version {session.version}
        </p>
      ) : null}
      <div class="session-layout">
        <ol class="chat" aria-label="Conversation" aria-live="polite">
          {exchanges.map((exchange, index) => (
            <li key={index}>
              <div class="bubble user">
                <span class="visually-hidden">You: </span>
                {exchange.message}
              </div>
              <div class="bubble planner">
                <span class="visually-hidden">Planner: </span>
                {exchange.reply.split('\n').map((line, lineIndex) => (
                  <p key={lineIndex}>{line}</p>
                ))}
                {exchange.turn?.plan.contributions.some((contribution) => contribution.contribution_type !== 'NONE') ? (
                  <ul class="turn-plan" aria-label="The plan this turn">
                    {exchange.turn.plan.contributions
                      .filter((contribution) => contribution.contribution_type !== 'NONE')
                      .map((contribution) => (
                        <ContributionLine key={contribution.scenario_id} contribution={contribution} />
                      ))}
                  </ul>
                ) : null}
                {exchange.turn?.tool_results.map((result) => (
                  <p key={result.step_id + result.tool_id} class={result.status === 'failed' ? 'bad-text' : 'ok-text'}>
                    {result.status === 'failed' ? result.summary : null}
                    {result.run_id ? (
                      <>
                        {' '}
                        <a href={hrefOf({ page: 'run', id: result.run_id })}>open the run</a>
                      </>
                    ) : null}
                    {result.scenario_set_id ? (
                      <>
                        {' '}
                        <a href={hrefOf({ page: 'set', id: result.scenario_set_id })}>compare the scenarios</a>
                      </>
                    ) : null}
                    {result.proceeds !== null ? <span class="muted"> ({formatMoney(result.proceeds)})</span> : null}
                  </p>
                ))}
              </div>
            </li>
          ))}
        </ol>
        <aside class="plan" aria-label="The plan's contributions">
          <h2>What the planner is doing</h2>
          {lastTurn === null ? (
            <p class="muted">Send a message to see what each scenario asks and what awaits your confirmation.</p>
          ) : (
            <>
              <ul>
                {lastTurn.plan.contributions.map((contribution) => (
                  <ContributionLine key={contribution.scenario_id} contribution={contribution} />
                ))}
              </ul>
              {lastTurn.plan.has_confirms ? <p class="notice warn">Something awaits your confirmation: answer “yes” to run it.</p> : null}
              {lastTurn.plan.resume_hints.length > 0 ? (
                <p class="muted">Paused: {lastTurn.plan.resume_hints.map((hint) => words(hint.scenario_name)).join(', ')}</p>
              ) : null}
              {Object.keys(lastTurn.extracted_fields).length > 0 ? (
                <details>
                  <summary>Understood from your last message</summary>
                  <ul>
                    {Object.entries(lastTurn.extracted_fields).map(([field, value]) => (
                      <li key={field}>
                        {words(field)}: <code>{JSON.stringify(value)}</code>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          )}
        </aside>
      </div>
      <form
        class="chat-input"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <label for="chat-message">Your message</label>
        <textarea
          id="chat-message"
          ref={input}
          rows={2}
          value={message}
          disabled={busy}
          placeholder="e.g. Raise $150M from warehouses, keep net leverage below 3.5x"
          onInput={(event) => setMessage(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              void send();
            }
          }}
        />
        <button type="submit" disabled={busy || message.trim() === ''}>
          {busy ? 'Thinking…' : 'Send'}
        </button>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
