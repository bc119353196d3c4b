import type { Job } from '@leaseback/domain';

/** Where the console keeps the API key: this tab only, gone when it closes. */
const KEY_STORAGE = 'leaseback.api_key';

/** An error the API answered (`{ error: { code, message, problems? } }`), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API key of this tab, if one was entered. */
export function storedApiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

/** Keeps (or, with `null`, forgets) the API key for this tab only. */
export function storeApiKey(key: string | null): void {
  if (key === null) sessionStorage.removeItem(KEY_STORAGE);
  else sessionStorage.setItem(KEY_STORAGE, key);
}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called when the server asks for a key (401): the console shows its key prompt. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const key = storedApiKey();
  return { accept: 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...extra };
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: string; message?: string; problems?: { path: string; message: string }[] } } | undefined)
    ?.error;
  if (response.status === 401) for (const listener of unauthorizedListeners) listener();
  return new ApiError(
    response.status,
    error?.code ?? 'http_error',
    error?.message ?? `the server answered ${response.status}`,
    error?.problems ?? [],
  );
}

/** One JSON request to the API (same origin). */
export async function api<T>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: headers(options.body === undefined ? options.headers : { 'content-type': 'application/json', ...options.headers }),
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'the server could not be reached');
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

/** Queues work with `Prefer: respond-async` and returns the job (202). */
export function submitAsync(path: string, body: unknown): Promise<Job> {
  return api<Job>('POST', path, { body, headers: { prefer: 'respond-async' } });
}

/** One server-sent event. */
export interface ServerEvent {
  readonly event: string;
  readonly data: unknown;
}

/** Splits server-sent event text into complete events, returning what is left over. */
export function parseServerEvents(buffer: string): { events: ServerEvent[]; rest: string } {
  const events: ServerEvent[] = [];
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length === 0) continue;
    try {
      events.push({ event, data: JSON.parse(data.join('\n')) as unknown });
    } catch {
      // A malformed event is skipped; the next poll or the final event carries the state.
    }
  }
  return { events, rest };
}

/**
 * Follows a job's `/events` stream (with the API key, which `EventSource`
 * cannot send) and calls `onEvent` for each event until the stream ends or
 * `signal` aborts. Resolves with the last event.
 */
export async function followJob(jobId: string, onEvent: (event: ServerEvent) => void, signal?: AbortSignal): Promise<ServerEvent | null> {
  const response = await fetch(`/api/jobs/${encodeURIComponent(jobId)}/events`, {
    headers: headers({ accept: 'text/event-stream' }),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok || response.body === null) throw await errorFrom(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last: ServerEvent | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const parsed = parseServerEvents(buffer);
    buffer = parsed.rest;
    for (const event of parsed.events) {
      last = event;
      onEvent(event);
    }
  }
  return last;
}

/** Downloads a file from the API with the key (a plain link could not send it). */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: headers({ accept: '*/*' }) });
  if (!response.ok) throw await errorFrom(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
