import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { onUnauthorized, storeApiKey, storedApiKey } from './api-client.js';
import { NewPlanPage } from './pages/new-plan-page.js';
import { RunPage } from './pages/run-page.js';
import { RunsPage } from './pages/runs-page.js';
import { SessionPage } from './pages/session-page.js';
import { SetPage } from './pages/set-page.js';
import { SetsPage } from './pages/sets-page.js';
import { hrefOf, useRoute, type Route } from './router.js';
import './styles.css';

const NAVIGATION: readonly { label: string; route: Route; pages: Route['page'][] }[] = [
  { label: 'Runs', route: { page: 'runs' }, pages: ['runs', 'run'] },
  { label: 'New plan', route: { page: 'new' }, pages: ['new'] },
  { label: 'What-if sets', route: { page: 'sets' }, pages: ['sets', 'set'] },
  { label: 'Guided session', route: { page: 'session', id: null }, pages: ['session'] },
];

/** Asks for an API key when the server wants one; kept for this tab only (sessionStorage). */
function KeyPrompt({ onSaved }: { onSaved: () => void }) {
  const [key, setKey] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <div class="key-prompt" role="dialog" aria-modal="true" aria-labelledby="key-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (key.trim() === '') return;
          storeApiKey(key.trim());
          onSaved();
        }}
      >
        <h2 id="key-title">API key required</h2>
        <p>This server asks for an API key. It is kept in this tab only and forgotten when the tab closes.</p>
        <label>
          API key
          <input ref={field} type="password" autocomplete="off" value={key} onInput={(event) => setKey(event.currentTarget.value)} />
        </label>
        <button type="submit">Use this key</button>
      </form>
    </div>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'runs':
      return <RunsPage />;
    case 'run':
      return <RunPage id={route.id} />;
    case 'sets':
      return <SetsPage />;
    case 'set':
      return <SetPage id={route.id} />;
    case 'new':
      return <NewPlanPage />;
    case 'session':
      return <SessionPage id={route.id} />;
  }
}

function App() {
  const route = useRoute();
  const [askKey, setAskKey] = useState(false);
  // Remounts the page after a key is entered, so it loads again with the key.
  const [generation, setGeneration] = useState(0);
  useEffect(() => onUnauthorized(() => setAskKey(true)), []);
  const main = useRef<HTMLElement>(null);
  useEffect(() => main.current?.focus(), [route]);
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link stays a link; following #main would replace the hash route, so it moves focus itself. */}
      <a
        class="skip"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header class="top no-print">
        <a class="brand" href="#/runs">
          Leaseback
        </a>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION.map((item) => (
              <li key={item.label}>
                <a href={hrefOf(item.route)} aria-current={item.pages.includes(route.page) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {storedApiKey() ? (
          <button
            type="button"
            class="link"
            onClick={() => {
              storeApiKey(null);
              setGeneration((value) => value + 1);
            }}
          >
            Forget API key
          </button>
        ) : null}
      </header>
      <main id="main" ref={main} tabIndex={-1} key={generation}>
        <Page route={route} />
      </main>
      {askKey ? (
        <KeyPrompt
          onSaved={() => {
            setAskKey(false);
            setGeneration((value) => value + 1);
          }}
        />
      ) : null}
    </>
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
