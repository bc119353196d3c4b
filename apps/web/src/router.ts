import { useEffect, useState } from 'preact/hooks';

/** The console's pages, addressed by the URL hash so that the API serves one `index.html` for all of them. */
export type Route =
  | { page: 'runs' }
  | { page: 'run'; id: string }
  | { page: 'sets' }
  | { page: 'set'; id: string }
  | { page: 'new' }
  | { page: 'session'; id: string | null };

/** Reads a hash such as `#/runs/abc` into a route (the runs list for anything unknown). */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (first === 'runs' && second) return { page: 'run', id: second };
  if (first === 'sets' && second) return { page: 'set', id: second };
  if (first === 'sets') return { page: 'sets' };
  if (first === 'new') return { page: 'new' };
  if (first === 'sessions') return { page: 'session', id: second ?? null };
  return { page: 'runs' };
}

/** The hash of a route. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'runs':
      return '#/runs';
    case 'run':
      return `#/runs/${encodeURIComponent(route.id)}`;
    case 'sets':
      return '#/sets';
    case 'set':
      return `#/sets/${encodeURIComponent(route.id)}`;
    case 'new':
      return '#/new';
    case 'session':
      return route.id === null ? '#/sessions' : `#/sessions/${encodeURIComponent(route.id)}`;
  }
}

/** Goes to a route. */
export function navigate(route: Route): void {
  location.hash = hrefOf(route);
}

/** The current route, updated as the hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
