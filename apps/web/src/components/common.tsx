import type { Job } from '@leaseback/domain';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api-client.js';
import { progressFraction, progressLabel } from '../job-progress.js';

/** The state of one load: waiting, its value, or the error. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: ApiError };

function asApiError(thrown: unknown): ApiError {
  return thrown instanceof ApiError ? thrown : new ApiError(0, 'internal_error', thrown instanceof Error ? thrown.message : String(thrown));
}

/** Loads once per change of `deps`; a later load replaces an earlier one still under way. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (thrown: unknown) => current && setLoaded({ state: 'error', error: asApiError(thrown) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  return [loaded, () => setRound((value) => value + 1)];
}

/** An error as the user should read it: the message, the code, and each problem with its path. */
export function ErrorNotice({ error }: { error: unknown }) {
  const apiError = asApiError(error);
  return (
    <div class="notice bad" role="alert">
      <strong>{apiError.message}</strong> <code>{apiError.code}</code>
      {apiError.problems.length > 0 ? (
        <ul>
          {apiError.problems.map((problem) => (
            <li key={problem.path}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Shows a load's value, or that it is loading, or its error. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => preact.ComponentChildren }) {
  if (loaded.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (loaded.state === 'error') return <ErrorNotice error={loaded.error} />;
  return <>{children(loaded.value)}</>;
}

/** A job's live progress bar with its label, and a cancel button while it runs. */
export function JobProgressBar({ job, onCancel }: { job: Job; onCancel?: () => void }) {
  const fraction = progressFraction(job);
  const label = progressLabel(job);
  const running = job.status === 'queued' || job.status === 'running';
  return (
    <div class="job-progress" aria-live="polite">
      <progress max={100} value={Math.round(fraction * 100)} aria-label={`Progress: ${label}`} />
      <span class="progress-label">{label}</span>
      {running && onCancel ? (
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
