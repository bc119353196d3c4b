import { isFinalJobStatus, type Job } from '@leaseback/domain';
import type { CallContext, LeasebackService } from '@leaseback/service';
import type { ApiRoute } from './api-routes.js';
import { toErrorResponse } from './error-response.js';
import { ANY_ROUTE_CODES, BY_ID_CODES } from './route-error-codes.js';

/** The longest one `GET /api/jobs/{id}/events` stream stays open; a client reconnects to follow a longer job. */
export const JOB_EVENTS_MAX_MS = 10 * 60 * 1000;
/** How often the stream reads the job (its state is in the store, where any process's worker writes it). */
export const JOB_EVENTS_POLL_MS = 250;
/** A comment line this often keeps proxies from cutting an idle stream. */
const KEEP_ALIVE_MS = 15_000;

/** Writes one server-sent event. */
export type SendEvent = (event: string, data: unknown) => void;

/**
 * A route answer that is a stream of server-sent events rather than JSON: the
 * app sets the headers and calls `run` with a sender and a signal that aborts
 * when the client goes away.
 */
export class EventStream {
  constructor(readonly run: (send: SendEvent, comment: () => void, signal: AbortSignal) => Promise<void>) {}
}

const JOB_READ_CODES = [...ANY_ROUTE_CODES, ...BY_ID_CODES];

/** `Prefer: respond-async` asks for a job instead of waiting (RFC 7240). */
export function prefersAsync(header: string | string[] | undefined): boolean {
  const values = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return values.some((value) =>
    value.split(',').some((preference) => preference.trim().toLowerCase().split(/[;=]/)[0]?.trim() === 'respond-async'),
  );
}

function sameProgress(left: Job, right: Job): boolean {
  return left.status === right.status && JSON.stringify(left.progress) === JSON.stringify(right.progress);
}

const wait = (milliseconds: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, milliseconds);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Streams a job: a `progress` event with the job whenever its status or progress
 * changes, then one final event: `result` (`{ job, result }`) when it completed,
 * `failed` or `cancelled` (`{ job }`) otherwise, or `timeout` after
 * `JOB_EVENTS_MAX_MS` (reconnect to follow on). An `error` event carries
 * `{ error }` if the job cannot be read.
 */
export function jobEvents(
  service: LeasebackService,
  jobId: string,
  context: CallContext,
  options: { maxMs?: number; pollMs?: number } = {},
): EventStream {
  const maxMs = options.maxMs ?? JOB_EVENTS_MAX_MS;
  const pollMs = options.pollMs ?? JOB_EVENTS_POLL_MS;
  return new EventStream(async (send, comment, signal) => {
    const deadline = Date.now() + maxMs;
    let lastSent: Job | undefined;
    let lastComment = Date.now();
    while (!signal.aborted) {
      let job: Job;
      try {
        job = await service.getJob(jobId, context);
      } catch (thrown) {
        send('error', toErrorResponse(thrown).body);
        return;
      }
      if (lastSent === undefined || !sameProgress(lastSent, job)) {
        send('progress', job);
        lastSent = job;
      }
      if (isFinalJobStatus(job.status)) {
        if (job.status === 'completed') {
          try {
            send('result', { job, result: await service.getJobResult(jobId, context) });
          } catch (thrown) {
            send('error', toErrorResponse(thrown).body);
          }
        } else send(job.status, { job });
        return;
      }
      if (Date.now() >= deadline) {
        send('timeout', { job, message: `the stream ends after ${Math.round(maxMs / 1000)} s; reconnect to follow the job` });
        return;
      }
      if (Date.now() - lastComment >= KEEP_ALIVE_MS) {
        comment();
        lastComment = Date.now();
      }
      await wait(pollMs, signal);
    }
  });
}

/** The job endpoints: a job's state, cancelling it, its result and its progress as server-sent events. */
export const JOB_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get',
    path: '/api/jobs/{job_id}',
    operationId: 'getJob',
    summary: 'Get an asynchronous job',
    description:
      'A job queued by `Prefer: respond-async` on POST /api/runs, /api/programs or /api/scenario_sets: its status, progress (step, iteration, scenarios done of total), ' +
      'and once completed the `result_url`; once failed or cancelled the `error` with its code. 404 for unknown ids and other funds’ jobs.',
    tag: 'jobs',
    status: 200,
    response: { component: 'Job' },
    cancelOnDisconnect: true,
    errorCodes: JOB_READ_CODES,
    handle: (service, call) => service.getJob(call.params['job_id'] ?? '', call.context),
  },
  {
    method: 'delete',
    path: '/api/jobs/{job_id}',
    operationId: 'cancelJob',
    summary: 'Cancel an asynchronous job',
    description:
      'A queued job is cancelled at once; a running one is asked to stop and ends `cancelled` (nothing of it is stored). A finished job is returned unchanged.',
    tag: 'jobs',
    status: 200,
    response: { component: 'Job' },
    cancelOnDisconnect: false,
    errorCodes: JOB_READ_CODES,
    handle: (service, call) => service.cancelJob(call.params['job_id'] ?? '', call.context),
  },
  {
    method: 'get',
    path: '/api/jobs/{job_id}/result',
    operationId: 'getJobResult',
    summary: 'Get a completed job’s result',
    description:
      'The stored run (kind `run`), the scenario set with its comparison (`scenario_set`) or the program response (`program`). 409 (`job_not_completed`) before the job has completed.',
    tag: 'jobs',
    status: 200,
    response: { component: 'JsonValue' },
    cancelOnDisconnect: true,
    errorCodes: [...JOB_READ_CODES, 'job_not_completed'],
    handle: (service, call) => service.getJobResult(call.params['job_id'] ?? '', call.context),
  },
  {
    method: 'get',
    path: '/api/jobs/{job_id}/events',
    operationId: 'streamJobEvents',
    summary: 'Follow a job as server-sent events',
    description:
      '`text/event-stream`: a `progress` event (the Job) whenever its status or progress changes, then one final event: `result` (`{ job, result }`), ' +
      '`failed` or `cancelled` (`{ job }`), or `timeout` after 10 minutes (reconnect to follow on). Errors before the stream starts answer JSON as usual.',
    tag: 'jobs',
    status: 200,
    response: { component: 'Job' },
    contentType: 'text/event-stream',
    cancelOnDisconnect: true,
    errorCodes: JOB_READ_CODES,
    handle: async (service, call) => {
      // Read once before streaming, so an unknown id is an ordinary 404.
      const job = await service.getJob(call.params['job_id'] ?? '', call.context);
      return jobEvents(service, job.job_id, call.context);
    },
  },
];
