import type { Job } from '@leaseback/domain';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, followJob, submitAsync } from '../api-client.js';
import { ErrorNotice, JobProgressBar } from './common.js';

/**
 * Submits work through the asynchronous API and follows it live. `start` gives
 * the path and body; `onDone` receives the finished job and its result.
 */
export function useJobRunner(onDone: (job: Job, result: unknown) => void) {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  const stop = useRef<AbortController | null>(null);
  useEffect(() => () => stop.current?.abort(), []);

  const start = async (path: string, body: unknown) => {
    setError(null);
    stop.current?.abort();
    const controller = new AbortController();
    stop.current = controller;
    try {
      const queued = await submitAsync(path, body);
      setJob(queued);
      let finished = false;
      // The stream may end without a final event (server restart, 10-minute cap): follow again.
      for (let attempt = 0; attempt < 20 && !finished && !controller.signal.aborted; attempt += 1) {
        const last = await followJob(
          queued.job_id,
          (event) => {
            const data = event.data as { job?: Job } & Partial<Job>;
            const current = event.event === 'progress' ? (data as Job) : data.job;
            if (current) setJob(current);
            if (event.event === 'result' && data.job) {
              finished = true;
              onDone(data.job, (event.data as { result: unknown }).result);
            }
            if (event.event === 'failed' || event.event === 'cancelled') finished = true;
          },
          controller.signal,
        ).catch(async (thrown: unknown) => {
          if (controller.signal.aborted) return null;
          // Lost the stream: read the job once, then try the stream again.
          await new Promise((resolve) => setTimeout(resolve, 1000));
          setJob(await api<Job>('GET', `/api/jobs/${encodeURIComponent(queued.job_id)}`));
          if (attempt === 19) throw thrown;
          return null;
        });
        if (last?.event === 'error') setError(new Error('the job could not be read'));
      }
    } catch (thrown) {
      if (!controller.signal.aborted) setError(thrown);
    }
  };

  const cancel = async () => {
    if (job === null) return;
    try {
      setJob(await api<Job>('DELETE', `/api/jobs/${encodeURIComponent(job.job_id)}`));
    } catch (thrown) {
      setError(thrown);
    }
  };

  const view = (
    <div>
      {job ? <JobProgressBar job={job} onCancel={cancel} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
  const running = job !== null && (job.status === 'queued' || job.status === 'running');
  return { job, running, start, view };
}
